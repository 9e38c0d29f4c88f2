using System.Globalization;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecr;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Seed;

internal sealed partial class SandboxSeeder
{
    private static readonly SeedApplication FleetApplication = new("fleet-app", "256", "512", ["1.0.0"], Revisions: 1, ProdDesired: 0, StagingDesired: 0);

    /// <summary>A steady synthetic fleet of the configured size: cheap to seed (one revision, no deployment history) but complete on the wire.</summary>
    public void SeedFleet(SandboxScale scale)
    {
        for (var r = 1; r <= scale.Repositories; r++)
        {
            SeedFleetRepository($"fleet-repo-{Number(r, scale.Repositories)}", scale.ImagesPerRepository);
        }

        if (scale.Clusters <= 0)
        {
            return;
        }

        if (State.FindRepository(FleetApplication.Name) is null)
        {
            SeedRepository(FleetApplication);
            SeedTaskDefinitions(FleetApplication);
        }

        var definition = State.TaskDefinitions.Single(t => t.Family == FleetApplication.Name);
        for (var c = 1; c <= scale.Clusters; c++)
        {
            var cluster = SeedCluster($"fleet-{Number(c, scale.Clusters)}", "FARGATE", ["FARGATE"], [new("FARGATE", 1, 0)], SeedCatalog.StagingSubnets);
            for (var s = 1; s <= scale.ServicesPerCluster; s++)
            {
                SeedFleetService(cluster, $"svc-{Number(s, Math.Max(scale.ServicesPerCluster, 100))}", definition, scale.TasksPerService);
            }
        }
    }

    private static string Number(int value, int count) =>
        value.ToString(new string('0', Math.Max(2, count.ToString(CultureInfo.InvariantCulture).Length)), CultureInfo.InvariantCulture);

    private void SeedFleetRepository(string name, int images)
    {
        var repository = new RepositoryState
        {
            Name = name,
            Arn = Arns.Repository(name),
            RegistryId = Arns.AccountId,
            Uri = Arns.RepositoryUri(name),
            CreatedAt = now - TimeSpan.FromDays(90),
        };
        for (var i = 0; i < images; i++)
        {
            var tags = new List<string> { $"1.0.{i}" };
            if (i == images - 1)
            {
                tags.Add("latest");
            }

            repository.Images.Add(NewImage(tags, now - TimeSpan.FromHours(images - i), scanned: false, exitsAtStart: false));
        }

        State.Repositories.Add(repository);
    }

    private void SeedFleetService(ClusterState cluster, string name, TaskDefinitionState definition, int desired)
    {
        var service = new ServiceState
        {
            Name = name,
            Arn = Arns.Service(cluster.Name, name),
            ClusterArn = cluster.Arn,
            DesiredCount = desired,
            CapacityProviderStrategy = cluster.DefaultCapacityProviderStrategy,
            PlatformVersion = "LATEST",
            TaskDefinitionArn = definition.Arn,
            CreatedAt = now - TimeSpan.FromDays(30),
            CreatedBy = Arns.Role("ecs-admin"),
            Subnets = SeedCatalog.StagingSubnets.Select(s => s.Id).ToList(),
            SecurityGroups = [SeedCatalog.StagingSecurityGroup],
            Tags = new() { ["environment"] = cluster.Name },
        };
        cluster.Services.Add(service);
        var deployedAt = now - TimeSpan.FromDays(1);
        var deployment = simulation.StartDeployment(service, definition.Arn, deployedAt);
        for (var i = 0; i < desired; i++)
        {
            StartSeededTask(cluster, service, deployment, deployedAt);
        }

        CompleteSeeded(deployment, deployedAt + TimeSpan.FromMinutes(1));
        simulation.AddEvent(service, deployedAt + TimeSpan.FromMinutes(1), "has reached a steady state.");
        service.SteadyStateReportedAt = now - TimeSpan.FromMinutes(Ids.Random.Next(5, 355));
    }
}
