using EcsConsole.Aws.Ecr;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Delivery;
using EcsConsole.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Delivery;

/// <summary>The delivery service the pages call: roles, production confirmation, audit, and the sandbox push.</summary>
public sealed class DeliveryServiceTests
{
    private static DeliveryPolicyInput NewsPolicy(string cluster = "staging") => new()
    {
        Name = "news-v", Cluster = cluster, Service = "news", Repository = "news", TagPattern = "*",
    };

    [Fact]
    public async Task SavePolicyAsync_Admin_SavesWithTodaysImagesAsBaseline()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        sandbox.SignedIn.As("root", ConsoleRole.Admin);

        await sandbox.Delivery().SavePolicyAsync(NewsPolicy(), null);

        var saved = Assert.Single(await sandbox.Delivery().PoliciesAsync());
        Assert.Equal(("news-v", "root"), (saved.Name, saved.CreatedBy));
        var baseline = (await sandbox.Store.RecordsAsync("staging", "news")).Where(r => r.State == DeliveryState.Baseline).ToList();
        Assert.Equal(sandbox.Sandbox.Engine.Read(s => s.FindRepository("news")!.Images.Count), baseline.Count);
        Assert.Empty(await sandbox.Delivery().TimelineAsync("staging", "news"));
    }

    [Fact]
    public async Task SavePolicyAsync_Operator_RefusedAndNothingSaved()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();

        await Assert.ThrowsAsync<OperationDeniedException>(() => sandbox.Delivery().SavePolicyAsync(NewsPolicy(), null));

        Assert.Empty(await sandbox.Delivery().PoliciesAsync());
    }

    [Fact]
    public async Task SavePolicyAsync_ProductionWithoutTypedServiceName_Refused()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        sandbox.SignedIn.As("root", ConsoleRole.Admin);

        var refused = await Assert.ThrowsAsync<OperationDeniedException>(() => sandbox.Delivery().SavePolicyAsync(NewsPolicy("prod"), "nwes"));
        await sandbox.Delivery().SavePolicyAsync(NewsPolicy("prod"), "news");

        Assert.Contains("type the service name", refused.Message);
        Assert.Single(await sandbox.Delivery().PoliciesAsync());
    }

    [Fact]
    public async Task SavePolicyAsync_BadInput_ValidationNamesEachField()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        sandbox.SignedIn.As("root", ConsoleRole.Admin);

        var error = await Assert.ThrowsAsync<DeliveryValidationException>(() =>
            sandbox.Delivery().SavePolicyAsync(NewsPolicy() with { Name = "News V", TagPattern = ">=1.x", QuietFrom = "22:00" }, null));

        Assert.Equal(3, error.Problems.Count);
    }

    [Fact]
    public async Task ApproveAsync_Operator_ApprovesWithOneAuditEntryAndViewerIsRefused()
    {
        await using var sandbox = await DeliverySandbox.StartAsync(starter: new CountingStarter());
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*", approval: true);
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");
        await sandbox.Evaluator().EvaluateAsync();
        var waiting = Assert.Single(await sandbox.RecordsAsync("news-v"));

        sandbox.SignedIn.As("victor", ConsoleRole.Viewer);
        await Assert.ThrowsAsync<OperationDeniedException>(() => sandbox.Delivery().ApproveAsync(waiting.Id, null));
        sandbox.SignedIn.As("alice", ConsoleRole.Operator);
        await sandbox.Delivery().ApproveAsync(waiting.Id, null);

        var approved = Assert.Single(await sandbox.RecordsAsync("news-v"));
        Assert.Equal((DeliveryState.Approved, "alice"), (approved.State, approved.ApprovedBy));
        var audit = await sandbox.Services.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Operation = "Delivery.Approve" }, CancellationToken.None);
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Denied], audit.Entries.Select(e => e.Outcome));
    }

    [Fact]
    public async Task RejectAsync_WaitingImage_NeverStarts()
    {
        var starter = new CountingStarter();
        await using var sandbox = await DeliverySandbox.StartAsync(starter: starter);
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*", approval: true);
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");
        var evaluator = sandbox.Evaluator();
        await evaluator.EvaluateAsync();

        await sandbox.Delivery().RejectAsync(Assert.Single(await sandbox.RecordsAsync("news-v")).Id, "known bad build");
        await evaluator.EvaluateAsync();

        Assert.Empty(starter.Started);
        Assert.Equal(DeliveryState.Rejected, Assert.Single(await sandbox.RecordsAsync("news-v")).State);
    }

    [Fact]
    public async Task PushImageVersionAsync_Sandbox_NewDigestUnderTheNewTag()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        var latest = sandbox.Sandbox.Engine.Read(s => s.FindRepository("news")!.FindByTag("latest")!.Digest);

        var digest = await sandbox.Delivery().PushImageVersionAsync("news", "latest", "v1.5.0");

        Assert.NotEqual(latest, digest);
        Assert.Equal(digest, sandbox.Sandbox.Engine.Read(s => s.FindRepository("news")!.FindByTag("v1.5.0")!.Digest));
    }

    [Fact]
    public async Task PlanPromotionAsync_StagingToProd_PinsTheDigestStagingRuns()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        var staging = await sandbox.Services.CreateScope().ServiceProvider.GetRequiredService<EcsConsole.Core.Rollouts.IRolloutService>().PlanForceNewDeploymentAsync("staging", "market");
        var stagingTag = staging.Current.Containers.Single().Image.Split(':')[^1];
        var digest = sandbox.Sandbox.Engine.Read(s => s.FindRepository("market")!.FindByTag(stagingTag)!.Digest);

        var plan = await sandbox.Delivery().PlanPromotionAsync("market", "staging", "prod");

        Assert.Equal("prod", plan.Cluster);
        Assert.EndsWith("/market@" + digest, Assert.Single(plan.ImageChanges).To, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PromoteAsync_StagingToProd_RecordsTheDigestWithTheTagBesideIt()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        var staging = await sandbox.Services.CreateScope().ServiceProvider.GetRequiredService<EcsConsole.Core.Rollouts.IRolloutService>().PlanForceNewDeploymentAsync("staging", "market");
        var stagingTag = staging.Current.Containers.Single().Image.Split(':')[^1];
        var plan = await sandbox.Delivery().PlanPromotionAsync("market", "staging", "prod");

        await sandbox.Delivery().PromoteAsync(plan, "staging looks good", "market");

        var records = await sandbox.Store.RecordsAsync("prod", "market");
        var promoted = Assert.Single(records);
        Assert.Equal(Assert.Single(plan.ImageChanges).To, promoted.Image);
        Assert.Equal(stagingTag, promoted.ImageTag);
    }
}
