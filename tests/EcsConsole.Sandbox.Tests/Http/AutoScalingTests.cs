using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

public sealed class AutoScalingTests : IAsyncLifetime
{
    private SandboxServer _server = null!;
    private SandboxHttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);
        _client = new SandboxHttpClient(_server.Url);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task DescribeScalableTargets_Ecs_ProdUsersAndMarketScale()
    {
        var (_, body, _) = await _client.JsonAsync("AnyScaleFrontendService.DescribeScalableTargets", new JsonObject { ["ServiceNamespace"] = "ecs" }, "application-autoscaling");

        Assert.Equal(["service/prod/users", "service/prod/market"], body["ScalableTargets"]!.AsArray().Select(t => t!["ResourceId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DescribeScalingActivities_Market_NewestFirstEndingAtTodaysCount()
    {
        var (_, body, _) = await _client.JsonAsync("AnyScaleFrontendService.DescribeScalingActivities", new JsonObject { ["ServiceNamespace"] = "ecs", ["ResourceId"] = "service/prod/market" }, "application-autoscaling");

        var activities = body["ScalingActivities"]!.AsArray();
        Assert.Equal("Setting desired count to 4.", activities[0]!["Description"]!.GetValue<string>());
        Assert.True(activities[0]!["StartTime"]!.GetValue<double>() > activities[1]!["StartTime"]!.GetValue<double>());
    }

    [Fact]
    public async Task DescribeScalableTargets_OtherNamespace_Empty()
    {
        var (_, body, _) = await _client.JsonAsync("AnyScaleFrontendService.DescribeScalableTargets", new JsonObject { ["ServiceNamespace"] = "dynamodb" }, "application-autoscaling");

        Assert.Empty(body["ScalableTargets"]!.AsArray());
    }
}
