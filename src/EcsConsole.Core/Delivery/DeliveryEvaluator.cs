using System.Collections.Concurrent;
using EcsConsole.Aws.Ecr;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// One pass of continuous delivery: for each enabled policy, claim images newly tagged to match it, supersede the older of
/// those still waiting, ask for approval, respect the quiet window and the one-rollout-per-service rule, start the newest;
/// then follow rollouts in flight to their outcome. Singleton; the <see cref="DeliveryLoop"/> runs a pass every poll interval.
/// Each repository is read once per pass whatever the number of policies on it. Safe to run on several console instances
/// sharing one store: a policy is evaluated under its owner lease, by one instance at a time (the others skip it that
/// pass); a rollout is started under the lease of its record, which the starting instance keeps while it follows the
/// rollout to its outcome, and which another instance takes over, to go on following it, only once it expired. Under the
/// leases every step is still a claim or a compare-and-set in <see cref="DeliveryStore"/>.
/// </summary>
public sealed partial class DeliveryEvaluator(
    IEcrClient ecr,
    IEcsClient ecs,
    DeliveryStore store,
    IDeliveryRolloutStarter starter,
    DeliveryNotifier notifier,
    OwnerLeases leases,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryEvaluator> logger)
{
    private static readonly DeliveryState[] Waiting = [DeliveryState.Queued, DeliveryState.AwaitingApproval, DeliveryState.Approved];

    // The rollouts this instance follows, each under its record's lease, from one pass to the next until they end.
    private readonly ConcurrentDictionary<long, LeaseHandle> _following = new();

    /// <summary>The lease key of a policy's evaluation.</summary>
    public static string PolicyLeaseKey(string policyName) => $"delivery-policy/{policyName}";

    /// <summary>The lease key of a record's rollout (starting it, then following it).</summary>
    public static string RecordLeaseKey(long recordId) => $"delivery-record/{recordId}";

    /// <summary>A pass over the policies of the flow's connection (see <see cref="Connection.ConnectionStamp"/>), following every rollout in flight.</summary>
    public Task EvaluateAsync(CancellationToken cancellationToken = default) => EvaluateAsync(ownsUnattributed: true, cancellationToken);

    /// <summary>
    /// A pass over the policies of the flow's connection and region, and the rollouts in flight of those policies; with
    /// <paramref name="ownsUnattributed"/>, also those of no policy (an operator's promotion), which the console's own
    /// connection follows. The delivery loop runs one per connection and region.
    /// </summary>
    public async Task EvaluateAsync(bool ownsUnattributed, CancellationToken cancellationToken = default)
    {
        var all = await store.PoliciesAsync(cancellationToken);
        var policies = all.Where(p => p.Enabled).ToList();
        var held = new List<(DeliveryPolicy Policy, LeaseHandle Lease)>();
        try
        {
            foreach (var policy in policies)
            {
                var name = policy.Name;
                var lease = await leases.TryAcquireAsync<DeliveryPolicy>(PolicyLeaseKey(name), p => p.Name == name, cancellationToken);
                if (lease is null)
                {
                    // Another console instance (or another pass here) is evaluating it right now; the next pass looks again.
                    logger.LogDebug("Delivery policy {Policy} is being evaluated elsewhere; skipped this pass", name);
                    continue;
                }

                held.Add((policy, lease));
            }

            if (held.Count > 0)
            {
                var uris = await RepositoryUrisAsync(cancellationToken);
                foreach (var repository in held.GroupBy(h => h.Policy.Repository, StringComparer.Ordinal))
                {
                    if (!uris.TryGetValue(repository.Key, out var uri))
                    {
                        logger.LogWarning("Delivery policies {Policies} watch ECR repository {Repository}, which does not exist", string.Join(", ", repository.Select(p => p.Policy.Name)), repository.Key);
                        continue;
                    }

                    var images = await TaggedImagesAsync(repository.Key, cancellationToken);
                    foreach (var (policy, lease) in repository)
                    {
                        await PassAsync(policy, uri, images, lease, cancellationToken);
                    }
                }
            }
        }
        finally
        {
            foreach (var (_, lease) in held)
            {
                await lease.DisposeAsync();
            }
        }

        await TrackAsync(all.Select(p => p.Name).ToHashSet(StringComparer.Ordinal), ownsUnattributed, cancellationToken);
    }

    private async Task PassAsync(DeliveryPolicy policy, string repositoryUri, IReadOnlyList<ImageDetail> images, LeaseHandle lease, CancellationToken cancellationToken)
    {
        using var underLease = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        try
        {
            await DetectAsync(policy, repositoryUri, images, underLease.Token);
            await AdvanceAsync(policy, underLease.Token);
        }
        catch (OperationCanceledException) when (lease.IsLost && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Delivery policy {Policy}: this instance lost its lease mid-pass; another instance evaluates it now", policy.Name);
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
        var claimed = await store.ClaimedDigestsAsync(policy.Name, cancellationToken);
        foreach (var candidate in Candidates(policy, repositoryUri, images, time.GetUtcNow(), DeliveryState.Queued).Where(c => !claimed.Contains(c.ImageDigest)))
        {
            if (await store.TryClaimAsync(candidate, cancellationToken))
            {
                logger.LogInformation("Delivery policy {Policy} queued {Image} ({Digest})", policy.Name, candidate.Image, candidate.ImageDigest);
            }
        }
    }

    private async Task AdvanceAsync(DeliveryPolicy policy, CancellationToken cancellationToken)
    {
        var waiting = (await store.OpenRecordsAsync(policy.Name, cancellationToken))
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
            }, cancellationToken);
        }

        if (newest.State == DeliveryState.Queued && policy.RequireApproval)
        {
            var waits = await store.TryMoveAsync(newest.Id, newest.Version, [DeliveryState.Queued], r =>
            {
                r.State = DeliveryState.AwaitingApproval;
                r.Reason = "Waiting for an Operator to approve.";
            }, cancellationToken);
            if (waits is not null)
            {
                await notifier.NotifyAsync(DeliveryEvent.Of(DeliveryEvent.AwaitingApproval, waits, time.GetUtcNow()), cancellationToken);
            }

            return;
        }

        if (newest.State == DeliveryState.AwaitingApproval)
        {
            return;
        }

        var inFlight = await store.InFlightAsync(policy.Cluster, policy.Service, cancellationToken);
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
                await store.TryMoveAsync(newest.Id, newest.Version, Waiting, r => r.Reason = holdReason, cancellationToken);
            }

            return;
        }

        await StartAsync(policy, newest, cancellationToken);
    }

    private async Task StartAsync(DeliveryPolicy policy, DeliveryRecord record, CancellationToken cancellationToken)
    {
        // The record's lease goes with the claim: held here first, written by the same compare-and-set that moves it to Starting.
        var recordId = record.Id;
        var lease = leases.Reserve<DeliveryRecord>(RecordLeaseKey(recordId), r => r.Id == recordId);
        if (lease is null)
        {
            return;
        }

        var keep = false;
        try
        {
            var fresh = leases.Fresh();
            var claimed = await store.TryMoveAsync(record.Id, record.Version, [DeliveryState.Queued, DeliveryState.Approved], r =>
            {
                r.State = DeliveryState.Starting;
                r.Actor = policy.Actor;
                r.StartedAt = time.GetUtcNow();
                r.Reason = null;
                fresh.ApplyTo(r);
            }, cancellationToken);
            if (claimed is null)
            {
                // Another instance (or an operator's reject) moved it first.
                return;
            }

            lease.Confirm(fresh.ExpiresAt);
            DeliveryRecord? moved;
            try
            {
                moved = await StartClaimedAsync(policy, claimed, cancellationToken);
            }
            catch
            {
                // Cut short (shutdown, the policy's lease lost, the store away) with the record Starting and ECS perhaps
                // told: the lease is left to expire, and then whichever instance sees it fails the record for a person to check.
                lease.Abandon();
                throw;
            }

            if (moved is { State: DeliveryState.Deploying })
            {
                // Followed from here on, by this instance while it holds the lease.
                _following[moved.Id] = lease;
                keep = true;
            }
        }
        finally
        {
            if (!keep)
            {
                await lease.DisposeAsync();
            }
        }
    }

    private async Task<DeliveryRecord?> StartClaimedAsync(DeliveryPolicy policy, DeliveryRecord claimed, CancellationToken cancellationToken)
    {
        DeliveryRecord? moved;
        try
        {
            var started = await starter.StartAsync(policy, claimed, cancellationToken);
            moved = await store.TryMoveAsync(claimed.Id, claimed.Version, [DeliveryState.Starting], r =>
            {
                r.State = started.ServiceDeploymentArn is null ? DeliveryState.Succeeded : DeliveryState.Deploying;
                r.DeploymentArn = started.ServiceDeploymentArn;
                r.Reason = started.ServiceDeploymentArn is null ? "ECS started no deployment: the service already runs this image." : null;
                r.FinishedAt = started.ServiceDeploymentArn is null ? time.GetUtcNow() : null;
            }, CancellationToken.None);
            logger.LogInformation("Delivery policy {Policy} started {Image} on {Cluster}/{Service}: {Deployment}", policy.Name, claimed.Image, policy.Cluster, policy.Service, started.ServiceDeploymentArn);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            moved = await store.TryMoveAsync(claimed.Id, claimed.Version, [DeliveryState.Starting], r =>
            {
                r.State = DeliveryState.Failed;
                r.Reason = $"The rollout could not start: {ex.Message}";
                r.FinishedAt = time.GetUtcNow();
            }, CancellationToken.None);
            logger.LogError(ex, "Delivery policy {Policy} could not start {Image}", policy.Name, claimed.Image);
            if (moved is not null)
            {
                await notifier.NotifyAsync(DeliveryEvent.Of(DeliveryEvent.Failed, moved, time.GetUtcNow()), CancellationToken.None);
            }

            return moved;
        }

        if (moved is not null)
        {
            await notifier.NotifyAsync(DeliveryEvent.Of(DeliveryEvent.Started, moved, time.GetUtcNow()), CancellationToken.None);
            if (moved.State == DeliveryState.Succeeded)
            {
                await notifier.NotifyAsync(DeliveryEvent.Of(DeliveryEvent.Succeeded, moved, time.GetUtcNow()), CancellationToken.None);
            }
        }

        return moved;
    }

    private async Task<Dictionary<string, string>> RepositoryUrisAsync(CancellationToken cancellationToken)
    {
        var uris = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var repository in ecr.DescribeRepositoriesAsync(cancellationToken))
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
        await foreach (var image in ecr.DescribeImagesAsync(request, cancellationToken))
        {
            images.Add(image);
        }

        return images;
    }
}
