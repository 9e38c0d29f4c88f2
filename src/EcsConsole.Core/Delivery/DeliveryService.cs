using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecr;
using EcsConsole.Core.Images;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Delivery;

/// <summary>See <see cref="IDeliveryService"/>.</summary>
internal sealed class DeliveryService(
    DeliveryStore store,
    IDbContextFactory<ConsoleDbContext> contexts,
    IOperationAuthorizer authorizer,
    ICurrentOperator currentOperator,
    IRolloutService rollouts,
    IEcrClient ecr,
    EcrImageCatalog images,
    AwsConnection connection,
    DeliveryLoop loop,
    TimeProvider time,
    Images.ImageUsageAcrossConnections? across = null) : IDeliveryService
{
    public Task<IReadOnlyList<DeliveryPolicy>> PoliciesAsync(CancellationToken cancellationToken = default) => store.PoliciesAsync(cancellationToken);

    public async Task SavePolicyAsync(DeliveryPolicyInput input, string? confirmationText, CancellationToken cancellationToken = default)
    {
        var problems = input.Validate();
        if (problems.Count > 0)
        {
            throw new DeliveryValidationException(problems);
        }

        var actor = await currentOperator.GetAsync(cancellationToken);
        var policy = input.ToPolicy(actor?.Name ?? OperationGuard.AnonymousActor, time.GetUtcNow());
        var request = new OperationRequest
        {
            Target = $"policy/{policy.Name}",
            Cluster = policy.Cluster,
            Service = policy.Service,
            Parameters = new { policy.Name, policy.Cluster, policy.Service, policy.Repository, policy.TagPattern, policy.Container, policy.RequireApproval, input.QuietFrom, input.QuietTo, policy.Enabled },
            ConfirmationText = confirmationText,
        };
        await authorizer.RunAsync(MutatingOperation.DeliveryPolicySave, request, async ct =>
        {
            var repository = await images.GetImagesAsync(policy.Repository, ct)
                             ?? throw new DeliveryValidationException([$"Repository: ECR has no repository '{policy.Repository}'."]);
            var details = repository.Images.Select(i => new ImageDetail { ImageDigest = i.Digest, ImageTags = [.. i.Tags], ImagePushedAt = i.PushedAt });
            var baseline = DeliveryEvaluator.Candidates(policy, repository.Repository.Uri, details, time.GetUtcNow(), DeliveryState.Baseline);
            await store.SavePolicyAsync(policy, baseline, ct);
            return 0;
        }, cancellationToken);
        loop.Wake();
    }

    public async Task DeletePolicyAsync(string name, CancellationToken cancellationToken = default)
    {
        var request = new OperationRequest { Target = $"policy/{name}", Parameters = new { name } };
        await authorizer.RunAsync(MutatingOperation.DeliveryPolicyDelete, request, async ct =>
            await store.DeletePolicyAsync(name, ct)
                ? 0
                : throw new DeliveryValidationException([$"There is no delivery policy '{name}'; it may have been deleted already."]), cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveryRecord>> TimelineAsync(string? cluster, string? service, CancellationToken cancellationToken = default) =>
        [.. (await store.RecordsAsync(cluster, service, cancellationToken)).Where(r => r.State != DeliveryState.Baseline)];

    public async Task ApproveAsync(long recordId, string? confirmationText, CancellationToken cancellationToken = default)
    {
        var record = await WaitingForApprovalAsync(recordId, cancellationToken);
        var actor = await currentOperator.GetAsync(cancellationToken);
        var request = DecisionOn(record) with { ConfirmationText = confirmationText };
        await authorizer.RunAsync(MutatingOperation.DeliveryApprove, request, async ct =>
        {
            var moved = await store.TryMoveAsync(record.Id, record.Version, [DeliveryState.AwaitingApproval], r =>
            {
                r.State = DeliveryState.Approved;
                r.ApprovedBy = actor?.Name;
                r.Reason = $"Approved by {actor?.Name}; starts at the policy's next pass.";
            }, ct);
            return moved ?? throw new DeliveryValidationException(["It changed while you looked (superseded, rejected or approved by someone else); reload the page."]);
        }, cancellationToken);
        loop.Wake();
    }

    public async Task RejectAsync(long recordId, string note, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DeliveryValidationException(["Say in a few words why it is rejected (the note is kept with the record)."]);
        }

        var record = await WaitingForApprovalAsync(recordId, cancellationToken);
        var actor = await currentOperator.GetAsync(cancellationToken);
        var request = DecisionOn(record) with { Note = note };
        await authorizer.RunAsync(MutatingOperation.DeliveryReject, request, async ct =>
        {
            var moved = await store.TryMoveAsync(record.Id, record.Version, [DeliveryState.AwaitingApproval, DeliveryState.Approved], r =>
            {
                r.State = DeliveryState.Rejected;
                r.Reason = $"Rejected by {actor?.Name}: {note.Trim()}";
                r.FinishedAt = time.GetUtcNow();
            }, ct);
            return moved ?? throw new DeliveryValidationException(["It changed while you looked (started, superseded or decided by someone else); reload the page."]);
        }, cancellationToken);
    }

    public async Task<DeliveryOverviewReading> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<ServiceDelivery>();
        var problems = new List<AwsProblem>();
        RepositoryListing listing;
        try
        {
            listing = await images.ListRepositoriesWithUsageAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new DeliveryOverviewReading([], [AwsProblems.Describe(new Problems.FleetReadException("Listing ECR repositories", ex))]);
        }
        if (listing.UsageProblem is { } usage)
        {
            problems.Add(usage with { What = $"Reading where images run ({usage.What})" });
        }
        var elsewhere = await ElsewhereAsync(problems, cancellationToken);
        // One repository that cannot be read leaves out only its services.
        foreach (var repository in listing.Repositories)
        {
            try
            {
                if (await images.GetImagesAsync(repository.Name, cancellationToken) is { } found)
                {
                    rows.AddRange(DeliveryOverviewBuilder.Build(found, elsewhere));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                problems.Add(AwsProblems.Describe(new Problems.FleetReadException($"Reading the images of repository {repository.Name}", ex)));
            }
        }

        return new DeliveryOverviewReading([.. rows.OrderBy(r => r.Service, StringComparer.Ordinal)], problems);
    }

    /// <summary>
    /// The image uses of the user's other connections, whose services may pull from this connection's registry; each one
    /// that cannot be read (or is not read yet) adds its problem and leaves out only its clusters.
    /// </summary>
    private async Task<IReadOnlyList<ElsewhereUsage>> ElsewhereAsync(List<AwsProblem> problems, CancellationToken cancellationToken)
    {
        if (across is null)
        {
            return [];
        }
        var here = connection.Current.ConnectionName ?? Connection.ConnectionCatalog.DefaultName;
        var read = await across.ReadAsync(cancellationToken);
        var others = read.Connections.Where(c => !string.Equals(c.Connection, here, StringComparison.OrdinalIgnoreCase)).ToList();
        // A connection whose fleet is not read yet is not a failure: its clusters join on a later refresh.
        problems.AddRange(others.Where(c => c.Problem is not null && c.Usage is not { FleetKnown: false }).Select(c => c.Problem! with { What = $"Reading where images run on connection {c.Connection} ({c.Problem!.What})" }));
        return [.. others.Where(c => c.Usage is not null).Select(c => new ElsewhereUsage($"{c.Connection} · {c.Account ?? "account unknown"} · {c.Region}", c.Usage!))];
    }

    public async Task<RolloutPlan> PlanPromotionAsync(string service, string fromCluster, string toCluster, CancellationToken cancellationToken = default)
    {
        if (string.Equals(fromCluster, toCluster, StringComparison.Ordinal))
        {
            throw new DeliveryValidationException(["Promote from one cluster to another: the two clusters are the same."]);
        }

        var source = await rollouts.PlanForceNewDeploymentAsync(fromCluster, service, cancellationToken);
        var target = await rollouts.PlanForceNewDeploymentAsync(toCluster, service, cancellationToken);
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var container in source.Current.Containers)
        {
            var pinned = await ImagePinning.PinnedAsync(ecr, container.Image, cancellationToken);
            var current = target.Current.Containers.FirstOrDefault(c => c.Name == container.Name);
            if (pinned is not null && current is not null && current.Image != pinned)
            {
                changes[container.Name] = pinned;
            }
        }

        if (changes.Count == 0)
        {
            throw new DeliveryValidationException([$"{service} on {toCluster} already runs what {fromCluster} runs (or no container of it runs an ECR image): nothing to promote."]);
        }

        return await rollouts.PlanImageRolloutAsync(toCluster, service, changes, cancellationToken);
    }

    public async Task<RolloutStarted> PromoteAsync(RolloutPlan plan, string note, string? confirmationText, CancellationToken cancellationToken = default)
    {
        var started = await rollouts.StartAsync(plan, note, confirmationText, cancellationToken);
        var actor = await currentOperator.GetAsync(CancellationToken.None);
        foreach (var change in plan.ImageChanges)
        {
            var reference = ImageReference.Parse(change.To);
            await store.AddAsync(new DeliveryRecord
            {
                Cluster = plan.Cluster,
                Service = plan.Service,
                Repository = reference.Repository[(reference.Repository.LastIndexOf('/') + 1)..],
                Image = change.To,
                ImageTag = reference.Tag ?? await TagOfAsync(reference, CancellationToken.None),
                ImageDigest = reference.Digest ?? change.To,
                DetectedAt = time.GetUtcNow(),
                State = started.ServiceDeploymentArn is null ? DeliveryState.Succeeded : DeliveryState.Deploying,
                Reason = $"Promoted: {note.Trim()}",
                Actor = actor?.Name,
                DeploymentArn = started.ServiceDeploymentArn,
                StartedAt = time.GetUtcNow(),
            }, CancellationToken.None);
        }

        return started;
    }

    public async Task<IReadOnlyList<WebhookEndpoint>> WebhooksAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken);
    }

    public async Task SaveWebhookAsync(WebhookInput input, CancellationToken cancellationToken = default)
    {
        var problems = input.Validate();
        if (problems.Count > 0)
        {
            throw new DeliveryValidationException(problems);
        }

        var request = new OperationRequest { Target = $"webhook/{input.Name.Trim()}", Parameters = new { input.Id, input.Name, url = WebhookUrls.Mask(input.Url), format = input.Format.ToString(), input.Enabled } };
        await authorizer.RunAsync(MutatingOperation.WebhookSave, request, async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var endpoint = input.Id is { } id
                ? await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new DeliveryValidationException(["That webhook was deleted; add it again."])
                : db.WebhookEndpoints.Add(new WebhookEndpoint { Name = "", Url = "", CreatedAt = time.GetUtcNow() }).Entity;
            endpoint.Name = input.Name.Trim();
            endpoint.Url = input.Url.Trim();
            endpoint.Format = input.Format;
            endpoint.Enabled = input.Enabled;
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    public async Task DeleteWebhookAsync(int id, CancellationToken cancellationToken = default)
    {
        var request = new OperationRequest { Target = $"webhook/{id}", Parameters = new { id } };
        await authorizer.RunAsync(MutatingOperation.WebhookDelete, request, async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            return await db.WebhookEndpoints.Where(e => e.Id == id).ExecuteDeleteAsync(ct);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookDelivery>> WebhookDeliveriesAsync(int count, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookDeliveries.AsNoTracking().OrderByDescending(d => d.Id).Take(count).ToListAsync(cancellationToken);
    }

    public bool CanPushImages => connection.Current.ModeLabel == AwsConnectionSettings.SandboxMode;

    public async Task<string> PushImageVersionAsync(string repository, string fromTag, string newTag, CancellationToken cancellationToken = default)
    {
        if (!CanPushImages)
        {
            throw new DeliveryValidationException(["Pushing images from the console is for the sandbox only; on AWS your pipeline pushes them."]);
        }

        if (string.IsNullOrWhiteSpace(newTag) || newTag.Length > 300 || newTag.Any(char.IsWhiteSpace))
        {
            throw new DeliveryValidationException(["New tag: 1 to 300 characters without spaces (e.g. v1.5.0)."]);
        }

        var request = new OperationRequest { Target = $"ecr/{repository}:{newTag.Trim()}", Parameters = new { repository, fromTag, newTag = newTag.Trim() } };
        return await authorizer.RunAsync(MutatingOperation.ImagePush, request, async ct =>
        {
            var got = await ecr.BatchGetImageAsync(new BatchGetImageRequest { RepositoryName = repository, ImageIds = [new ImageIdentifier { ImageTag = fromTag }] }, ct);
            var source = got.Images?.FirstOrDefault()?.ImageManifest
                         ?? throw new DeliveryValidationException([$"{repository} has no image tagged '{fromTag}': {got.Failures?.FirstOrDefault()?.FailureReason}"]);
            var manifest = JsonNode.Parse(source)!.AsObject();
            // The version written into the manifest makes it a new image (a new digest), as a rebuild would be.
            var annotations = manifest["annotations"] as JsonObject ?? [];
            annotations["org.opencontainers.image.version"] = newTag.Trim();
            annotations["org.opencontainers.image.created"] = time.GetUtcNow().ToString("O");
            manifest["annotations"] = annotations.DeepClone();
            var put = await ecr.PutImageAsync(new PutImageRequest { RepositoryName = repository, ImageManifest = manifest.ToJsonString(), ImageTag = newTag.Trim() }, ct);
            return put.Image?.ImageId?.ImageDigest ?? throw new InvalidOperationException("ECR accepted the image but returned no digest.");
        }, cancellationToken);
    }

    // An approval and a rejection decide one waiting record: audited with the same target and parameters.
    private static OperationRequest DecisionOn(DeliveryRecord record) => new()
    {
        Target = $"{record.Cluster}/{record.Service}",
        Cluster = record.Cluster,
        Service = record.Service,
        Parameters = new { record.Id, record.PolicyName, record.Image, record.ImageDigest },
    };

    private async Task<DeliveryRecord> WaitingForApprovalAsync(long recordId, CancellationToken cancellationToken)
    {
        var record = await store.RecordAsync(recordId, cancellationToken);
        return record is { State: DeliveryState.AwaitingApproval or DeliveryState.Approved }
            ? record
            : throw new DeliveryValidationException([record is null ? "That delivery record does not exist." : $"{record.ImageTag ?? record.ImageDigest} is {record.State}, not waiting for approval."]);
    }

    /// <summary>The image pinned to its digest (<c>repo@sha256:…</c>) when it comes from ECR; null for other registries.</summary>
    // A promotion deploys a digest; the timeline shows the tag beside it, read from ECR (none when the image has no tag left).
    private async Task<string?> TagOfAsync(ImageReference reference, CancellationToken cancellationToken)
    {
        if (reference.Digest is null || !reference.Repository.Contains(".dkr.ecr.", StringComparison.Ordinal))
        {
            return null;
        }
        var name = reference.Repository[(reference.Repository.IndexOf('/') + 1)..];
        try
        {
            await foreach (var detail in ecr.DescribeImagesAsync(new DescribeImagesRequest { RepositoryName = name, ImageIds = [new ImageIdentifier { ImageDigest = reference.Digest }] }, cancellationToken))
            {
                return detail.ImageTags?.Where(t => t != "latest").Order(StringComparer.Ordinal).LastOrDefault() ?? detail.ImageTags?.FirstOrDefault();
            }
        }
        catch (AwsServiceException)
        {
            // The rollout has started; a tag for the timeline is not worth failing the record over. The digest still names it.
        }
        return null;
    }
}
