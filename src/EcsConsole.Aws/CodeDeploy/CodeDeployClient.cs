using EcsConsole.Aws.Json;

namespace EcsConsole.Aws.CodeDeploy;

/// <summary>CodeDeploy over AWS JSON 1.1.</summary>
public sealed class CodeDeployClient : ICodeDeployClient
{
    /// <summary>CodeDeploy refuses BatchGetDeployments with more ids than this.</summary>
    public const int MaxBatchGetDeployments = 25;

    private readonly AwsJsonClient _json;

    public CodeDeployClient(AwsJsonClient json)
    {
        _json = json;
    }

    public IAsyncEnumerable<string> ListApplicationsAsync(ListApplicationsRequest request, CancellationToken cancellationToken = default) =>
        AwsJsonPaging.PageAsync<ListApplicationsRequest, ListApplicationsResponse, string>(
            _json, AwsServices.CodeDeploy, "ListApplications", request, page => page.Applications, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);

    public IAsyncEnumerable<string> ListDeploymentGroupsAsync(ListDeploymentGroupsRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ApplicationName, "ListDeploymentGroups needs an application name.", nameof(request));
        return AwsJsonPaging.PageAsync<ListDeploymentGroupsRequest, ListDeploymentGroupsResponse, string>(
            _json, AwsServices.CodeDeploy, "ListDeploymentGroups", request, page => page.DeploymentGroups, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);
    }

    public Task<GetDeploymentGroupResponse> GetDeploymentGroupAsync(GetDeploymentGroupRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ApplicationName, "GetDeploymentGroup needs an application name.", nameof(request));
        Require(request.DeploymentGroupName, "GetDeploymentGroup needs a deployment group name.", nameof(request));
        return _json.InvokeAsync<GetDeploymentGroupRequest, GetDeploymentGroupResponse>(AwsServices.CodeDeploy, "GetDeploymentGroup", request, cancellationToken);
    }

    public IAsyncEnumerable<string> ListDeploymentsAsync(ListDeploymentsRequest request, CancellationToken cancellationToken = default) =>
        AwsJsonPaging.PageAsync<ListDeploymentsRequest, ListDeploymentsResponse, string>(
            _json, AwsServices.CodeDeploy, "ListDeployments", request, page => page.Deployments, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);

    public Task<BatchGetDeploymentsResponse> BatchGetDeploymentsAsync(BatchGetDeploymentsRequest request, CancellationToken cancellationToken = default)
    {
        if (request.DeploymentIds.Count is 0 or > MaxBatchGetDeployments)
        {
            throw new ArgumentException($"BatchGetDeployments takes 1 to {MaxBatchGetDeployments} deployment ids, not {request.DeploymentIds.Count}.", nameof(request));
        }

        return _json.InvokeAsync<BatchGetDeploymentsRequest, BatchGetDeploymentsResponse>(AwsServices.CodeDeploy, "BatchGetDeployments", request, cancellationToken);
    }

    public Task<GetDeploymentResponse> GetDeploymentAsync(GetDeploymentRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.DeploymentId, "GetDeployment needs a deployment id.", nameof(request));
        return _json.InvokeAsync<GetDeploymentRequest, GetDeploymentResponse>(AwsServices.CodeDeploy, "GetDeployment", request, cancellationToken);
    }

    public Task<CreateDeploymentResponse> CreateDeploymentAsync(CreateDeploymentRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ApplicationName, "CreateDeployment needs an application name.", nameof(request));
        return _json.InvokeAsync<CreateDeploymentRequest, CreateDeploymentResponse>(AwsServices.CodeDeploy, "CreateDeployment", request, cancellationToken);
    }

    public Task<StopDeploymentResponse> StopDeploymentAsync(StopDeploymentRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.DeploymentId, "StopDeployment needs a deployment id.", nameof(request));
        return _json.InvokeAsync<StopDeploymentRequest, StopDeploymentResponse>(AwsServices.CodeDeploy, "StopDeployment", request, cancellationToken);
    }

    private static void Require(string? value, string message, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(message, parameter);
        }
    }
}
