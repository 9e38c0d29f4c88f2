using EcsConsole.Sandbox.Engine.Ec2;

namespace EcsConsole.Sandbox.Seed;

internal sealed partial class SandboxSeeder
{
    /// <summary>The default account's fleet in its second region: a reverse proxy at the edge and the router that picks a home region.</summary>
    public static readonly IReadOnlyList<SeedApplication> EdgeApplications =
    [
        new("edge-proxy", "256", "512", ["3.1.0", "3.2.0", "3.2.1"], Revisions: 2, ProdDesired: 3, StagingDesired: 0),
        new("geo-router", "256", "512", ["0.9.0", "1.0.0"], Revisions: 2, ProdDesired: 1, StagingDesired: 0),
    ];

    public const string EdgeCluster = "edge";

    public const string EdgeVpcId = "vpc-0a1b2c3d4e5f60003";

    public const string EdgeSecurityGroup = "sg-0a1b2c3d4e5f60081";

    private static readonly IReadOnlyList<SeedSubnet> EdgeSubnets =
    [
        new("subnet-0a1b2c3d4e5f60031", "a"),
        new("subnet-0a1b2c3d4e5f60032", "b"),
    ];

    /// <summary>
    /// A region's smaller fleet: a Fargate cluster "edge" running "edge-proxy" and "geo-router" on their newest revisions,
    /// with their ECR repositories and the region's own VPC, subnets and security groups.
    /// </summary>
    public void SeedEdge()
    {
        foreach (var application in EdgeApplications)
        {
            SeedRepository(application);
            SeedTaskDefinitions(application);
        }

        var cluster = SeedCluster(EdgeCluster, "FARGATE", ["FARGATE", "FARGATE_SPOT"], [new("FARGATE", 1, 1)], EdgeSubnets);
        cluster.Tags["environment"] = "prod";
        cluster.Tags["owner"] = "edge-team";
        SeedEdgeNetwork();
        foreach (var application in EdgeApplications)
        {
            var newest = State.TaskDefinitions.Where(t => t.Family == application.Name).MaxBy(t => t.Revision)!;
            SeedService(cluster, application, newest, application.ProdDesired, EdgeSubnets, EdgeSecurityGroup);
        }
    }

    private void SeedEdgeNetwork()
    {
        var ec2 = State.Ec2;
        ec2.Vpcs.Add(new VpcState(EdgeVpcId, "10.30.0.0/16", IsDefault: true, new Dictionary<string, string>()));
        for (var i = 0; i < EdgeSubnets.Count; i++)
        {
            var subnet = EdgeSubnets[i];
            var zone = Arns.Region + subnet.ZoneSuffix;
            State.SubnetZones[subnet.Id] = zone;
            ec2.Subnets.Add(new SubnetState(subnet.Id, EdgeVpcId, zone, ZoneId(subnet.ZoneSuffix), $"10.30.{i * 16}.0/20",
                DefaultForAz: false, new Dictionary<string, string> { ["Name"] = $"edge-{subnet.ZoneSuffix}" }));
        }

        ec2.SecurityGroups.Add(new SecurityGroupState("sg-0a1b2c3d4e5f60080", "default", "default VPC security group", EdgeVpcId,
            [new IngressRuleState("sgr-0a1b2c3d4e5f60080", "-1", null, null, null, "sg-0a1b2c3d4e5f60080", null)], new Dictionary<string, string>()));
        ec2.SecurityGroups.Add(new SecurityGroupState(EdgeSecurityGroup, "ecs-tasks-edge", "ECS tasks of the edge cluster", EdgeVpcId,
            [new IngressRuleState("sgr-0a1b2c3d4e5f60081", "tcp", 8080, 8080, "0.0.0.0/0", null, "from the internet-facing load balancer")],
            new Dictionary<string, string> { ["environment"] = "prod" }));
    }
}
