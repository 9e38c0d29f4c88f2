using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>`aws ecs register-task-definition` and `aws logs ...` (botocore) against the sandbox: the task definition wizard's calls and ECS's refusals.</summary>
public sealed class TaskDefinitionAwsCliTests : IAsyncLifetime
{
    private const string Image = "000000000000.dkr.ecr.eu-west-1.amazonaws.com/blog:latest";
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), _time, CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task AwsCli_RegisterThenDeregister_NewRevisionBecomesInactive()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var registered = await cli.JsonAsync("ecs", "register-task-definition", "--cli-input-json", Definition("reports", "512", "2048", essential: true));
        var arn = registered["taskDefinition"]!["taskDefinitionArn"]!.GetValue<string>();
        var deregistered = await cli.JsonAsync("ecs", "deregister-task-definition", "--task-definition", arn);

        Assert.Equal("arn:aws:ecs:eu-west-1:000000000000:task-definition/reports:1", arn);
        Assert.Equal("INACTIVE", deregistered["taskDefinition"]!["status"]!.GetValue<string>());
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_InvalidFargateSize_AnswersClientExceptionNamingTheValues()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var reply = await cli.RunAsync("ecs", "register-task-definition", "--cli-input-json", Definition("reports", "256", "4096", essential: true));

        Assert.NotEqual(0, reply.ExitCode);
        Assert.Contains("ClientException", reply.Error, StringComparison.Ordinal);
        Assert.Contains("No Fargate configuration exists for given values: 256 CPU, 4096 memory", reply.Error, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_NoEssentialContainer_AnswersClientException()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var reply = await cli.RunAsync("ecs", "register-task-definition", "--cli-input-json", Definition("reports", "256", "512", essential: false));

        Assert.Contains("ClientException", reply.Error, StringComparison.Ordinal);
        Assert.Contains("essential", reply.Error, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_LogGroupLifecycle_CreateTwiceThenDeleteTwice()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var created = await cli.RunAsync("logs", "create-log-group", "--log-group-name", "/ecs/reports");
        var again = await cli.RunAsync("logs", "create-log-group", "--log-group-name", "/ecs/reports");
        var deleted = await cli.RunAsync("logs", "delete-log-group", "--log-group-name", "/ecs/reports");
        var listed = await cli.JsonAsync("logs", "describe-log-groups", "--log-group-name-prefix", "/ecs/reports");
        var missing = await cli.RunAsync("logs", "delete-log-group", "--log-group-name", "/ecs/reports");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("ResourceAlreadyExistsException", again.Error, StringComparison.Ordinal);
        Assert.Equal(0, deleted.ExitCode);
        Assert.Empty(listed["logGroups"]!.AsArray());
        Assert.Contains("ResourceNotFoundException", missing.Error, StringComparison.Ordinal);
    }

    private static string Definition(string family, string cpu, string memory, bool essential) => new JsonObject
    {
        ["family"] = family,
        ["requiresCompatibilities"] = new JsonArray("FARGATE"),
        ["networkMode"] = "awsvpc",
        ["cpu"] = cpu,
        ["memory"] = memory,
        ["containerDefinitions"] = new JsonArray(new JsonObject
        {
            ["name"] = "app",
            ["image"] = Image,
            ["essential"] = essential,
            ["portMappings"] = new JsonArray(new JsonObject { ["containerPort"] = 8080, ["protocol"] = "tcp", ["appProtocol"] = "http", ["name"] = "http" }),
            ["logConfiguration"] = new JsonObject
            {
                ["logDriver"] = "awslogs",
                ["options"] = new JsonObject { ["awslogs-group"] = $"/ecs/{family}", ["awslogs-region"] = "eu-west-1", ["awslogs-stream-prefix"] = "ecs" },
            },
        }),
    }.ToJsonString();
}
