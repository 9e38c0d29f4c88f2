using System.Text.Json;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using EcsConsole.Core.Rollouts;
using EcsConsole.Testing;

namespace EcsConsole.Core.Tests.Rollouts;

public sealed class TaskDefinitionCopyTests
{
    private static readonly TaskDefinition Current = new()
    {
        TaskDefinitionArn = "arn:aws:ecs:eu-west-1:000000000000:task-definition/news:4",
        Family = "news",
        Revision = 4,
        Status = "ACTIVE",
        TaskRoleArn = "arn:aws:iam::000000000000:role/news-task",
        ExecutionRoleArn = "arn:aws:iam::000000000000:role/news-execution",
        NetworkMode = "awsvpc",
        RequiresCompatibilities = ["FARGATE"],
        Compatibilities = ["EC2", "FARGATE"],
        RequiresAttributes = [new EcsAttribute { Name = "com.amazonaws.ecs.capability.logging-driver.awslogs" }],
        RegisteredBy = "arn:aws:iam::000000000000:user/ci",
        RegisteredAt = DateTimeOffset.Parse("2026-11-01T10:00:00Z"),
        Cpu = "512",
        Memory = "1024",
        Volumes = [new Volume { Name = "scratch" }],
        RuntimePlatform = new RuntimePlatform { CpuArchitecture = "ARM64", OperatingSystemFamily = "LINUX" },
        EphemeralStorage = new EphemeralStorage { SizeInGiB = 30 },
        ContainerDefinitions =
        [
            new ContainerDefinition
            {
                Name = "news",
                Image = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/news:1.4.0",
                Essential = true,
                PortMappings = [new PortMapping { ContainerPort = 8080, Protocol = "tcp" }],
                Environment = [new EcsConsole.Aws.Ecs.KeyValuePair { Name = "DB_PASSWORD", Value = "hunter2" }, new EcsConsole.Aws.Ecs.KeyValuePair { Name = "MODE", Value = "live" }],
                Secrets = [new Secret { Name = "API_TOKEN", ValueFrom = "arn:aws:secretsmanager:eu-west-1:000000000000:secret:news-token" }],
                LogConfiguration = new LogConfiguration
                {
                    LogDriver = "awslogs",
                    Options = new Dictionary<string, string> { ["awslogs-group"] = "/ecs/news", ["awslogs-region"] = "eu-west-1" },
                },
                HealthCheck = new HealthCheck { Command = ["CMD-SHELL", "curl -f http://localhost:8080/health"], Interval = 10 },
                MountPoints = [new MountPoint { SourceVolume = "scratch", ContainerPath = "/tmp/scratch" }],
            },
            new ContainerDefinition { Name = "log-router", Image = "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0", Essential = false },
        ],
    };

    [Fact]
    public void WithImages_OneContainer_ChangesOnlyThatImage()
    {
        var request = TaskDefinitionCopy.WithImages(Current, new Dictionary<string, string> { ["news"] = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/news:1.5.0" }, null);

        Assert.Equal("000000000000.dkr.ecr.eu-west-1.amazonaws.com/news:1.5.0", request.ContainerDefinitions[0].Image);
        Assert.Equal(Current.ContainerDefinitions![0] with { Image = request.ContainerDefinitions[0].Image }, request.ContainerDefinitions[0]);
        Assert.Equal(Current.ContainerDefinitions[1], request.ContainerDefinitions[1]);
    }

    [Fact]
    public void WithImages_CopiesRolesSecretsLogsAndTaskSettingsVerbatim()
    {
        var request = TaskDefinitionCopy.WithImages(Current, new Dictionary<string, string> { ["news"] = "news@sha256:" + new string('a', 64) }, null);

        Assert.Equal(Current.Family, request.Family);
        Assert.Equal(Current.TaskRoleArn, request.TaskRoleArn);
        Assert.Equal(Current.ExecutionRoleArn, request.ExecutionRoleArn);
        Assert.Equal(Current.NetworkMode, request.NetworkMode);
        Assert.Equal(Current.Cpu, request.Cpu);
        Assert.Equal(Current.Memory, request.Memory);
        Assert.Same(Current.Volumes, request.Volumes);
        Assert.Same(Current.RequiresCompatibilities, request.RequiresCompatibilities);
        Assert.Equal(Current.RuntimePlatform, request.RuntimePlatform);
        Assert.Equal(Current.EphemeralStorage, request.EphemeralStorage);
        var news = request.ContainerDefinitions[0];
        Assert.Same(Current.ContainerDefinitions![0].Secrets, news.Secrets);
        Assert.Same(Current.ContainerDefinitions[0].Environment, news.Environment);
        Assert.Same(Current.ContainerDefinitions[0].LogConfiguration, news.LogConfiguration);
        Assert.Same(Current.ContainerDefinitions[0].HealthCheck, news.HealthCheck);
    }

    [Fact]
    public void WithImages_LeavesOutWhatEcsSetsItself()
    {
        var json = JsonSerializer.SerializeToNode(TaskDefinitionCopy.WithImages(Current, new Dictionary<string, string>(), null), AwsJsonSerializer.Options)!.AsObject();

        foreach (var name in new[] { "taskDefinitionArn", "revision", "status", "compatibilities", "requiresAttributes", "registeredAt", "registeredBy" })
        {
            Assert.False(json.ContainsKey(name), $"{name} is set by ECS and must not be sent");
        }
    }

    [Fact]
    public void WithImages_FamilyTags_AreKept()
    {
        var request = TaskDefinitionCopy.WithImages(Current, new Dictionary<string, string>(), [new Tag { Key = "team", Value = "news" }]);

        Assert.Equal("news", Assert.Single(request.Tags!).Value);
    }

    [RequiresAwsModelsFact]
    public void WithImages_Request_ConformsToTheEcsModel()
    {
        var request = TaskDefinitionCopy.WithImages(Current, new Dictionary<string, string> { ["news"] = "news:1.5.0" }, [new Tag { Key = "team", Value = "news" }]);
        var body = JsonSerializer.SerializeToNode(request, AwsJsonSerializer.Options);

        Assert.Empty(ServiceModel.Load("ecs").ValidateJsonInput("RegisterTaskDefinition", body));
    }
}
