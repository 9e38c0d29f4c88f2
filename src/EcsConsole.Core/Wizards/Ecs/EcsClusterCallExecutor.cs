using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Wizards.Export.CloudFormation;
using static EcsConsole.Core.Wizards.WizardCallJson;

namespace EcsConsole.Core.Wizards.Ecs;

/// <summary>
/// Sends the cluster wizard's ECS calls through <see cref="IEcsClient"/>: CreateCluster, CreateCapacityProvider and
/// PutClusterCapacityProviders. Existence: DescribeClusters (ACTIVE exists, INACTIVE is a deleted one: missing; a cluster
/// running services, or with other capacity providers than planned, is someone else's: conflict), DescribeCapacityProviders
/// (ACTIVE on the same Auto Scaling group exists, on another group conflicts). Undo: DeleteCluster (waiting, on the injected
/// clock and for at most <see cref="DrainLimit"/>, while container instances of a just-deleted group still deregister),
/// DeleteCapacityProvider, PutClusterCapacityProviders back to none.
/// </summary>
public sealed class EcsClusterCallExecutor(IEcsClient ecs, TimeProvider timeProvider) : TableCallExecutor<EcsClusterCallExecutor>(Table)
{
    public static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(10);

    public static readonly TimeSpan DrainPoll = TimeSpan.FromSeconds(10);

    // A field, so the table's rows can reach the client of the executor they are given.
    private readonly IEcsClient _ecs = ecs;

    public static WizardOperationTable<EcsClusterCallExecutor> Table { get; } = new("ecs", "ECS cluster",
    [
        new("CreateCluster",
            (e, call, ct) => e.ClusterAsync(call, Body<CreateClusterRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var cluster = await e._ecs.CreateClusterAsync(Body<CreateClusterRequest>(call.Body, call.Operation), ct);
                return new CallResult(cluster.Cluster?.ClusterArn, Node(cluster));
            },
            new("DeleteCluster", (e, undo, ct) => e.DeleteClusterAsync(Body<DeleteClusterRequest>(undo.Body, undo.Operation), ct)),
            EcsClusterCloudFormationMapper.Cluster, WizardCliGuard.None),
        new("CreateCapacityProvider",
            (e, call, ct) => e.ProviderAsync(call, Body<CreateCapacityProviderRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var provider = await e._ecs.CreateCapacityProviderAsync(Body<CreateCapacityProviderRequest>(call.Body, call.Operation), ct);
                return new CallResult(provider.CapacityProvider?.CapacityProviderArn, Node(provider));
            },
            new("DeleteCapacityProvider", (e, undo, ct) => e.DeleteProviderAsync(Body<DeleteCapacityProviderRequest>(undo.Body, undo.Operation), ct)),
            EcsClusterCloudFormationMapper.CapacityProvider, WizardCliGuard.None),
        new("PutClusterCapacityProviders",
            (e, call, ct) => e.AssociationAsync(Body<PutClusterCapacityProvidersRequest>(call.Body, call.Operation), ct),
            async (e, call, ct) =>
            {
                var put = await e._ecs.PutClusterCapacityProvidersAsync(Body<PutClusterCapacityProvidersRequest>(call.Body, call.Operation), ct);
                return new CallResult(put.Cluster?.ClusterArn, Node(put));
            },
            new("PutClusterCapacityProviders", (e, undo, ct) => e.ReleaseProvidersAsync(Body<PutClusterCapacityProvidersRequest>(undo.Body, undo.Operation), ct)),
            EcsClusterCloudFormationMapper.CapacityProviderAssociation, WizardCliGuard.None),
    ]);

    private async Task DeleteProviderAsync(DeleteCapacityProviderRequest request, CancellationToken cancellationToken)
    {
        if (await FindProviderAsync(request.CapacityProvider, cancellationToken) is { Status: "ACTIVE" })
        {
            await _ecs.DeleteCapacityProviderAsync(request, cancellationToken);
        }
    }

    private async Task ReleaseProvidersAsync(PutClusterCapacityProvidersRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await _ecs.PutClusterCapacityProvidersAsync(request, cancellationToken);
        }
        catch (AwsServiceException error) when (error.ErrorCode == "ClusterNotFoundException")
        {
            // The cluster is gone already, and its associations with it.
        }
    }

    private async Task<ExistenceCheckResult> ClusterAsync(PlannedCall call, CreateClusterRequest request, CancellationToken cancellationToken)
    {
        var name = request.ClusterName ?? "default";
        var existing = await FindClusterAsync(name, cancellationToken);
        if (existing is null)
        {
            return ExistenceCheckResult.Missing;
        }

        if ((existing.ActiveServicesCount ?? 0) > 0 || (existing.RunningTasksCount ?? 0) > 0)
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"A cluster named {name} already exists and runs {existing.ActiveServicesCount ?? 0} service(s) and {existing.RunningTasksCount ?? 0} task(s). Choose another cluster name.");
        }

        var planned = request.CapacityProviders ?? [];
        var current = existing.CapacityProviders ?? [];
        if (planned.Count > 0 && !planned.ToHashSet(StringComparer.Ordinal).SetEquals(current))
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"A cluster named {name} already exists with capacity providers {Describe(current)}, not {Describe(planned)}. Choose another cluster name, or delete that cluster first.");
        }

        return RunTags.Owned(new ExistenceCheckResult(ExistenceState.Exists, $"cluster {name} exists ({existing.ClusterArn}, {Describe(current)})")
        {
            Response = Node(new CreateClusterResponse { Cluster = existing }),
        }, call, Pairs(existing.Tags));
    }

    private async Task<ExistenceCheckResult> ProviderAsync(PlannedCall call, CreateCapacityProviderRequest request, CancellationToken cancellationToken)
    {
        var existing = await FindProviderAsync(request.Name, cancellationToken);
        if (existing is not { Status: "ACTIVE" })
        {
            return ExistenceCheckResult.Missing;
        }

        var group = existing.AutoScalingGroupProvider?.AutoScalingGroupArn;
        var planned = request.AutoScalingGroupProvider?.AutoScalingGroupArn;
        if (!string.Equals(group, planned, StringComparison.Ordinal))
        {
            return new ExistenceCheckResult(ExistenceState.Conflict,
                $"A capacity provider named {request.Name} already exists for {group ?? existing.Type}, not for this cluster's Auto Scaling group. Choose another capacity provider name.");
        }

        return RunTags.Owned(new ExistenceCheckResult(ExistenceState.Exists, $"capacity provider {request.Name} exists ({existing.CapacityProviderArn})")
        {
            Response = Node(new CreateCapacityProviderResponse { CapacityProvider = existing }),
        }, call, Pairs(existing.Tags));
    }

    private async Task<ExistenceCheckResult> AssociationAsync(PutClusterCapacityProvidersRequest request, CancellationToken cancellationToken)
    {
        var existing = await FindClusterAsync(request.Cluster, cancellationToken);
        var current = existing?.CapacityProviders ?? [];
        var strategy = existing?.DefaultCapacityProviderStrategy ?? [];
        var same = request.CapacityProviders.All(current.Contains)
            && request.DefaultCapacityProviderStrategy.All(p => strategy.Any(s => s.CapacityProvider == p.CapacityProvider));
        return existing is not null && request.CapacityProviders.Count > 0 && same
            ? new ExistenceCheckResult(ExistenceState.Exists, $"cluster {request.Cluster} uses {Describe(current)}")
            {
                Response = Node(new PutClusterCapacityProvidersResponse { Cluster = existing }),
            }
            : ExistenceCheckResult.Missing;
    }

    private async Task DeleteClusterAsync(DeleteClusterRequest request, CancellationToken cancellationToken)
    {
        var deadline = timeProvider.GetUtcNow() + DrainLimit;
        while (true)
        {
            try
            {
                await _ecs.DeleteClusterAsync(request, cancellationToken);
                return;
            }
            catch (AwsServiceException error) when (error.ErrorCode == "ClusterNotFoundException")
            {
                // Already deleted (by hand, or by an earlier rollback attempt).
                return;
            }
            catch (AwsServiceException error) when (error.ErrorCode is "ClusterContainsContainerInstancesException" or "ClusterContainsTasksException"
                && timeProvider.GetUtcNow() < deadline)
            {
                // Instances of the Auto Scaling group rolled back just before take a while to terminate and deregister.
                await Task.Delay(DrainPoll, timeProvider, cancellationToken);
            }
        }
    }

    private async Task<Cluster?> FindClusterAsync(string name, CancellationToken cancellationToken)
    {
        var described = await _ecs.DescribeClustersAsync(new DescribeClustersRequest { Clusters = [name], Include = ["SETTINGS", "TAGS"] }, cancellationToken);

        // INACTIVE is a deleted cluster ECS still describes for a while: for a new one of that name it does not count.
        return described.Clusters?.FirstOrDefault(c => c.Status == "ACTIVE");
    }

    private async Task<CapacityProvider?> FindProviderAsync(string name, CancellationToken cancellationToken)
    {
        var described = await _ecs.DescribeCapacityProvidersAsync(new DescribeCapacityProvidersRequest { CapacityProviders = [name], Include = ["TAGS"] }, cancellationToken);
        return described.CapacityProviders?.OrderBy(p => p.Status != "ACTIVE").FirstOrDefault();
    }

    private static IEnumerable<System.Collections.Generic.KeyValuePair<string, string?>>? Pairs(IReadOnlyList<Tag>? tags) => tags?.Select(t => System.Collections.Generic.KeyValuePair.Create(t.Key ?? "", t.Value));

    private static string Describe(IReadOnlyList<string> providers) => providers.Count == 0 ? "no capacity providers" : string.Join(", ", providers);
}
