using EcsConsole.Aws.Ecr;
using EcsConsole.Aws.Ecs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// One pass of continuous delivery: for each enabled policy, claim images newly tagged to match it, supersede the older of
/// those still waiting, ask for approval, respect the quiet window and the one-rollout-per-service rule, start the newest;
/// then follow rollouts in flight to their outcome. Singleton; the <see cref="DeliveryLoop"/> runs a pass every poll interval.
/// Each repository is read once per pass whatever the number of policies on it. Safe to run on several console instances
/// sharing one store: every step is a claim or a compare-and-set in <see cref="DeliveryStore"/>.
/// </summary>
public sealed class DeliveryEvaluator(
    IEcrClient ecr,
    IEcsClient ecs,
    DeliveryStore store,
    IDeliveryRolloutStarter starter,
    DeliveryNotifier notifier,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryEvaluator> logger)
{
    private static readonly DeliveryState[] Waiting = [DeliveryState.Queued, DeliveryState.AwaitingApproval, DeliveryState.Approved];

    public async Task EvaluateAsync(CancellationToken cancellationToken = default)
    {
        var policies = (await store.PoliciesAsync(cancellationToken).ConfigureAwait(false)).Where(p => p.Enabled).ToList();
        if (policies.Count > 0)
        {
            var uris = await RepositoryUrisAsync(cancellationToken).ConfigureAwait(false);
            foreach (var repository in policies.GroupBy(p => p.Repository, StringComparer.Ordinal))
            {
                if (!uris.TryGetValue(repository.Key, out var uri))
                {
                    logger.LogWarning("Delivery policies {Policies} watch ECR repository {Repository}, which does not exist", string.Join(", ", repository.Select(p => p.Name)), repository.Key);
                    continue;
                }

                var images = await TaggedImagesAsync(repository.Key, cancellationToken).ConfigureAwait(false);
                foreach (var policy in repository)
                {
                    await PassAsync(policy, uri, images, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await TrackAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task PassAsync(DeliveryPolicy policy, string repositoryUri, IReadOnlyList<ImageDetail> images, CancellationToken cancellationToken)
    {
        try
        {
            await DetectAsync(policy, repositoryUri, images, cancellationToken).ConfigureAwait(false);
            await AdvanceAsync(policy, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One policy's trouble (a bad pattern, a missing service) must not stop the others.
            logger.LogError(ex, "Delivery policy {Policy} failed this pass", policy.Name);
        }
    }

    /// <summary>The images of a repository whose tags match the policy, one candidate per digest (its best matching tag), oldest first.</summary>
    public static IReadOnlyList<DeliveryRecord> Candidates(DeliveryPolicy policy, string repositoryUri, IEnumerable<ImageDetail> images, DateTimeOffset now, DeliveryState state)
    {
        var pattern = TagPattern.Parse(policy.TagPattern);
        var candidates = new List<DeliveryRecord>();
        foreach (var image in images)
        {
            if (image.ImageDigest is not { } digest)
            {
                continue;
            }

            var matching = (image.ImageTags ?? []).Where(pattern.Matches).ToList();
            if (matching.Count == 0)
            {
                continue;
            }

            // Several matching tags on one image (v1.5.0 and v1.5): the highest version names it, else the longest tag.
            var tag = matching.OrderByDescending(t => SemanticVersion.TryParse(t)).ThenByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).First();
            candidates.Add(new DeliveryRecord
            {
                PolicyName = policy.Name,
                Cluster = policy.Cluster,
                Service = policy.Service,
                Repository = policy.Repository,
                // The digest that was seen and may be approved, never the tag: a tag can be moved to another image before the rollout starts.
                Image = $"{repositoryUri}@{digest}",
                ImageTag = tag,
                ImageDigest = digest,
                PushedAt = image.ImagePushedAt,
                DetectedAt = now,
                State = state,
                Reason = state == DeliveryState.Baseline ? "Already in the repository when the policy was saved." : null,
            });
        }

        return [.. candidates.OrderBy(c => c.PushedAt ?? now).ThenBy(c => c.ImageTag, StringComparer.Ordinal)];
    }

    private async Task DetectAsync(DeliveryPolicy policy, string repositoryUri, IReadOnlyList<ImageDetail> images, CancellationToken cancellationToken)
    {
        var claimed = await store.ClaimedDigestsAsync(policy.Name, cancellationToken).ConfigureAwait(false);
        foreach (var candidate in Candidates(policy, repositoryUri, images, time.GetUtcNow(), DeliveryState.Queued).Where(c => !claimed.Contains(c.ImageDigest)))
        {
            if (await store.TryClaimAsync(candidate, cancellationToken).ConfigureAwait(false))
            {
                logger.LogInformation("Delivery policy {Policy} queued {Image} ({Digest})", policy.Name, candidate.Image, candidate.ImageDigest);
            }
        }
    }

    private async Task AdvanceAsync(DeliveryPolicy policy, CancellationToken cancellationToken)
    {
        var waiting = (await store.OpenRecordsAsync(policy.Name, cancellationToken).ConfigureAwait(false))
            .Where(r => r.State.IsWaiting())
            .OrderBy(r => r.PushedAt ?? r.DetectedAt).ThenBy(r => r.Id)
            .ToList();
        if (waiting.Count == 0)
        {
            return;
        }

        var newest = waiting[^1];
        foreach (var older in waiting.Take(waiting.Count - 1))
        {
            await store.TryMoveAsync(older.Id, older.Version, Waiting, r =>
            {
                r.State = DeliveryState.Superseded;
                r.Reason = $"Superseded by {newest.ImageTag ?? newest.ImageDigest} before it started.";
                r.FinishedAt = time.GetUtcNow();
            }, cancellationToken).ConfigureAwait(false);
        }

        if (newest.State == DeliveryState.Queued && policy.RequireApproval)
        {
            var waits = await store.TryMoveAsync(newest.Id, newest.Version, [DeliveryState.Queued], r =>
            {
                r.State = DeliveryState.AwaitingApproval;
                r.Reason = "Waiting for an Operator to approve.";
            }, cancellationToken).ConfigureAwait(false);
            if (waits is not null)
            {
                await notifier.NotifyAsync(DeliveryEvent.Of(DeliveryEvent.AwaitingApproval, waits, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (newest.State == DeliveryState.AwaitingApproval)
        {
            return;
        }

        var inFlight = await store.InFlightAsync(policy.Cluster, policy.Service, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var quiet = QuietWindow.Of(policy);
        var holdReason = inFlight.Count > 0
            ? $"Waiting for the rollout of {inFlight[0].ImageTag ?? inFlight[0].ImageDigest} to {policy.Service} to finish."
            : quiet is { } window && window.Contains(now)
                ? $"Quiet window {window}: starts after {window.EndAfter(now):HH:mm} UTC."
                : null;
        if (holdReason is not null)
        {
            if (newest.Reason != holdReason)
            {
                await store.TryMoveAsync(newest.Id, newest.Version, Waiting, r => r.Reason = holdReason, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await StartAsync(policy, newest, cancellationToken).ConfigureAwait(false);
    }

    private async Task StartAsync(DeliveryPolicy policy, DeliveryRecord record, CancellationToken cancellationToken)
    {
        var claimed = await store.TryMoveAsync(record.Id, record.Version, [DeliveryState.Queued, DeliveryState.Approved], r =>
        {
            r.State = DeliveryState.Starting;
            r.Actor = policy.Actor;
            r.StartedAt = time.GetUtcNow();
            r.Reason = null;
        }, cancellationToken).ConfigureAwait(false);
        if (claimed is null)
        {
            // Another instance (or an operator's reject) moved it first.
            return;
        }

        DeliveryRecord? moved;
        try
        {
            var started = await starter.StartAsync(policy, claimed, cancellationToken).ConfigureAwait(false);
            moved = await store.TryMoveAsync(claimed.Id, claimed.Version, [DeliveryState.Starting], r =>
            {
                r.State = started.ServiceDeploymentArn is null ? DeliveryState.Succeeded : DeliveryState.Deploying;
                r.DeploymentArn = started.ServiceDeploymentArn;
                r.Reason = started.ServiceDeploymentArn is null ? "ECS started no deployment: the service already runs this image." : null;
                r.FinishedAt = started.ServiceDeploymentArn is null ? time.GetUtcNow() : null;
            }, CancellationToken.None).ConfigureAwait(false);
            logger.LogInformation("Delivery policy {Policy} started {Image} on {Cluster}/{Service}: {Deployment}", policy.Name, claimed.Image, policy.Cluster, policy.Service, started.ServiceDeploymentArn);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            moved = await store.TryMoveAsync(claimed.Id, claimed.Version, [DeliveryState.Starting], r =>
            {
                r.State = DeliveryState.Failed;
                r.Reason = $"The rollout could not start: {ex.Message}";
                r.FinishedAt = time.GetUtcNow();
            }, CancellationToken.None).ConfigureAwait(false);
            logger.LogError(ex, "Delivery policy {Policy} could not start {Image}", policy.Name, claimed.Image);
            if (moved is not null)
            {
                await notifier.NotifyAsync(DeliveryEvent.Of(DeliveryEvent.Failed, moved, time.GetUtcNow()), CancellationToken.None).ConfigureAwait(false);
            }

            return;
        }

        if (moved is not null)
        {
            await notifier.NotifyAsync(DeliveryEvent.Of(DeliveryEvent.Started, moved, time.GetUtcNow()), CancellationToken.None).ConfigureAwait(false);
            if (moved.State == DeliveryState.Succeeded)
            {
                await notifier.NotifyAsync(DeliveryEvent.Of(DeliveryEvent.Succeeded, moved, time.GetUtcNow()), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads every deploying record's ECS deployment and records its outcome when it has ended.</summary>
    private async Task TrackAsync(CancellationToken cancellationToken)
    {
        var open = (await store.RecordsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
            .Where(r => r.State is DeliveryState.Deploying or DeliveryState.Starting).ToList();
        var now = time.GetUtcNow();
        foreach (var stale in open.Where(r => r.State == DeliveryState.Starting && r.StartedAt < now - options.Value.StartingTimeout))
        {
            var failed = await store.TryMoveAsync(stale.Id, stale.Version, [DeliveryState.Starting], r =>
            {
                r.State = DeliveryState.Failed;
                r.Reason = "The console stopped while starting this rollout; check the service's deployments before deploying again.";
                r.FinishedAt = now;
            }, cancellationToken).ConfigureAwait(false);
            if (failed is not null)
            {
                await notifier.NotifyAsync(DeliveryEvent.Of(DeliveryEvent.Failed, failed, now), cancellationToken).ConfigureAwait(false);
            }
        }

        var deploying = open.Where(r => r.State == DeliveryState.Deploying && r.DeploymentArn is not null).ToList();
        foreach (var batch in deploying.Chunk(20))
        {
            var response = await ecs.DescribeServiceDeploymentsAsync(new DescribeServiceDeploymentsRequest { ServiceDeploymentArns = [.. batch.Select(r => r.DeploymentArn!)] }, cancellationToken).ConfigureAwait(false);
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
                }, cancellationToken).ConfigureAwait(false);
                if (ended is not null)
                {
                    await notifier.NotifyAsync(DeliveryEvent.Of(outcome.Event, ended, now), cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private static (DeliveryState State, string Event)? Outcome(string? status) => status switch
    {
        "SUCCESSFUL" => (DeliveryState.Succeeded, DeliveryEvent.Succeeded),
        "ROLLBACK_SUCCESSFUL" or "ROLLBACK_FAILED" => (DeliveryState.RolledBack, DeliveryEvent.RolledBack),
        "STOPPED" => (DeliveryState.Failed, DeliveryEvent.Failed),
        _ => null,
    };

    private async Task<Dictionary<string, string>> RepositoryUrisAsync(CancellationToken cancellationToken)
    {
        var uris = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var repository in ecr.DescribeRepositoriesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (repository is { RepositoryName: { } name, RepositoryUri: { } uri })
            {
                uris[name] = uri;
            }
        }

        return uris;
    }

    private async Task<IReadOnlyList<ImageDetail>> TaggedImagesAsync(string repository, CancellationToken cancellationToken)
    {
        var images = new List<ImageDetail>();
        var request = new DescribeImagesRequest { RepositoryName = repository, Filter = new DescribeImagesFilter { TagStatus = "TAGGED" } };
        await foreach (var image in ecr.DescribeImagesAsync(request, cancellationToken).ConfigureAwait(false))
        {
            images.Add(image);
        }

        return images;
    }
}
