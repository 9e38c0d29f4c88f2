using EcsConsole.Aws.Ec2;
using EcsConsole.Aws.Ssm;

namespace EcsConsole.Core.Wizards.Clusters;

/// <summary>
/// What the cluster and service wizards offer from the account: VPCs, the subnets and security groups of one VPC (EC2 lookups), and the
/// current ECS-optimised AMI of a variant (its public SSM parameter). Reads only. Singleton; AWS failures surface as
/// <see cref="EcsConsole.Aws.AwsServiceException"/>.
/// </summary>
public sealed class ClusterWizardSource(IEc2Client ec2, ISsmParameterClient ssm)
{
    public async Task<IReadOnlyList<NetworkChoice>> ListVpcsAsync(CancellationToken cancellationToken)
    {
        var vpcs = new List<NetworkChoice>();
        await foreach (var vpc in ec2.DescribeVpcsAsync(new DescribeVpcsRequest(), cancellationToken))
        {
            if (vpc.VpcId is { } id)
            {
                vpcs.Add(new NetworkChoice(id, Label(id, NameOf(vpc.Tags), vpc.CidrBlock, vpc.IsDefault == true ? "default" : null), id));
            }
        }

        // The default VPC first: it is where most accounts start.
        return [.. vpcs.OrderBy(v => !v.Label.Contains("default", StringComparison.Ordinal)).ThenBy(v => v.Id, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<NetworkChoice>> ListSubnetsAsync(string vpcId, CancellationToken cancellationToken)
    {
        var subnets = new List<(string Zone, NetworkChoice Choice)>();
        await foreach (var subnet in ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = [Filter.By("vpc-id", vpcId)] }, cancellationToken))
        {
            if (subnet.SubnetId is { } id)
            {
                var name = NameOf(subnet.Tags);
                subnets.Add((subnet.AvailabilityZone ?? "", new NetworkChoice(id, Label(id, name, subnet.AvailabilityZone, subnet.CidrBlock), subnet.VpcId ?? vpcId, subnet.AvailabilityZone, name)));
            }
        }

        return [.. subnets.OrderBy(s => s.Zone, StringComparer.Ordinal).ThenBy(s => s.Choice.Id, StringComparer.Ordinal).Select(s => s.Choice)];
    }

    public async Task<IReadOnlyList<NetworkChoice>> ListSecurityGroupsAsync(string vpcId, CancellationToken cancellationToken)
    {
        var groups = new List<NetworkChoice>();
        await foreach (var group in ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = [Filter.By("vpc-id", vpcId)] }, cancellationToken))
        {
            if (group.GroupId is { } id)
            {
                groups.Add(new NetworkChoice(id, Label(id, group.GroupName, group.Description), group.VpcId ?? vpcId, Name: group.GroupName));
            }
        }

        return [.. groups.OrderBy(g => g.Label, StringComparer.Ordinal)];
    }

    /// <summary>The subnets and security groups of one VPC (two EC2 reads; the first that fails throws).</summary>
    public async Task<VpcNetwork> ReadNetworkAsync(string vpcId, CancellationToken cancellationToken) =>
        new(vpcId, await ListSubnetsAsync(vpcId, cancellationToken), await ListSecurityGroupsAsync(vpcId, cancellationToken));

    /// <summary>The AMI id SSM holds for the variant now (AWS updates these parameters as new AMIs come out).</summary>
    public async Task<ResolvedAmi> ResolveAmiAsync(EcsAmiVariant variant, CancellationToken cancellationToken)
    {
        var name = EcsOptimizedAmi.Parameter(variant);
        var response = await ssm.GetParameterAsync(new GetParameterRequest { Name = name }, cancellationToken);
        return new ResolvedAmi(name, response.Parameter?.Value ?? "");
    }

    private static string? NameOf(IReadOnlyList<Tag>? tags) => tags?.FirstOrDefault(t => t.Key == "Name")?.Value;

    private static string Label(string id, params string?[] details)
    {
        var known = details.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        return known.Count == 0 ? id : $"{id} ({string.Join(", ", known)})";
    }
}
