namespace EcsConsole.Aws.Ec2;

/// <summary>
/// The EC2 calls the cluster setup wizard needs: network lookups, security groups and launch templates. Singleton; uses the
/// connection current at each call. Describe methods follow <c>NextToken</c> lazily: stop enumerating to stop paging;
/// <c>request.NextToken</c> is the starting page. Failures surface as <see cref="AwsServiceException"/> with EC2's own code
/// (InvalidGroup.Duplicate, InvalidVpcID.NotFound, InvalidLaunchTemplateName.AlreadyExistsException...) after the standard retries.
/// </summary>
public interface IEc2Client
{
    /// <summary>VPCs by id or filter (e.g. <c>isDefault</c>), or all, across pages.</summary>
    IAsyncEnumerable<Vpc> DescribeVpcsAsync(DescribeVpcsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Subnets by id or filter (usually <c>vpc-id</c>), across pages.</summary>
    IAsyncEnumerable<Subnet> DescribeSubnetsAsync(DescribeSubnetsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Security groups by id, name or filter (usually <c>vpc-id</c>), across pages.</summary>
    IAsyncEnumerable<SecurityGroup> DescribeSecurityGroupsAsync(DescribeSecurityGroupsRequest request, CancellationToken cancellationToken = default);

    Task<CreateSecurityGroupResponse> CreateSecurityGroupAsync(CreateSecurityGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 refuses a rule the group has already (InvalidPermission.Duplicate).</summary>
    Task<AuthorizeSecurityGroupIngressResponse> AuthorizeSecurityGroupIngressAsync(AuthorizeSecurityGroupIngressRequest request, CancellationToken cancellationToken = default);

    /// <summary>EC2 refuses while the group is in use (DependencyViolation).</summary>
    Task<DeleteSecurityGroupResponse> DeleteSecurityGroupAsync(DeleteSecurityGroupRequest request, CancellationToken cancellationToken = default);

    Task<CreateLaunchTemplateResponse> CreateLaunchTemplateAsync(CreateLaunchTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Launch templates by id or name, or all, across pages. A name that does not exist fails (InvalidLaunchTemplateName.NotFoundException).</summary>
    IAsyncEnumerable<LaunchTemplate> DescribeLaunchTemplatesAsync(DescribeLaunchTemplatesRequest request, CancellationToken cancellationToken = default);

    Task<DeleteLaunchTemplateResponse> DeleteLaunchTemplateAsync(DeleteLaunchTemplateRequest request, CancellationToken cancellationToken = default);
}
