using System.Net;
using System.Runtime.CompilerServices;
using EcsConsole.Aws;
using EcsConsole.Aws.CodeDeploy;

namespace EcsConsole.Core.Tests.Rollouts.CodeDeploy;

/// <summary>CodeDeploy in memory: deployment groups with the ECS services they deploy, and deployments; records calls.</summary>
internal sealed class FakeCodeDeployClient : ICodeDeployClient
{
    public Dictionary<(string Application, string Group), List<EcsServiceReference>> Groups { get; } = [];

    public List<DeploymentInfo> Deployments { get; } = [];

    public List<CreateDeploymentRequest> Created { get; } = [];

    public List<int> BatchSizes { get; } = [];

    public void AddGroup(string application, string group, string cluster, string service) =>
        Groups[(application, group)] = [new EcsServiceReference { ClusterName = cluster, ServiceName = service }];

    public async IAsyncEnumerable<string> ListApplicationsAsync(ListApplicationsRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var application in Groups.Keys.Select(k => k.Application).Distinct())
        {
            await Task.Yield();
            yield return application;
        }
    }

    public async IAsyncEnumerable<string> ListDeploymentGroupsAsync(ListDeploymentGroupsRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var key in Groups.Keys.Where(k => k.Application == request.ApplicationName))
        {
            await Task.Yield();
            yield return key.Group;
        }
    }

    public Task<GetDeploymentGroupResponse> GetDeploymentGroupAsync(GetDeploymentGroupRequest request, CancellationToken cancellationToken = default)
    {
        if (!Groups.Keys.Any(k => k.Application == request.ApplicationName))
        {
            throw Missing("ApplicationDoesNotExistException", "GetDeploymentGroup");
        }
        if (!Groups.TryGetValue((request.ApplicationName, request.DeploymentGroupName), out var services))
        {
            throw Missing("DeploymentGroupDoesNotExistException", "GetDeploymentGroup");
        }
        return Task.FromResult(new GetDeploymentGroupResponse
        {
            DeploymentGroupInfo = new DeploymentGroupInfo
            {
                ApplicationName = request.ApplicationName,
                DeploymentGroupName = request.DeploymentGroupName,
                ComputePlatform = "ECS",
                EcsServices = services,
            },
        });
    }

    public async IAsyncEnumerable<string> ListDeploymentsAsync(ListDeploymentsRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var deployment in Deployments.Where(d => d.ApplicationName == request.ApplicationName && d.DeploymentGroupName == request.DeploymentGroupName))
        {
            await Task.Yield();
            yield return deployment.DeploymentId!;
        }
    }

    public Task<BatchGetDeploymentsResponse> BatchGetDeploymentsAsync(BatchGetDeploymentsRequest request, CancellationToken cancellationToken = default)
    {
        BatchSizes.Add(request.DeploymentIds.Count);
        return Task.FromResult(new BatchGetDeploymentsResponse
        {
            DeploymentsInfo = [.. Deployments.Where(d => request.DeploymentIds.Contains(d.DeploymentId!))],
        });
    }

    public Task<GetDeploymentResponse> GetDeploymentAsync(GetDeploymentRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new GetDeploymentResponse { DeploymentInfo = Deployments.Single(d => d.DeploymentId == request.DeploymentId) });

    public Task<CreateDeploymentResponse> CreateDeploymentAsync(CreateDeploymentRequest request, CancellationToken cancellationToken = default)
    {
        Created.Add(request);
        return Task.FromResult(new CreateDeploymentResponse { DeploymentId = $"d-FAKE{Created.Count:D5}" });
    }

    public Task<StopDeploymentResponse> StopDeploymentAsync(StopDeploymentRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new StopDeploymentResponse { Status = "Pending", StatusMessage = "stopping" });

    private static AwsServiceException Missing(string code, string operation) =>
        new("CodeDeploy", operation, code, "not found", "req-1", HttpStatusCode.BadRequest);
}
