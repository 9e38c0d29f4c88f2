using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Seed;

/// <summary>Fills an empty sandbox with the demo fleet, already running and steady, with a history of some weeks.</summary>
internal sealed partial class SandboxSeeder(Simulation simulation, DateTimeOffset now)
{
    private SandboxState State => simulation.State;

    private ArnFactory Arns => simulation.Arns;

    private SandboxIds Ids => simulation.Ids;

    public void Seed()
    {
        foreach (var application in SeedCatalog.Applications)
        {
            SeedRepository(application);
            SeedTaskDefinitions(application);
        }

        var prod = SeedCluster("prod", "EC2", [SeedCatalog.ProdCapacityProvider], [new(SeedCatalog.ProdCapacityProvider, 1, 0)], SeedCatalog.ProdSubnets);
        var staging = SeedCluster("staging", "FARGATE", ["FARGATE", "FARGATE_SPOT"], [new("FARGATE", 1, 1), new("FARGATE_SPOT", 1, 0)], SeedCatalog.StagingSubnets);
        SeedContainerInstances(prod);
        SeedCapacityProvider();
        SeedNetwork();
        foreach (var application in SeedCatalog.Applications)
        {
            // Production runs the revision before the newest one; staging already runs the newest, ready for promotion.
            var family = State.TaskDefinitions.Where(t => t.Family == application.Name).OrderBy(t => t.Revision).ToList();
            SeedService(prod, application, family[^2], application.ProdDesired, SeedCatalog.ProdSubnets, SeedCatalog.ProdSecurityGroup);
            SeedService(staging, application, family[^1], application.StagingDesired, SeedCatalog.StagingSubnets, SeedCatalog.StagingSecurityGroup);
        }

        SeedScaling(prod, "users", 2, 10, "ECSServiceAverageCPUUtilization", 60);
        SeedScaling(prod, "market", 2, 8, "ECSServiceAverageMemoryUtilization", 70);
        SeedBlueGreenReady(prod, "users");
        SeedBlueGreenReady(staging, "users");
    }

    private ClusterState SeedCluster(string name, string launchType, IReadOnlyList<string> providers, IReadOnlyList<CapacityProviderStrategyState> strategy, IReadOnlyList<SeedSubnet> subnets)
    {
        foreach (var subnet in subnets)
        {
            State.SubnetZones[subnet.Id] = Arns.Region + subnet.ZoneSuffix;
        }

        var cluster = new ClusterState
        {
            Name = name,
            Arn = Arns.Cluster(name),
            CapacityProviders = providers,
            DefaultCapacityProviderStrategy = strategy,
            LaunchType = launchType,
            ContainerInsights = name == "prod" ? "enabled" : "disabled",
            Tags = new() { ["environment"] = name, ["owner"] = "platform-team" },
        };
        State.Clusters.Add(cluster);
        return cluster;
    }

    /// <summary>
    /// prod's EC2 capacity: an Auto Scaling group provider with managed scaling, as the console's cluster wizard creates one.
    /// A fixed group id keeps the seed's random stream (task ids, failures) as it was.
    /// </summary>
    private void SeedCapacityProvider() =>
        State.CapacityProviders.Add(new CapacityProviderState
        {
            Name = SeedCatalog.ProdCapacityProvider,
            Arn = Arns.CapacityProvider(SeedCatalog.ProdCapacityProvider),
            Type = "EC2_AUTOSCALING",
            AutoScalingGroupArn = $"arn:aws:autoscaling:{Arns.Region}:{Arns.AccountId}:autoScalingGroup:{SeedCatalog.ProdAutoScalingGroupId}:autoScalingGroupName/{SeedCatalog.ProdAutoScalingGroup}",
            ManagedScaling = new ManagedScalingState("ENABLED", 100, 1, 10000, 300),
            ManagedTerminationProtection = "DISABLED",
            Tags = new() { ["environment"] = "prod", ["owner"] = "platform-team" },
        });

    private void SeedContainerInstances(ClusterState cluster)
    {
        foreach (var subnet in SeedCatalog.ProdSubnets)
        {
            var id = Ids.Hex(32);
            cluster.ContainerInstances.Add(new ContainerInstanceState
            {
                Id = id,
                Arn = Arns.ContainerInstance(cluster.Name, id),
                Ec2InstanceId = "i-0" + Ids.Hex(16),
                CapacityProviderName = SeedCatalog.ProdCapacityProvider,
                InstanceType = "c5.2xlarge",
                AvailabilityZone = Arns.Region + subnet.ZoneSuffix,
                RegisteredCpu = 8192,
                RegisteredMemory = 15563,
                RegisteredAt = now - TimeSpan.FromDays(12) + TimeSpan.FromMinutes(Ids.Random.Next(0, 90)),
            });
        }
    }
}
