namespace EcsConsole.Core.Wizards.Clusters;

/// <summary>A VPC, subnet or security group a wizard offers, with the VPC it belongs to.</summary>
/// <param name="Label">For people: id with name, zone or CIDR, e.g. <c>subnet-0a1e… (eu-west-1a, 10.0.1.0/24)</c>.</param>
/// <param name="Zone">A subnet's Availability Zone; null for VPCs and security groups.</param>
/// <param name="Name">A security group's name, or the Name tag of a VPC or subnet; null when it has none.</param>
public sealed record NetworkChoice(string Id, string Label, string VpcId, string? Zone = null, string? Name = null);

/// <summary>The subnets and security groups EC2 knows in one VPC, as read for a wizard's pickers and its existence checks.</summary>
public sealed record VpcNetwork(string VpcId, IReadOnlyList<NetworkChoice> Subnets, IReadOnlyList<NetworkChoice> SecurityGroups)
{
    public bool HasSubnet(string id) => Subnets.Any(s => s.Id == id);

    public bool HasSecurityGroup(string id) => SecurityGroups.Any(g => g.Id == id);
}
