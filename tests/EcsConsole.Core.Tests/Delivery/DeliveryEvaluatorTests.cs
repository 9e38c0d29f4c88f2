using System.Net;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Delivery;
using EcsConsole.Core.Rollouts;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Delivery;

/// <summary>Policies evaluated against the sandbox's ECR on the fake clock: detection, queueing, approval, quiet window, outcomes.</summary>
public sealed class DeliveryEvaluatorTests
{
    [Fact]
    public async Task EvaluateAsync_NewMatchingTag_StartsRolloutAsPolicyAndRecordsSuccess()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        await sandbox.AddWebhookAsync("http://127.0.0.1:9/hook", WebhookFormat.Generic);
        var evaluator = sandbox.Evaluator();
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");

        await evaluator.EvaluateAsync();

        var started = Assert.Single(await sandbox.RecordsAsync("news-v"));
        Assert.Equal(DeliveryState.Deploying, started.State);
        Assert.Equal("policy:news-v", started.Actor);
        Assert.EndsWith("/news@" + started.ImageDigest, started.Image, StringComparison.Ordinal);
        Assert.Equal("v1.5.0", started.ImageTag);
        var journal = await sandbox.Services.GetRequiredService<IRolloutJournal>().GetAsync("staging", "news", DateTimeOffset.MinValue);
        Assert.Equal("policy:news-v", journal[started.DeploymentArn!].Operator);
        var audit = await sandbox.Services.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery(), CancellationToken.None);
        Assert.Contains(audit.Entries, e => e.Actor == "policy:news-v" && e.Operation == "Rollout.Start" && e.Outcome == AuditOutcome.Succeeded);

        var done = await RunUntilAsync(sandbox, evaluator, "news-v", r => r.State.IsFinal());

        Assert.Equal(DeliveryState.Succeeded, done.State);
        var events = sandbox.Webhooks.Received.Select(r => JsonNode.Parse(r.Body)!["event"]!.GetValue<string>()).ToList();
        Assert.Equal([DeliveryEvent.Started, DeliveryEvent.Succeeded], events);
    }

    [Fact]
    public async Task EvaluateAsync_BrokenImageTaggedToMatch_RollsBackAndNotifiesSo()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        await sandbox.AddWebhookAsync("http://127.0.0.1:9/slack", WebhookFormat.Slack);
        var evaluator = sandbox.Evaluator();
        var broken = sandbox.Sandbox.Engine.Read(s => s.FindRepository("news")!.FindByTag("broken")!.Manifest);
        sandbox.Sandbox.Engine.Ecr.PutImage("news", broken, null, "v9.0.0", null);

        await evaluator.EvaluateAsync();
        var done = await RunUntilAsync(sandbox, evaluator, "news-v", r => r.State.IsFinal());

        Assert.Equal(DeliveryState.RolledBack, done.State);
        var last = JsonNode.Parse(sandbox.Webhooks.Received[^1].Body)!;
        Assert.StartsWith("Rollout rolled back: news on staging, image v9.0.0", last["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("https://console.example.com/clusters/staging/services/news/deployments/", last.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_ImagesPresentWhenPolicySaved_AreBaselineAndNeverDeployed()
    {
        var starter = new CountingStarter();
        await using var sandbox = await DeliverySandbox.StartAsync(starter: starter);
        await sandbox.SavePolicyAsync("news-all", "staging", "news", "*");

        await sandbox.Evaluator().EvaluateAsync();

        Assert.Empty(starter.Started);
        Assert.Empty(await sandbox.RecordsAsync("news-all"));
    }

    [Fact]
    public async Task EvaluateAsync_TwoPushesBeforeAPass_StartsNewestAndRecordsOlderSuperseded()
    {
        var starter = new CountingStarter();
        await using var sandbox = await DeliverySandbox.StartAsync(starter: starter);
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");
        sandbox.Time.Advance(TimeSpan.FromMinutes(1));
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.6.0");

        await sandbox.Evaluator().EvaluateAsync();

        Assert.Equal(["v1.6.0"], starter.Started);
        var records = await sandbox.RecordsAsync("news-v");
        Assert.Equal(DeliveryState.Superseded, records.Single(r => r.ImageTag == "v1.5.0").State);
        Assert.Contains("v1.6.0", records.Single(r => r.ImageTag == "v1.5.0").Reason);
    }

    [Fact]
    public async Task EvaluateAsync_PushesWhileRolloutInFlight_NewestWaitsAndOthersSuperseded()
    {
        var starter = new CountingStarter("arn:aws:ecs:eu-west-1:000000000000:service-deployment/staging/news/inflight");
        await using var sandbox = await DeliverySandbox.StartAsync(starter: starter);
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        var evaluator = sandbox.Evaluator();
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");
        await evaluator.EvaluateAsync();
        sandbox.Time.Advance(TimeSpan.FromMinutes(1));
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.6.0");
        sandbox.Time.Advance(TimeSpan.FromMinutes(1));
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.7.0");

        await evaluator.EvaluateAsync();

        Assert.Equal(["v1.5.0"], starter.Started);
        var records = await sandbox.RecordsAsync("news-v");
        Assert.Equal(DeliveryState.Deploying, records.Single(r => r.ImageTag == "v1.5.0").State);
        Assert.Equal(DeliveryState.Superseded, records.Single(r => r.ImageTag == "v1.6.0").State);
        var waiting = records.Single(r => r.ImageTag == "v1.7.0");
        Assert.Equal(DeliveryState.Queued, waiting.State);
        Assert.Contains("v1.5.0", waiting.Reason);
    }

    [Fact]
    public async Task EvaluateAsync_ApprovalRequired_WaitsUntilApprovedThenStarts()
    {
        var starter = new CountingStarter();
        await using var sandbox = await DeliverySandbox.StartAsync(starter: starter);
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*", approval: true);
        await sandbox.AddWebhookAsync("http://127.0.0.1:9/hook", WebhookFormat.Generic);
        var evaluator = sandbox.Evaluator();
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");

        await evaluator.EvaluateAsync();
        await evaluator.EvaluateAsync();

        Assert.Empty(starter.Started);
        var waiting = Assert.Single(await sandbox.RecordsAsync("news-v"));
        Assert.Equal(DeliveryState.AwaitingApproval, waiting.State);
        Assert.Equal(DeliveryEvent.AwaitingApproval, JsonNode.Parse(Assert.Single(sandbox.Webhooks.Received).Body)!["event"]!.GetValue<string>());

        await sandbox.Store.TryMoveAsync(waiting.Id, waiting.Version, [DeliveryState.AwaitingApproval], r => { r.State = DeliveryState.Approved; r.ApprovedBy = "alice"; });
        await evaluator.EvaluateAsync();

        Assert.Equal(["v1.5.0"], starter.Started);
    }

    [Fact]
    public async Task EvaluateAsync_TagMovedAfterApproval_DeploysTheApprovedDigest()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*", approval: true);
        var evaluator = sandbox.Evaluator();
        var approvedDigest = sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");
        await evaluator.EvaluateAsync();
        var waiting = Assert.Single(await sandbox.RecordsAsync("news-v"));
        await sandbox.Store.TryMoveAsync(waiting.Id, waiting.Version, [DeliveryState.AwaitingApproval], r => { r.State = DeliveryState.Approved; r.ApprovedBy = "alice"; });
        var broken = sandbox.Sandbox.Engine.Read(s => s.FindRepository("news")!.FindByTag("broken")!.Manifest);
        sandbox.Sandbox.Engine.Ecr.PutImage("news", broken, null, "v1.5.0", null);

        await evaluator.EvaluateAsync();

        var started = Assert.Single(await sandbox.RecordsAsync("news-v"), r => r.ApprovedBy == "alice");
        Assert.Equal(DeliveryState.Deploying, started.State);
        var service = Assert.Single((await sandbox.Services.GetRequiredService<IEcsClient>().DescribeServicesAsync(new DescribeServicesRequest { Cluster = "staging", Services = ["news"] })).Services!);
        var definition = await sandbox.Services.GetRequiredService<IEcsClient>().DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = service.TaskDefinition! });
        Assert.EndsWith("/news@" + approvedDigest, Assert.Single(definition.TaskDefinition!.ContainerDefinitions!, c => c.Name == "news").Image, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAsync_InQuietWindow_HoldsUntilTheWindowEnds()
    {
        var starter = new CountingStarter();
        await using var sandbox = await DeliverySandbox.StartAsync(starter: starter);
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*", quietFrom: 9 * 60, quietTo: 11 * 60);
        var evaluator = sandbox.Evaluator();
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");

        await evaluator.EvaluateAsync();

        Assert.Empty(starter.Started);
        Assert.Contains("Quiet window 09:00–11:00 UTC", Assert.Single(await sandbox.RecordsAsync("news-v")).Reason);

        sandbox.Time.Advance(TimeSpan.FromHours(1));
        await evaluator.EvaluateAsync();

        Assert.Equal(["v1.5.0"], starter.Started);
    }

    [Fact]
    public async Task EvaluateAsync_WebhookAnswers500_RetriedAfterBackoffAndDelivered()
    {
        var starter = new CountingStarter("arn:aws:ecs:eu-west-1:000000000000:service-deployment/staging/news/x1");
        await using var sandbox = await DeliverySandbox.StartAsync(starter: starter);
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        await sandbox.AddWebhookAsync("http://127.0.0.1:9/hook", WebhookFormat.Generic);
        sandbox.Webhooks.AnswerNext(HttpStatusCode.InternalServerError);
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");
        await sandbox.Evaluator().EvaluateAsync();
        var dispatcher = sandbox.Dispatcher;

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var early = Assert.Single(await sandbox.WebhookDeliveriesAsync());
        sandbox.Time.Advance(TimeSpan.FromSeconds(10));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal((WebhookDeliveryState.Pending, 1, 500), (early.State, early.Attempts, early.LastStatus));
        var delivered = Assert.Single(await sandbox.WebhookDeliveriesAsync());
        Assert.Equal((WebhookDeliveryState.Delivered, 2, 200), (delivered.State, delivered.Attempts, delivered.LastStatus));
    }

    [Fact]
    public async Task DispatchDueAsync_WebhookAnswersRedirect_FailedAttemptNamesMaskedLocationAndIsRetried()
    {
        var starter = new CountingStarter("arn:aws:ecs:eu-west-1:000000000000:service-deployment/staging/news/x1");
        await using var sandbox = await DeliverySandbox.StartAsync(starter: starter);
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        await sandbox.AddWebhookAsync("https://hooks.example.com/services/T000/B000/secret?token=abc", WebhookFormat.Generic);
        sandbox.Webhooks.RedirectNext(HttpStatusCode.Found, "http://169.254.169.254/latest/meta-data/iam?x=1");
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");
        await sandbox.Evaluator().EvaluateAsync();
        var dispatcher = sandbox.Dispatcher;

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        var redirected = Assert.Single(await sandbox.WebhookDeliveriesAsync());
        sandbox.Time.Advance(TimeSpan.FromSeconds(10));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal((WebhookDeliveryState.Pending, 1, 302), (redirected.State, redirected.Attempts, redirected.LastStatus));
        Assert.Contains("the endpoint answered a redirect to http://169.254.169.254/…", redirected.LastError, StringComparison.Ordinal);
        Assert.Contains("webhooks follow no redirects", redirected.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", redirected.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("meta-data", redirected.LastError, StringComparison.Ordinal);
        Assert.All(sandbox.Webhooks.Received, r => Assert.StartsWith("https://hooks.example.com/", r.Url, StringComparison.Ordinal));
        var retried = Assert.Single(await sandbox.WebhookDeliveriesAsync());
        Assert.Equal((WebhookDeliveryState.Delivered, 2, 200), (retried.State, retried.Attempts, retried.LastStatus));
    }

    private static async Task<DeliveryRecord> RunUntilAsync(DeliverySandbox sandbox, DeliveryEvaluator evaluator, string policy, Func<DeliveryRecord, bool> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            var record = (await sandbox.RecordsAsync(policy))[^1];
            if (condition(record))
            {
                return record;
            }

            sandbox.Time.Advance(TimeSpan.FromSeconds(15));
            await evaluator.EvaluateAsync();
        }

        throw new TimeoutException($"Policy {policy}'s newest record never reached the awaited state.");
    }
}
