using System.Collections.Concurrent;
using EcsConsole.Aws.Ecr;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Delivery;

// The evaluator's second half: following the rollouts it started (or that nobody follows) to their outcome.
public sealed partial class DeliveryEvaluator
{
    /// <summary>
    /// Follows the rollouts in flight this instance holds the lease of, taking the lease of any nobody holds (a promotion,
    /// or one whose instance stopped: its lease expired), and records each outcome once it has ended. A record left
    /// Starting by an instance that stopped is marked failed.
    /// </summary>
    // Only this connection's records: another connection's rollout is followed in its own pass, against its own account.
    private async Task TrackAsync(IReadOnlySet<string> policyNames, bool ownsUnattributed, CancellationToken cancellationToken)
    {
        var inFlight = (await store.RecordsAsync(cancellationToken: cancellationToken))
            .Where(r => r.State is DeliveryState.Deploying or DeliveryState.Starting).ToList();
        var open = inFlight.Where(r => r.PolicyName is null ? ownsUnattributed : policyNames.Contains(r.PolicyName)).ToList();
        var now = time.GetUtcNow();
        foreach (var (id, handle) in _following.ToList())
        {
            if (handle.IsLost || !inFlight.Any(r => r.Id == id && r.State == DeliveryState.Deploying))
            {
                _following.TryRemove(new KeyValuePair<long, LeaseHandle>(id, handle));
                await handle.DisposeAsync();
            }
        }

        var deploying = new List<DeliveryRecord>();
        foreach (var record in open)
        {
            if (_following.ContainsKey(record.Id))
            {
                deploying.Add(record);
                continue;
            }

            if (record.State == DeliveryState.Starting && record.LeaseOwner is null && record.StartedAt >= now - options.Value.StartingTimeout)
            {
                // Written before leases existed: its starter gets the old grace period.
                continue;
            }

            var recordId = record.Id;
            var lease = await leases.TryAcquireAsync<DeliveryRecord>(
                RecordLeaseKey(recordId), r => r.Id == recordId, r => r.State == DeliveryState.Deploying || r.State == DeliveryState.Starting, cancellationToken);
            if (lease is null)
            {
                // A live instance (or a start under way here) holds it.
                continue;
            }

            var previous = record.LeaseOwner is { } owner && owner != leases.Owner ? owner : null;
            if (record.State == DeliveryState.Starting)
            {
                await using (lease)
                {
                    await FailAbandonedStartAsync(record, previous, now, cancellationToken);
                }

                continue;
            }

            if (previous is not null)
            {
                logger.LogInformation("Following the rollout of {Image} to {Cluster}/{Service} ({Deployment}), taken over from console instance {Previous} whose lease expired",
                    record.Image, record.Cluster, record.Service, record.DeploymentArn, previous);
            }

            _following[record.Id] = lease;
            deploying.Add(record);
        }

        foreach (var batch in deploying.Where(r => r.DeploymentArn is not null).Chunk(20))
        {
            var response = await ecs.DescribeServiceDeploymentsAsync(new DescribeServiceDeploymentsRequest { ServiceDeploymentArns = [.. batch.Select(r => r.DeploymentArn!)] }, cancellationToken);
            foreach (var deployment in response.ServiceDeployments ?? [])
            {
                var record = batch.FirstOrDefault(r => r.DeploymentArn == deployment.ServiceDeploymentArn);
                if (record is null || Outcome(deployment.Status) is not { } outcome)
                {
                    continue;
                }

                var ended = await store.TryMoveAsync(record.Id, record.Version, [DeliveryState.Deploying], r =>
                {
                    r.State = outcome.State;
                    // A success keeps what was said at the start (a promotion's note); a rollback or failure says ECS's why.
                    r.Reason = outcome.State == DeliveryState.Succeeded ? r.Reason ?? deployment.StatusReason : deployment.StatusReason ?? r.Reason;
                    r.FinishedAt = deployment.FinishedAt ?? deployment.StoppedAt ?? now;
                }, cancellationToken);
                if (ended is not null)
                {
                    await notifier.NotifyAsync(DeliveryEvent.Of(outcome.Event, ended, now), cancellationToken);
                }

                if (_following.TryRemove(record.Id, out var done))
                {
                    await done.DisposeAsync();
                }
            }
        }
    }

    private async Task FailAbandonedStartAsync(DeliveryRecord stale, string? previous, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var failed = await store.TryMoveAsync(stale.Id, stale.Version, [DeliveryState.Starting], r =>
        {
            r.State = DeliveryState.Failed;
            r.Reason = previous is null
                ? "The console stopped while starting this rollout; check the service's deployments before deploying again."
                : $"Console instance {previous} stopped while starting this rollout; check the service's deployments before deploying again.";
            r.FinishedAt = now;
        }, cancellationToken);
        if (failed is not null)
        {
            await notifier.NotifyAsync(DeliveryEvent.Of(DeliveryEvent.Failed, failed, now), cancellationToken);
        }
    }

    private static (DeliveryState State, string Event)? Outcome(string? status) => status switch
    {
        "SUCCESSFUL" => (DeliveryState.Succeeded, DeliveryEvent.Succeeded),
        "ROLLBACK_SUCCESSFUL" or "ROLLBACK_FAILED" => (DeliveryState.RolledBack, DeliveryEvent.RolledBack),
        "STOPPED" => (DeliveryState.Failed, DeliveryEvent.Failed),
        _ => null,
    };
}
