using System.Text.Json.Nodes;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Delivery;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Store;
using EcsConsole.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Delivery;

/// <summary>
/// Two console instances (two containers, ids <c>a</c> and <c>b</c>) running delivery on one store and one AWS, SQLite and
/// PostgreSQL (when <c>ECSCONSOLE_TEST_POSTGRES</c> is set): an image push is started once, its rollout followed by one
/// instance and reported once; a stopped instance's rollout is followed by the other once its lease expired, and a start
/// it left half-done is failed, never started again; each webhook notification is posted once.
/// </summary>
public sealed class MultiInstanceDeliveryTests
{
    private static readonly TimeSpan Expiry = new LeaseOptions().Expiry;

    [Fact]
    public Task EvaluateAsync_Sqlite_TwoInstancesAtOnce_StartFollowAndNotifyOnce() => EvaluatedOnceAsync("Sqlite");

    [RequiresPostgresFact]
    public Task EvaluateAsync_PostgreSql_TwoInstancesAtOnce_StartFollowAndNotifyOnce() => EvaluatedOnceAsync("PostgreSql");

    [Fact]
    public Task EvaluateAsync_Sqlite_InstanceStopped_TheOtherFollowsItsRolloutOnceTheLeaseExpired() => FollowedAfterExpiryAsync("Sqlite");

    [RequiresPostgresFact]
    public Task EvaluateAsync_PostgreSql_InstanceStopped_TheOtherFollowsItsRolloutOnceTheLeaseExpired() => FollowedAfterExpiryAsync("PostgreSql");

    [Fact]
    public Task EvaluateAsync_Sqlite_InstanceStoppedWhileStarting_TheOtherFailsItAndNeverStartsItAgain() => AbandonedStartAsync("Sqlite");

    [RequiresPostgresFact]
    public Task EvaluateAsync_PostgreSql_InstanceStoppedWhileStarting_TheOtherFailsItAndNeverStartsItAgain() => AbandonedStartAsync("PostgreSql");

    [Fact]
    public Task DispatchDueAsync_Sqlite_TwoInstancesAtOnce_PostEachNotificationOnce() => DispatchedOnceAsync("Sqlite");

    [RequiresPostgresFact]
    public Task DispatchDueAsync_PostgreSql_TwoInstancesAtOnce_PostEachNotificationOnce() => DispatchedOnceAsync("PostgreSql");

    private static async Task EvaluatedOnceAsync(string provider)
    {
        await using var sandbox = await DeliverySandbox.StartAsync(provider);
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        await sandbox.AddWebhookAsync("http://127.0.0.1:9/hook", WebhookFormat.Generic);
        var a = await sandbox.AddInstanceAsync("a");
        var b = await sandbox.AddInstanceAsync("b");
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");

        var done = await RunUntilAsync(sandbox, [a, b], r => r.State.IsFinal(), concurrently: true);

        Assert.Equal(DeliveryState.Succeeded, done.State);
        var audit = await sandbox.Services.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Operation = "Rollout.Start" }, CancellationToken.None);
        Assert.Single(audit.Entries);
        Assert.Single(await sandbox.RecordsAsync("news-v"));
        Assert.Equal([DeliveryEvent.Started, DeliveryEvent.Succeeded], Events(sandbox));
        Assert.Null(done.LeaseOwner);
    }

    private static async Task FollowedAfterExpiryAsync(string provider)
    {
        await using var sandbox = await DeliverySandbox.StartAsync(provider);
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        await sandbox.AddWebhookAsync("http://127.0.0.1:9/hook", WebhookFormat.Generic);
        var a = await sandbox.AddInstanceAsync("a");
        var b = await sandbox.AddInstanceAsync("b");
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");
        await a.Evaluator.EvaluateAsync();
        var started = Assert.Single(await sandbox.RecordsAsync("news-v"));
        Assert.Equal((DeliveryState.Deploying, "a"), (started.State, started.LeaseOwner));

        // a stops here. Until its lease expires, b leaves the rollout alone, even once ECS has finished it.
        var watched = TimeSpan.Zero;
        while (watched + TimeSpan.FromSeconds(15) < Expiry)
        {
            sandbox.Time.Advance(TimeSpan.FromSeconds(15));
            watched += TimeSpan.FromSeconds(15);
            await b.Leases.RenewAllAsync(CancellationToken.None);
            await b.Evaluator.EvaluateAsync();
            var meanwhile = Assert.Single(await sandbox.RecordsAsync("news-v"));
            Assert.Equal((DeliveryState.Deploying, "a"), (meanwhile.State, meanwhile.LeaseOwner));
        }

        var done = await RunUntilAsync(sandbox, [b], r => r.State.IsFinal(), concurrently: false);

        Assert.Equal(DeliveryState.Succeeded, done.State);
        Assert.Null(done.LeaseOwner);
        Assert.Equal([DeliveryEvent.Started, DeliveryEvent.Succeeded], Events(sandbox));
    }

    private static async Task AbandonedStartAsync(string provider)
    {
        await using var sandbox = await DeliverySandbox.StartAsync(provider);
        await sandbox.SavePolicyAsync("news-v", "staging", "news", "v*");
        await sandbox.AddWebhookAsync("http://127.0.0.1:9/hook", WebhookFormat.Generic);
        var hanging = new HangingStarter();
        var counting = new CountingStarter();
        var a = await sandbox.AddInstanceAsync("a", hanging);
        var b = await sandbox.AddInstanceAsync("b", counting);
        sandbox.Sandbox.Engine.Ecr.PushImage("news", "v1.5.0");
        // a claims the image and dies while starting its rollout.
        var passOfA = Task.Run(() => a.Evaluator.EvaluateAsync());
        await hanging.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var starting = Assert.Single(await sandbox.RecordsAsync("news-v"));
        Assert.Equal((DeliveryState.Starting, "a"), (starting.State, starting.LeaseOwner));

        sandbox.Time.Advance(Expiry - TimeSpan.FromSeconds(1));
        await b.Evaluator.EvaluateAsync();
        Assert.Equal(DeliveryState.Starting, Assert.Single(await sandbox.RecordsAsync("news-v")).State);

        sandbox.Time.Advance(TimeSpan.FromSeconds(2));
        await b.Evaluator.EvaluateAsync();
        var failed = Assert.Single(await sandbox.RecordsAsync("news-v"));
        // a comes back too late: its start finds the record failed and changes nothing.
        hanging.Release.SetResult();
        await passOfA.WaitAsync(TimeSpan.FromSeconds(60));
        sandbox.Time.Advance(TimeSpan.FromSeconds(15));
        await b.Evaluator.EvaluateAsync();

        Assert.Equal(DeliveryState.Failed, failed.State);
        Assert.Contains("Console instance a stopped while starting this rollout", failed.Reason, StringComparison.Ordinal);
        Assert.Empty(counting.Started);
        Assert.Equal(DeliveryState.Failed, Assert.Single(await sandbox.RecordsAsync("news-v")).State);
        Assert.Equal([DeliveryEvent.Failed], Events(sandbox));
    }

    private static async Task DispatchedOnceAsync(string provider)
    {
        await using var sandbox = await DeliverySandbox.StartAsync(provider);
        await sandbox.AddWebhookAsync("http://127.0.0.1:9/hook", WebhookFormat.Generic);
        var a = await sandbox.AddInstanceAsync("a");
        var b = await sandbox.AddInstanceAsync("b");
        await using (var db = await sandbox.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync())
        {
            var endpoint = await db.WebhookEndpoints.SingleAsync();
            db.WebhookDeliveries.AddRange(Enumerable.Range(1, 12).Select(i => new WebhookDelivery
            {
                EndpointId = endpoint.Id,
                Event = DeliveryEvent.Started,
                Payload = $$"""{"n":{{i}}}""",
                State = WebhookDeliveryState.Pending,
                CreatedAt = sandbox.Time.GetUtcNow(),
                NextAttemptAt = sandbox.Time.GetUtcNow(),
            }));
            await db.SaveChangesAsync();
        }

        await Task.WhenAll(
            Task.Run(() => a.Dispatcher.DispatchDueAsync(CancellationToken.None)),
            Task.Run(() => b.Dispatcher.DispatchDueAsync(CancellationToken.None)),
            Task.Run(() => a.Dispatcher.DispatchDueAsync(CancellationToken.None)),
            Task.Run(() => b.Dispatcher.DispatchDueAsync(CancellationToken.None)));

        Assert.Equal(Enumerable.Range(1, 12), sandbox.Webhooks.Received.Select(r => JsonNode.Parse(r.Body)!["n"]!.GetValue<int>()).Order());
        Assert.All(await sandbox.WebhookDeliveriesAsync(), d => Assert.Equal((WebhookDeliveryState.Delivered, 1, (string?)null), (d.State, d.Attempts, d.LeaseOwner)));
    }

    /// <summary>Passes of the given instances (each renewing its leases first, as its heartbeat would), 15 s apart, until the newest record meets the condition.</summary>
    private static async Task<DeliveryRecord> RunUntilAsync(DeliverySandbox sandbox, IReadOnlyList<DeliveryInstance> instances, Func<DeliveryRecord, bool> condition, bool concurrently)
    {
        for (var i = 0; i < 200; i++)
        {
            foreach (var instance in instances)
            {
                await instance.Leases.RenewAllAsync(CancellationToken.None);
            }

            if (concurrently)
            {
                await Task.WhenAll(instances.SelectMany(x => new[] { Task.Run(() => x.Evaluator.EvaluateAsync()), Task.Run(() => x.Evaluator.EvaluateAsync()) }));
            }
            else
            {
                foreach (var instance in instances)
                {
                    await instance.Evaluator.EvaluateAsync();
                }
            }

            var records = await sandbox.RecordsAsync("news-v");
            if (records.Count > 0 && condition(records[^1]))
            {
                return records[^1];
            }

            sandbox.Time.Advance(TimeSpan.FromSeconds(15));
        }

        throw new TimeoutException("The newest record never reached the awaited state.");
    }

    private static List<string> Events(DeliverySandbox sandbox) =>
        [.. sandbox.Webhooks.Received.Select(r => JsonNode.Parse(r.Body)!["event"]!.GetValue<string>())];

    /// <summary>A starter that never comes back until released: the console instance died while starting.</summary>
    private sealed class HangingStarter : IDeliveryRolloutStarter
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<RolloutStarted> StartAsync(DeliveryPolicy policy, DeliveryRecord record, CancellationToken cancellationToken)
        {
            Reached.TrySetResult();
            await Release.Task;
            return new RolloutStarted(policy.Cluster, policy.Service, null, "arn:aws:ecs:eu-west-1:000000000000:task-definition/news:99");
        }
    }
}
