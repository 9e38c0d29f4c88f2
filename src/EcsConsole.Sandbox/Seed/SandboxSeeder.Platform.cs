using EcsConsole.Sandbox.Engine.Ec2;

namespace EcsConsole.Sandbox.Seed;

internal sealed partial class SandboxSeeder
{
    /// <summary>The platform team's services in the second account: an API gateway and the sign-in service behind it.</summary>
    public static readonly IReadOnlyList<SeedApplication> PlatformApplications =
    [
        new("gateway", "512", "1024", ["2.3.0", "2.4.0", "2.4.1", "2.5.0"], Revisions: 3, ProdDesired: 2, StagingDesired: 0),
        new("auth", "256", "512", ["1.8.0", "1.9.0", "1.9.1"], Revisions: 2, ProdDesired: 2, StagingDesired: 0),
    ];

    public const string PlatformCluster = "platform";

    public const string PlatformVpcId = "vpc-0e2f3a4b5c6d70002";

    public const string PlatformSecurityGroup = "sg-0e2f3a4b5c6d70071";

    private static readonly IReadOnlyList<SeedSubnet> PlatformSubnets =
    [
        new("subnet-0e2f3a4b5c6d70021", "a"),
        new("subnet-0e2f3a4b5c6d70022", "b"),
    ];

    /// <summary>
    /// Another account's fleet: a Fargate cluster "platform" running "gateway" and "auth" on their newest revisions, with
    /// their ECR repositories and the account's own VPC, subnets and security groups (ids unlike the default account's).
    /// </summary>
    public void SeedPlatform()
    {
        foreach (var application in PlatformApplications)
        {
            SeedRepository(application);
            SeedTaskDefinitions(application);
        }

        var cluster = SeedCluster(PlatformCluster, "FARGATE", ["FARGATE", "FARGATE_SPOT"], [new("FARGATE", 1, 1)], PlatformSubnets);
        cluster.Tags["owner"] = "platform-team";
        SeedPlatformNetwork();
        foreach (var application in PlatformApplications)
        {
            var newest = State.TaskDefinitions.Where(t => t.Family == application.Name).MaxBy(t => t.Revision)!;
            SeedService(cluster, application, newest, application.ProdDesired, PlatformSubnets, PlatformSecurityGroup);
        }
    }

    private void SeedPlatformNetwork()
    {
        var ec2 = State.Ec2;
        ec2.Vpcs.Add(new VpcState(PlatformVpcId, "10.20.0.0/16", IsDefault: true, new Dictionary<string, string>()));
        for (var i = 0; i < PlatformSubnets.Count; i++)
        {
            var subnet = PlatformSubnets[i];
            var zone = Arns.Region + subnet.ZoneSuffix;
            State.SubnetZones[subnet.Id] = zone;
            ec2.Subnets.Add(new SubnetState(subnet.Id, PlatformVpcId, zone, ZoneId(subnet.ZoneSuffix), $"10.20.{i * 16}.0/20",
                DefaultForAz: false, new Dictionary<string, string> { ["Name"] = $"platform-{subnet.ZoneSuffix}" }));
        }

        ec2.SecurityGroups.Add(new SecurityGroupState("sg-0e2f3a4b5c6d70070", "default", "default VPC security group", PlatformVpcId,
            [new IngressRuleState("sgr-0e2f3a4b5c6d70070", "-1", null, null, null, "sg-0e2f3a4b5c6d70070", null)], new Dictionary<string, string>()));
        ec2.SecurityGroups.Add(new SecurityGroupState(PlatformSecurityGroup, "ecs-tasks-platform", "ECS tasks of the platform cluster", PlatformVpcId,
            [new IngressRuleState("sgr-0e2f3a4b5c6d70071", "tcp", 8080, 8080, "10.20.0.0/16", null, "from the load balancers")],
            new Dictionary<string, string> { ["environment"] = "platform" }));
    }
}
