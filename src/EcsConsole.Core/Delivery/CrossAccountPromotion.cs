using EcsConsole.Aws;
using EcsConsole.Aws.Ecr;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Images;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// A promotion planned across accounts: the digests the source service runs, the rollout that puts them on the target
/// service (planned in the target's connection), and for each image from another account whether the target's task
/// execution role may pull it (<see cref="CrossAccountPull"/>).
/// </summary>
public sealed record CrossAccountPromotionPlan(
    ConnectionPlace Source,
    string SourceCluster,
    string SourceService,
    ConnectionPlace Target,
    RolloutPlan Rollout,
    IReadOnlyList<RepositoryPull> Pulls)
{
    /// <summary>True when every image the rollout needs can be pulled by the target's execution role.</summary>
    public bool PullAllowed => Pulls.All(p => p.Pull.Allowed);
}

/// <summary>One source repository the target pulls from, and what its policy allows.</summary>
public sealed record RepositoryPull(string RepositoryUri, CrossAccountPull Pull);

/// <summary>
/// Promotion from one connection's service to another's (a staging account to a production account): the exact digests
/// the source runs, rolled out on the target. The role is checked on the target connection (the rollout runs there, under
/// the operation guard); the promotion is audited on both connections. The cross-account ECR pull it needs is read from
/// the source repository's policy and said plainly; a promotion whose images the target cannot pull is refused before
/// anything changes. Scoped (one user's).
/// </summary>
public sealed class CrossAccountPromotion(
    BackgroundConnections connections,
    IRolloutService rollouts,
    IEcrClient ecr,
    IAuditTrail audit,
    ICurrentOperator currentOperator)
{
    public const string AuditOperation = "Delivery.PromoteAcrossAccounts";

    public async Task<CrossAccountPromotionPlan> PlanAsync(
        string sourceConnection, string sourceRegion, string sourceCluster, string service,
        string targetConnection, string targetRegion, string targetCluster, string? targetService = null,
        CancellationToken cancellationToken = default)
    {
        var actor = await currentOperator.GetAsync(cancellationToken);
        var source = Place(sourceConnection, sourceRegion, actor);
        var target = Place(targetConnection, targetRegion, actor);
        if (source == target && string.Equals(sourceCluster, targetCluster, StringComparison.Ordinal))
        {
            throw new DeliveryValidationException(["Promote from one service to another: the source and the target are the same."]);
        }

        var sourceAmbient = await connections.PrepareAsync(source, cancellationToken);
        var images = new Dictionary<string, string>(StringComparer.Ordinal);
        using (sourceAmbient.Enter())
        {
            var running = await rollouts.PlanForceNewDeploymentAsync(sourceCluster, service, cancellationToken);
            foreach (var container in running.Current.Containers)
            {
                if (await ImagePinning.PinnedAsync(ecr, container.Image, cancellationToken) is { } pinned)
                {
                    images[container.Name] = pinned;
                }
            }
        }

        var targetAmbient = await connections.PrepareAsync(target, cancellationToken);
        RolloutPlan rollout;
        using (targetAmbient.Enter())
        {
            var current = await rollouts.PlanForceNewDeploymentAsync(targetCluster, targetService ?? service, cancellationToken);
            var changes = images.Where(i => current.Current.Containers.Any(c => c.Name == i.Key && c.Image != i.Value)).ToDictionary(StringComparer.Ordinal);
            if (changes.Count == 0)
            {
                throw new DeliveryValidationException([$"{targetService ?? service} on {target} {targetCluster} already runs what {source} {sourceCluster} runs (or no container of the same name runs an ECR image): nothing to promote."]);
            }
            rollout = await rollouts.PlanImageRolloutAsync(targetCluster, targetService ?? service, changes, cancellationToken);
        }

        var pulls = new List<RepositoryPull>();
        using (sourceAmbient.Enter())
        {
            foreach (var uri in rollout.ImageChanges.Select(c => ImageReference.Parse(c.To).Repository).Distinct(StringComparer.Ordinal))
            {
                var registry = uri.Split('.')[0];
                if (registry == targetAmbient.Stamp.Account)
                {
                    continue;
                }
                pulls.Add(new RepositoryPull(uri, await PullAsync(uri, registry, rollout.Target.ExecutionRoleArn ?? rollout.Current.ExecutionRoleArn, cancellationToken)));
            }
        }

        return new CrossAccountPromotionPlan(source, sourceCluster, service, target, rollout, pulls);
    }

    /// <summary>
    /// Starts the planned rollout on the target connection (refused there unless the user is an Operator on it, and when
    /// the target cannot pull the images) and audits it on the source connection too.
    /// </summary>
    public async Task<RolloutStarted> PromoteAsync(CrossAccountPromotionPlan plan, string note, string? confirmationText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var actor = await currentOperator.GetAsync(cancellationToken);
        var from = $"{plan.Source} {plan.SourceCluster}/{plan.SourceService}";
        var to = $"{plan.Target} {plan.Rollout.Cluster}/{plan.Rollout.Service}";
        if (!plan.PullAllowed)
        {
            var why = string.Join(" ", plan.Pulls.Where(p => !p.Pull.Allowed).Select(p => p.Pull.Explanation));
            await AuditSourceAsync(plan, actor, to, AuditOutcome.Denied, why, note);
            throw new DeliveryValidationException([why]);
        }

        var targetAmbient = await connections.PrepareAsync(plan.Target, cancellationToken);
        RolloutStarted started;
        try
        {
            using (targetAmbient.Enter())
            {
                // The rollout is audited on the target by the operation guard, which checks the role held there.
                started = await rollouts.StartAsync(plan.Rollout, $"Promoted from {from}: {note.Trim()}", confirmationText, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await AuditSourceAsync(plan, actor, to, ex is OperationDeniedException ? AuditOutcome.Denied : AuditOutcome.Failed, ex.Message, note);
            throw;
        }

        await AuditSourceAsync(plan, actor, to, AuditOutcome.Succeeded, null, note);
        return started;
    }

    private ConnectionPlace Place(string connectionName, string region, OperatorIdentity? actor)
    {
        var place = connections.Find(connectionName, region)
            ?? throw new DeliveryValidationException([$"There is no connection {connectionName} offering region {region}."]);
        if (actor is null || ConnectionCatalog.RoleOn(actor, place.Connection) is null)
        {
            throw new DeliveryValidationException([$"{actor?.Name ?? "You"} may not use connection {place.Connection.Name}; ask an administrator for access."]);
        }
        return place;
    }

    private async Task AuditSourceAsync(CrossAccountPromotionPlan plan, OperatorIdentity? actor, string to, AuditOutcome outcome, string? error, string note)
    {
        var sourceAmbient = await connections.PrepareAsync(plan.Source, CancellationToken.None);
        using (sourceAmbient.Enter())
        {
            await audit.RecordAsync(new AuditRecord
            {
                Actor = actor?.Name ?? OperationGuard.AnonymousActor,
                Role = actor is null ? null : ConnectionCatalog.RoleOn(actor, plan.Source.Connection),
                Operation = AuditOperation,
                Target = $"{plan.SourceCluster}/{plan.SourceService}",
                Parameters = new { to, images = plan.Rollout.ImageChanges.Select(c => c.To).ToList() },
                Outcome = outcome,
                Error = error,
                Note = note,
            }, CancellationToken.None);
        }
    }

    private async Task<CrossAccountPull> PullAsync(string repositoryUri, string registryId, string? roleArn, CancellationToken cancellationToken)
    {
        var name = repositoryUri[(repositoryUri.IndexOf('/') + 1)..];
        if (roleArn is null)
        {
            return new CrossAccountPull(false, CrossAccountPull.PullActions,
                $"The target task definition has no task execution role, and pulling {repositoryUri} from account {registryId} needs one that the repository's policy allows. Set an execution role on the target task definition.", null);
        }
        string? policy;
        try
        {
            policy = (await ecr.GetRepositoryPolicyAsync(new GetRepositoryPolicyRequest { RegistryId = registryId, RepositoryName = name }, cancellationToken)).PolicyText;
        }
        catch (AwsServiceException ex) when (ex.ErrorCode == "RepositoryPolicyNotFoundException")
        {
            policy = null;
        }
        return CrossAccountPull.Check(policy, name, roleArn);
    }
}
