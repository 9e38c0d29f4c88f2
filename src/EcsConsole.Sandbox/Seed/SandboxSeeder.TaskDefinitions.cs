using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Seed;

internal sealed partial class SandboxSeeder
{
    private void SeedTaskDefinitions(SeedApplication application)
    {
        var repository = State.FindRepository(application.Name)!;
        var versions = application.Versions.Skip(application.Versions.Count - application.Revisions).ToList();
        var secretArn = Arns.Secret($"{application.Name}/database", Ids.Hex(6));
        for (var i = 0; i < versions.Count; i++)
        {
            var image = repository.FindByTag(versions[i])!;
            var revision = i + 1;
            State.TaskDefinitions.Add(new TaskDefinitionState
            {
                Family = application.Name,
                Revision = revision,
                Arn = Arns.TaskDefinition(application.Name, revision),
                Cpu = application.Cpu,
                Memory = application.Memory,
                RequiresCompatibilities = ["EC2", "FARGATE"],
                TaskRoleArn = Arns.Role($"{application.Name}-task-role"),
                ExecutionRoleArn = Arns.Role("ecsTaskExecutionRole"),
                Containers = [NewContainer(application, $"{repository.Uri}:{versions[i]}", versions[i], secretArn)],
                RegisteredAt = image.PushedAt + TimeSpan.FromMinutes(12),
                RegisteredBy = Arns.User("ci-pipeline"),
                Tags = new() { ["team"] = application.Name, ["managed-by"] = "pipeline" },
            });
        }
    }

    private ContainerDefinitionState NewContainer(SeedApplication application, string image, string version, string secretArn) => new(
        Name: application.Name,
        Image: image,
        Cpu: int.Parse(application.Cpu, System.Globalization.CultureInfo.InvariantCulture),
        Memory: int.Parse(application.Memory, System.Globalization.CultureInfo.InvariantCulture),
        MemoryReservation: null,
        Essential: true,
        PortMappings: [new PortMappingState(8080, 8080, "tcp", $"{application.Name}-8080-tcp", "http")],
        Environment:
        [
            new("SERVICE_NAME", application.Name),
            new("SERVICE_VERSION", version),
            new("PORT", "8080"),
            new("LOG_LEVEL", "info"),
        ],
        Secrets: [new("DATABASE_PASSWORD", secretArn)],
        LogConfiguration: new LogConfigurationState("awslogs", new Dictionary<string, string>
        {
            ["awslogs-group"] = $"/ecs/{application.Name}",
            ["awslogs-region"] = Arns.Region,
            ["awslogs-stream-prefix"] = "ecs",
            ["awslogs-create-group"] = "true",
        }),
        HealthCheck: new HealthCheckState(["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"], Interval: 10, Timeout: 5, Retries: 3, StartPeriod: 15));
}
