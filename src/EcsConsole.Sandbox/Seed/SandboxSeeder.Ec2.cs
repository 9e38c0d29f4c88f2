using EcsConsole.Sandbox.Engine.Ec2;

namespace EcsConsole.Sandbox.Seed;

internal sealed partial class SandboxSeeder
{
    public const string DefaultVpcId = "vpc-0c1d2e3f4a5b60001";

    public const string DefaultSecurityGroupId = "sg-0a5c3e1f7d9b20070";

    /// <summary>
    /// Fixed ids, not drawn from the seeded random numbers, so the rest of the seed stays as it was.
    /// The account's default VPC, holding the very subnets (and zones) the seeded services run in, so what a wizard picks
    /// matches the fleet; its default security group and the groups the seeded services use.
    /// </summary>
    private void SeedNetwork()
    {
        var ec2 = State.Ec2;
        ec2.Vpcs.Add(new VpcState(DefaultVpcId, "172.31.0.0/16", IsDefault: true, new Dictionary<string, string>()));
        var subnets = SeedCatalog.ProdSubnets.Concat(SeedCatalog.StagingSubnets).ToList();
        for (var i = 0; i < subnets.Count; i++)
        {
            var subnet = subnets[i];
            var zone = Arns.Region + subnet.ZoneSuffix;
            State.SubnetZones[subnet.Id] = zone;
            var cluster = i < SeedCatalog.ProdSubnets.Count ? "prod" : "staging";
            ec2.Subnets.Add(new SubnetState(subnet.Id, DefaultVpcId, zone, ZoneId(subnet.ZoneSuffix), $"172.31.{i * 16}.0/20",
                DefaultForAz: false, new Dictionary<string, string> { ["Name"] = $"{cluster}-{subnet.ZoneSuffix}" }));
        }

        ec2.SecurityGroups.Add(new SecurityGroupState(DefaultSecurityGroupId, "default", "default VPC security group", DefaultVpcId,
            [new IngressRuleState("sgr-0c1a2b3d4e5f60071", "-1", null, null, null, DefaultSecurityGroupId, null)], new Dictionary<string, string>()));
        ec2.SecurityGroups.Add(new SecurityGroupState(SeedCatalog.ProdSecurityGroup, "ecs-tasks", "ECS tasks of the prod cluster", DefaultVpcId,
            [new IngressRuleState("sgr-0c1a2b3d4e5f60072", "tcp", 8080, 8080, "172.31.0.0/16", null, "from the load balancers")],
            new Dictionary<string, string> { ["environment"] = "prod" }));
        ec2.SecurityGroups.Add(new SecurityGroupState(SeedCatalog.StagingSecurityGroup, "ecs-tasks-staging", "ECS tasks of the staging cluster", DefaultVpcId,
            [new IngressRuleState("sgr-0c1a2b3d4e5f60073", "tcp", 8080, 8080, "172.31.0.0/16", null, "from the load balancers")],
            new Dictionary<string, string> { ["environment"] = "staging" }));
    }

    // Zone ids name the physical zone: eu-west-1a is euw1-az1 here (AWS maps them per account; one fixed mapping will do).
    private string ZoneId(string suffix)
    {
        var parts = Arns.Region.Split('-');
        var code = parts.Length == 3 ? parts[0] + parts[1][0] + parts[2] : Arns.Region;
        return $"{code}-az{suffix[0] - 'a' + 1}";
    }
}
