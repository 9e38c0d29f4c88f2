using System.Runtime.CompilerServices;
using Amazon.EC2;
using EcsConsole.Aws.Credentials;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Aws.Sdk;
using Model = Amazon.EC2.Model;

namespace EcsConsole.Aws.Ec2;

/// <summary>
/// EC2 through AWSSDK.EC2 (EC2 speaks its own Query dialect, which the SDK owns), pointed at our endpoint, credentials,
/// transport and call log by <see cref="AwsSdkInvoker"/>. Our records go in and come out; SDK types stay in here.
/// </summary>
public sealed class Ec2Client : IEc2Client
{
    private readonly AwsSdkInvoker _sdk;

    public Ec2Client(
        AwsConnection connection,
        AwsCredentialsSource credentials,
        AwsEndpointResolver endpoints,
        HttpMessageHandler transport,
        IAwsCallObserver observer,
        TimeProvider timeProvider)
    {
        _sdk = new AwsSdkInvoker(AwsServices.Ec2, connection, credentials, endpoints, transport, observer, timeProvider);
    }

    public IAsyncEnumerable<Vpc> DescribeVpcsAsync(DescribeVpcsRequest request, CancellationToken cancellationToken = default) =>
        PageAsync("DescribeVpcs", request.NextToken,
            (client, token, ct) => client.DescribeVpcsAsync(new Model.DescribeVpcsRequest
            {
                VpcIds = List(request.VpcIds), Filters = Ec2SdkMapping.ToSdk(request.Filters), MaxResults = request.MaxResults, NextToken = token,
            }, ct),
            page => (page.Vpcs?.Select(Ec2SdkMapping.FromSdk).ToList() ?? [], page.NextToken),
            cancellationToken);

    public IAsyncEnumerable<Subnet> DescribeSubnetsAsync(DescribeSubnetsRequest request, CancellationToken cancellationToken = default) =>
        PageAsync("DescribeSubnets", request.NextToken,
            (client, token, ct) => client.DescribeSubnetsAsync(new Model.DescribeSubnetsRequest
            {
                SubnetIds = List(request.SubnetIds), Filters = Ec2SdkMapping.ToSdk(request.Filters), MaxResults = request.MaxResults, NextToken = token,
            }, ct),
            page => (page.Subnets?.Select(Ec2SdkMapping.FromSdk).ToList() ?? [], page.NextToken),
            cancellationToken);

    public IAsyncEnumerable<SecurityGroup> DescribeSecurityGroupsAsync(DescribeSecurityGroupsRequest request, CancellationToken cancellationToken = default) =>
        PageAsync("DescribeSecurityGroups", request.NextToken,
            (client, token, ct) => client.DescribeSecurityGroupsAsync(new Model.DescribeSecurityGroupsRequest
            {
                GroupIds = List(request.GroupIds), GroupNames = List(request.GroupNames), Filters = Ec2SdkMapping.ToSdk(request.Filters),
                MaxResults = request.MaxResults, NextToken = token,
            }, ct),
            page => (page.SecurityGroups?.Select(Ec2SdkMapping.FromSdk).ToList() ?? [], page.NextToken),
            cancellationToken);

    public Task<CreateSecurityGroupResponse> CreateSecurityGroupAsync(CreateSecurityGroupRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync("CreateSecurityGroup", async (client, ct) =>
        {
            var response = await client.CreateSecurityGroupAsync(new Model.CreateSecurityGroupRequest
            {
                GroupName = request.GroupName, Description = request.Description, VpcId = request.VpcId,
                TagSpecifications = Ec2SdkMapping.ToSdk(request.TagSpecifications),
            }, ct).ConfigureAwait(false);
            return new CreateSecurityGroupResponse
            {
                GroupId = response.GroupId, SecurityGroupArn = response.SecurityGroupArn, Tags = Ec2SdkMapping.FromSdk(response.Tags),
            };
        }, cancellationToken);

    public Task<AuthorizeSecurityGroupIngressResponse> AuthorizeSecurityGroupIngressAsync(AuthorizeSecurityGroupIngressRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync("AuthorizeSecurityGroupIngress", async (client, ct) =>
        {
            var response = await client.AuthorizeSecurityGroupIngressAsync(new Model.AuthorizeSecurityGroupIngressRequest
            {
                GroupId = request.GroupId, IpPermissions = request.IpPermissions?.Select(Ec2SdkMapping.ToSdk).ToList(),
            }, ct).ConfigureAwait(false);
            return new AuthorizeSecurityGroupIngressResponse
            {
                Return = response.Return, SecurityGroupRules = response.SecurityGroupRules?.Select(Ec2SdkMapping.FromSdk).ToList(),
            };
        }, cancellationToken);

    public Task<DeleteSecurityGroupResponse> DeleteSecurityGroupAsync(DeleteSecurityGroupRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync("DeleteSecurityGroup", async (client, ct) =>
        {
            var response = await client.DeleteSecurityGroupAsync(new Model.DeleteSecurityGroupRequest
            {
                GroupId = request.GroupId, GroupName = request.GroupName,
            }, ct).ConfigureAwait(false);
            return new DeleteSecurityGroupResponse { Return = response.Return, GroupId = response.GroupId };
        }, cancellationToken);

    public Task<CreateLaunchTemplateResponse> CreateLaunchTemplateAsync(CreateLaunchTemplateRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync("CreateLaunchTemplate", async (client, ct) =>
        {
            var response = await client.CreateLaunchTemplateAsync(new Model.CreateLaunchTemplateRequest
            {
                LaunchTemplateName = request.LaunchTemplateName,
                VersionDescription = request.VersionDescription,
                LaunchTemplateData = Ec2SdkMapping.ToSdk(request.LaunchTemplateData),
                TagSpecifications = Ec2SdkMapping.ToSdk(request.TagSpecifications),
                ClientToken = request.ClientToken,
            }, ct).ConfigureAwait(false);
            return new CreateLaunchTemplateResponse { LaunchTemplate = Ec2SdkMapping.FromSdk(response.LaunchTemplate) };
        }, cancellationToken);

    public IAsyncEnumerable<LaunchTemplate> DescribeLaunchTemplatesAsync(DescribeLaunchTemplatesRequest request, CancellationToken cancellationToken = default) =>
        PageAsync("DescribeLaunchTemplates", request.NextToken,
            (client, token, ct) => client.DescribeLaunchTemplatesAsync(new Model.DescribeLaunchTemplatesRequest
            {
                LaunchTemplateIds = List(request.LaunchTemplateIds), LaunchTemplateNames = List(request.LaunchTemplateNames),
                Filters = Ec2SdkMapping.ToSdk(request.Filters), MaxResults = request.MaxResults, NextToken = token,
            }, ct),
            page => (page.LaunchTemplates?.Select(t => Ec2SdkMapping.FromSdk(t)!).ToList() ?? [], page.NextToken),
            cancellationToken);

    public Task<DeleteLaunchTemplateResponse> DeleteLaunchTemplateAsync(DeleteLaunchTemplateRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync("DeleteLaunchTemplate", async (client, ct) =>
        {
            var response = await client.DeleteLaunchTemplateAsync(new Model.DeleteLaunchTemplateRequest
            {
                LaunchTemplateId = request.LaunchTemplateId, LaunchTemplateName = request.LaunchTemplateName,
            }, ct).ConfigureAwait(false);
            return new DeleteLaunchTemplateResponse { LaunchTemplate = Ec2SdkMapping.FromSdk(response.LaunchTemplate) };
        }, cancellationToken);

    private Task<T> InvokeAsync<T>(string operation, Func<AmazonEC2Client, CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        _sdk.InvokeAsync<AmazonEC2Config, AmazonEC2Client, T>(operation, (credentials, config) => new AmazonEC2Client(credentials, config), call, cancellationToken);

    // One request per page, only when the caller asks for more, until EC2 stops returning a NextToken.
    private async IAsyncEnumerable<TItem> PageAsync<TPage, TItem>(
        string operation,
        string? firstToken,
        Func<AmazonEC2Client, string?, CancellationToken, Task<TPage>> call,
        Func<TPage, (List<TItem> Items, string? NextToken)> read,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var token = firstToken;
        do
        {
            var current = token;
            var page = await InvokeAsync(operation, (client, ct) => call(client, current, ct), cancellationToken).ConfigureAwait(false);
            var (items, next) = read(page);
            foreach (var item in items)
            {
                yield return item;
            }

            token = next;
        }
        while (!string.IsNullOrEmpty(token));
    }

    private static List<string>? List(IReadOnlyList<string>? values) => values?.ToList();
}
