namespace EcsConsole.Sandbox.Seed;

/// <summary>The demo fleet from the product story: four microservices on a production EC2 cluster and a staging Fargate cluster.</summary>
internal static class SeedCatalog
{
    public static readonly IReadOnlyList<SeedApplication> Applications =
    [
        new("users", "512", "1024", ["1.0.0", "1.1.0", "1.2.0", "1.2.1", "1.3.0", "1.4.0", "1.4.1", "1.4.2"], Revisions: 5, ProdDesired: 3, StagingDesired: 2),
        new("news", "256", "512", ["2.0.0", "2.1.0", "2.1.1", "2.2.0", "2.3.0", "2.3.1"], Revisions: 4, ProdDesired: 2, StagingDesired: 1),
        new("market", "1024", "2048", ["0.9.0", "1.0.0", "1.0.1", "1.1.0", "1.2.0", "1.2.1", "1.3.0", "1.3.1", "1.4.0", "1.5.0"], Revisions: 3, ProdDesired: 4, StagingDesired: 2),
        new("blog", "256", "512", ["3.0.0", "3.0.1", "3.1.0", "3.2.0", "3.2.1", "3.3.0", "3.4.0"], Revisions: 4, ProdDesired: 2, StagingDesired: 1),
    ];

    public static readonly IReadOnlyList<SeedSubnet> ProdSubnets =
    [
        new("subnet-0a1e7c3b5d9f20011", "a"),
        new("subnet-0a1e7c3b5d9f20012", "b"),
        new("subnet-0a1e7c3b5d9f20013", "c"),
    ];

    public static readonly IReadOnlyList<SeedSubnet> StagingSubnets =
    [
        new("subnet-05c4b2e8a7d610021", "a"),
        new("subnet-05c4b2e8a7d610022", "b"),
    ];

    public const string ProdSecurityGroup = "sg-0d3f1a2b4c5e60071";

    public const string StagingSecurityGroup = "sg-0b9e8d7c6a5f40072";

    public const string ProdCapacityProvider = "prod-asg-cp";

    public const string ProdAutoScalingGroup = "prod-ecs-asg";

    public const string ProdAutoScalingGroupId = "8e3b6f52-1c4d-4a7e-9b20-5d6c7e8f9a01";
}

internal sealed record SeedApplication(string Name, string Cpu, string Memory, IReadOnlyList<string> Versions, int Revisions, int ProdDesired, int StagingDesired);

internal sealed record SeedSubnet(string Id, string ZoneSuffix);
