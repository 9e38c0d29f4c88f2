namespace EcsConsole.Core.Wizards.Clusters;

/// <summary>A VPC, subnet or security group the cluster wizard offers, with the VPC it belongs to.</summary>
/// <param name="Label">For people: id with name, zone or CIDR, e.g. <c>subnet-0a1e… (eu-west-1a, 10.0.1.0/24)</c>.</param>
public sealed record NetworkChoice(string Id, string Label, string VpcId);
