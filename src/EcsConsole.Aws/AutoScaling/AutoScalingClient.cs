using EcsConsole.Aws.Query;

namespace EcsConsole.Aws.AutoScaling;

/// <summary>EC2 Auto Scaling over AWS Query: records go out as form parameters and come back from XML through <see cref="AutoScalingQueryShapes"/>.</summary>
public sealed class AutoScalingClient : IAutoScalingClient
{
    private readonly AwsQueryClient _query;

    public AutoScalingClient(AwsQueryClient query)
    {
        _query = query;
    }

    public Task CreateAutoScalingGroupAsync(CreateAutoScalingGroupRequest request, CancellationToken cancellationToken = default)
    {
        RequireName(request.AutoScalingGroupName, "CreateAutoScalingGroup");
        return SendAsync("CreateAutoScalingGroup", AutoScalingQueryShapes.CreateAutoScalingGroupInput, request, cancellationToken);
    }

    public IAsyncEnumerable<AutoScalingGroup> DescribeAutoScalingGroupsAsync(DescribeAutoScalingGroupsRequest request, CancellationToken cancellationToken = default) =>
        AwsQueryPaging.PageAsync<DescribeAutoScalingGroupsRequest, DescribeAutoScalingGroupsResponse, AutoScalingGroup>(
            _query, AwsServices.AutoScaling, "DescribeAutoScalingGroups", AutoScalingQueryShapes.DescribeAutoScalingGroupsInput, request,
            AutoScalingQueryShapes.DescribeAutoScalingGroupsOutput, page => page.AutoScalingGroups, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);

    public Task UpdateAutoScalingGroupAsync(UpdateAutoScalingGroupRequest request, CancellationToken cancellationToken = default)
    {
        RequireName(request.AutoScalingGroupName, "UpdateAutoScalingGroup");
        return SendAsync("UpdateAutoScalingGroup", AutoScalingQueryShapes.UpdateAutoScalingGroupInput, request, cancellationToken);
    }

    public Task DeleteAutoScalingGroupAsync(DeleteAutoScalingGroupRequest request, CancellationToken cancellationToken = default)
    {
        RequireName(request.AutoScalingGroupName, "DeleteAutoScalingGroup");
        return SendAsync("DeleteAutoScalingGroup", AutoScalingQueryShapes.DeleteAutoScalingGroupInput, request, cancellationToken);
    }

    private static void RequireName(string name, string operation)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"{operation} needs an Auto Scaling group name.", nameof(name));
        }
    }

    // Operations without output still answer an (empty) result element, which only needs to be well-formed.
    private Task SendAsync<TRequest>(string operation, QueryShape input, TRequest request, CancellationToken cancellationToken) =>
        _query.InvokeAsync<TRequest, NoOutput>(AwsServices.AutoScaling, operation, input, request, AutoScalingQueryShapes.NoOutput, cancellationToken);

    private sealed record NoOutput;
}
