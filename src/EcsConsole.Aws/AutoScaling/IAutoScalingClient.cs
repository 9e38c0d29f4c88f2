namespace EcsConsole.Aws.AutoScaling;

/// <summary>
/// EC2 Auto Scaling groups, the capacity behind an EC2 cluster. Singleton; uses the connection current at each call.
/// DescribeAutoScalingGroups follows <c>NextToken</c> lazily: stop enumerating to stop paging. Failures surface as
/// <see cref="AwsServiceException"/> with Auto Scaling's own code (AlreadyExists, ValidationError, ResourceInUse...).
/// </summary>
public interface IAutoScalingClient
{
    /// <summary>Returns nothing (the API answers no body): read the group back with <see cref="DescribeAutoScalingGroupsAsync"/>.</summary>
    Task CreateAutoScalingGroupAsync(CreateAutoScalingGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Groups by name (at most 100 of them), or all, across pages. Names that do not exist are simply absent.</summary>
    IAsyncEnumerable<AutoScalingGroup> DescribeAutoScalingGroupsAsync(DescribeAutoScalingGroupsRequest request, CancellationToken cancellationToken = default);

    Task UpdateAutoScalingGroupAsync(UpdateAutoScalingGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Without ForceDelete Auto Scaling refuses while the group has instances (ResourceInUse).</summary>
    Task DeleteAutoScalingGroupAsync(DeleteAutoScalingGroupRequest request, CancellationToken cancellationToken = default);
}
