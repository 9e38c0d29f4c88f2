using EcsConsole.Aws.Ecs;
using EcsConsole.Core.TaskDefinitions;
using WireKeyValue = EcsConsole.Aws.Ecs.KeyValuePair;

namespace EcsConsole.Core.Tests.Catalog;

public sealed class TaskDefinitionDiffTests
{
    [Fact]
    public void Compare_OnlyNoiseDiffers_HasNoChanges()
    {
        var from = Definition(3);
        var to = Definition(5) with
        {
            Status = "INACTIVE",
            RegisteredAt = DateTimeOffset.UnixEpoch.AddDays(2),
            RegisteredBy = "arn:aws:iam::1:user/other",
            DeregisteredAt = DateTimeOffset.UnixEpoch.AddDays(3),
            Compatibilities = ["EC2", "FARGATE", "EXTERNAL"],
            RequiresAttributes = [new EcsAttribute { Name = "com.amazonaws.ecs.capability.logging-driver.awslogs" }],
        };

        var comparison = TaskDefinitionDiff.Compare(from.ToDetail(), to.ToDetail());

        Assert.False(comparison.HasChanges);
    }

    [Fact]
    public void Compare_ImageAndCpuChanged_ListsBothOnTheContainer()
    {
        var to = Definition(5, app: App() with { Image = "repo/users:1.4.2", Cpu = 512 });

        var app = Diff(Definition(3), to).Containers.Single(c => c.Name == "app");

        Assert.Contains(new FieldDifference("image", "repo/users:1.4.1", "repo/users:1.4.2", FieldChange.Changed), app.Fields);
        Assert.Contains(new FieldDifference("cpu", "256", "512", FieldChange.Changed), app.Fields);
        Assert.Null(app.Presence);
    }

    [Fact]
    public void Compare_EnvironmentAddedRemovedChanged_ListsEachVariable()
    {
        var from = Definition(3, app: App() with { Environment = [Env("LOG_LEVEL", "info"), Env("OLD", "1")] });
        var to = Definition(5, app: App() with { Environment = [Env("LOG_LEVEL", "debug"), Env("NEW", "2")] });

        var fields = Diff(from, to).Containers.Single().Fields;

        Assert.Contains(new FieldDifference("environment.LOG_LEVEL", "info", "debug", FieldChange.Changed), fields);
        Assert.Contains(new FieldDifference("environment.NEW", null, "2", FieldChange.Added), fields);
        Assert.Contains(new FieldDifference("environment.OLD", "1", null, FieldChange.Removed), fields);
    }

    [Fact]
    public void Compare_SecretLookingValueChanged_ShowsChangeWithoutTheValue()
    {
        var from = Definition(3, app: App() with { Environment = [Env("DB_PASSWORD", "hunter2")] });
        var to = Definition(5, app: App() with { Environment = [Env("DB_PASSWORD", "correct-horse")] });

        var field = Assert.Single(Diff(from, to).Containers.Single().Fields);

        Assert.Equal(FieldChange.Changed, field.Change);
        Assert.DoesNotContain("hunter2", field.Before);
        Assert.DoesNotContain("correct-horse", field.After);
        Assert.Contains("changed", field.After);
    }

    [Fact]
    public void Compare_SecretsAndLogOptions_ComparedByNameAndKey()
    {
        var from = Definition(3, app: App() with
        {
            Secrets = [new Secret { Name = "API_TOKEN", ValueFrom = "arn:aws:secretsmanager:eu-west-1:1:secret:a" }],
            LogConfiguration = new LogConfiguration { LogDriver = "awslogs", Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/users" } },
        });
        var to = Definition(5, app: App() with
        {
            Secrets = [new Secret { Name = "API_TOKEN", ValueFrom = "arn:aws:secretsmanager:eu-west-1:1:secret:b" }],
            LogConfiguration = new LogConfiguration { LogDriver = "awslogs", Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/users-v2" } },
        });

        var fields = Diff(from, to).Containers.Single().Fields.Select(f => f.Field);

        Assert.Equal(["logConfiguration.options.awslogs-group", "secrets.API_TOKEN"], fields.Order());
    }

    [Fact]
    public void Compare_ContainerOnlyInNewer_IsAddedWithItsDefinition()
    {
        var sidecar = new ContainerDefinition { Name = "envoy", Image = "envoyproxy/envoy:v1.30" };
        var to = Definition(5) with { ContainerDefinitions = [App(), sidecar] };

        var added = Diff(Definition(3), to).Containers.Single(c => c.Name == "envoy");

        Assert.Equal(FieldChange.Added, added.Presence);
        Assert.Contains(new FieldDifference("image", null, "envoyproxy/envoy:v1.30", FieldChange.Added), added.Fields);
    }

    [Fact]
    public void Compare_TaskLevelChanges_ListedApartFromContainers()
    {
        var to = Definition(5) with { Memory = "2048", TaskRoleArn = "arn:aws:iam::1:role/users-v2", NetworkMode = "bridge" };

        var comparison = Diff(Definition(3), to);

        Assert.Equal(["memory", "networkMode", "taskRoleArn"], comparison.TaskFields.Select(f => f.Field).Order());
        Assert.False(comparison.Containers.Single().HasChanges);
    }

    private static TaskDefinitionComparison Diff(TaskDefinition from, TaskDefinition to) =>
        TaskDefinitionDiff.Compare(from.ToDetail(), to.ToDetail());

    private static WireKeyValue Env(string name, string value) => new() { Name = name, Value = value };

    private static ContainerDefinition App() => new()
    {
        Name = "app",
        Image = "repo/users:1.4.1",
        Cpu = 256,
        Memory = 512,
        Essential = true,
        PortMappings = [new PortMapping { ContainerPort = 8080, Protocol = "tcp" }],
    };

    private static TaskDefinition Definition(int revision, ContainerDefinition? app = null) => new()
    {
        TaskDefinitionArn = $"arn:aws:ecs:eu-west-1:1:task-definition/users:{revision}",
        Family = "users",
        Revision = revision,
        Status = "ACTIVE",
        Cpu = "512",
        Memory = "1024",
        NetworkMode = "awsvpc",
        TaskRoleArn = "arn:aws:iam::1:role/users",
        RegisteredAt = DateTimeOffset.UnixEpoch.AddDays(revision),
        RegisteredBy = "arn:aws:iam::1:user/ci",
        Compatibilities = ["EC2", "FARGATE"],
        ContainerDefinitions = [app ?? App()],
    };
}
