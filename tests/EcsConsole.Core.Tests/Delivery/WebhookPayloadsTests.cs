using System.Text.Json.Nodes;
using EcsConsole.Core.Delivery;

namespace EcsConsole.Core.Tests.Delivery;

public sealed class WebhookPayloadsTests
{
    private static readonly DeliveryEvent RolledBack = new(
        DeliveryEvent.RolledBack, "prod", "news", "v2.0.0", "sha256:abc", "000000000000.dkr.ecr.eu-west-1.amazonaws.com/news:v2.0.0",
        "policy:news-v", "arn:aws:ecs:eu-west-1:000000000000:service-deployment/prod/news/d1", "ECS deployment circuit breaker: tasks failed to start.",
        new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Generic_RolledBack_NamesClusterServiceImageActorAndLink()
    {
        var json = JsonNode.Parse(WebhookPayloads.Generic(RolledBack, "https://console/x"))!;

        Assert.Equal("rollout.rolled_back", json["event"]!.GetValue<string>());
        Assert.Equal(("prod", "news", "v2.0.0", "sha256:abc", "policy:news-v", "https://console/x"),
            (json["cluster"]!.GetValue<string>(), json["service"]!.GetValue<string>(), json["imageTag"]!.GetValue<string>(),
             json["imageDigest"]!.GetValue<string>(), json["actor"]!.GetValue<string>(), json["deploymentUrl"]!.GetValue<string>()));
    }

    [Fact]
    public void Slack_RolledBack_HasTextBlocksAndAButtonToTheDeployment()
    {
        var json = JsonNode.Parse(WebhookPayloads.Slack(RolledBack, "https://console/x"))!;

        Assert.Equal("Rollout rolled back: news on prod, image v2.0.0", json["text"]!.GetValue<string>());
        var blocks = json["blocks"]!.AsArray();
        Assert.Contains("circuit breaker", blocks[1]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal("https://console/x", blocks[2]!["elements"]![0]!["url"]!.GetValue<string>());
    }
}
