using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>The AWS CLI (botocore) is an independent client: it signs, serializes and parses by the official models.</summary>
public sealed class AwsCliTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), _time, CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task AwsCli_DummyCredentials_ReadsTheSeededFleet()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        var listClusters = cli.JsonAsync("ecs", "list-clusters");
        var describeClusters = cli.JsonAsync("ecs", "describe-clusters", "--clusters", "prod", "staging");
        var listServices = cli.JsonAsync("ecs", "list-services", "--cluster", "prod");
        var describeServices = cli.JsonAsync("ecs", "describe-services", "--cluster", "prod", "--services", "users", "news", "market", "blog");
        var listTasks = cli.JsonAsync("ecs", "list-tasks", "--cluster", "prod", "--service-name", "users");
        var listTaskDefinitions = cli.JsonAsync("ecs", "list-task-definitions");
        var describeTaskDefinition = cli.JsonAsync("ecs", "describe-task-definition", "--task-definition", "users");
        var repositories = cli.JsonAsync("ecr", "describe-repositories");
        var images = cli.JsonAsync("ecr", "describe-images", "--repository-name", "users");
        var identity = cli.JsonAsync("sts", "get-caller-identity");
        var logGroups = cli.JsonAsync("logs", "describe-log-groups");
        await Task.WhenAll(listClusters, describeClusters, listServices, describeServices, listTasks, listTaskDefinitions, describeTaskDefinition, repositories, images, identity, logGroups);

        Assert.Equal(["arn:aws:ecs:eu-west-1:000000000000:cluster/prod", "arn:aws:ecs:eu-west-1:000000000000:cluster/staging"], Strings((await listClusters)["clusterArns"]));
        var clusters = (await describeClusters)["clusters"]!.AsArray();
        Assert.Equal(["prod", "staging"], clusters.Select(c => c!["clusterName"]!.GetValue<string>()));
        Assert.Equal(11, clusters[0]!["runningTasksCount"]!.GetValue<int>());
        Assert.Equal(3, clusters[0]!["registeredContainerInstancesCount"]!.GetValue<int>());
        Assert.Equal(4, clusters[1]!["activeServicesCount"]!.GetValue<int>());
        Assert.Equal(4, (await listServices)["serviceArns"]!.AsArray().Count);
        var users = (await describeServices)["services"]!.AsArray().Single(s => s!["serviceName"]!.GetValue<string>() == "users")!;
        Assert.Equal(3, users["runningCount"]!.GetValue<int>());
        Assert.Equal("COMPLETED", users["deployments"]![0]!["rolloutState"]!.GetValue<string>());
        Assert.Equal("(service users) has reached a steady state.", users["events"]![0]!["message"]!.GetValue<string>());
        var taskArns = Strings((await listTasks)["taskArns"]);
        Assert.Equal(3, taskArns.Count);
        Assert.Equal(16, (await listTaskDefinitions)["taskDefinitionArns"]!.AsArray().Count);
        var definition = (await describeTaskDefinition)["taskDefinition"]!;
        Assert.Equal(5, definition["revision"]!.GetValue<int>());
        Assert.EndsWith("/users:1.4.2", definition["containerDefinitions"]![0]!["image"]!.GetValue<string>());
        Assert.Equal("/ecs/users", definition["containerDefinitions"]![0]!["logConfiguration"]!["options"]!["awslogs-group"]!.GetValue<string>());
        Assert.Equal(["blog", "market", "news", "users"], (await repositories)["repositories"]!.AsArray().Select(r => r!["repositoryName"]!.GetValue<string>()));
        var tags = (await images)["imageDetails"]!.AsArray().SelectMany(i => Strings(i!["imageTags"])).ToList();
        Assert.Contains("latest", tags);
        Assert.Contains("broken", tags);
        Assert.Contains("1.4.2", tags);
        Assert.Equal("000000000000", (await identity)["Account"]!.GetValue<string>());
        Assert.Contains((await logGroups)["logGroups"]!.AsArray(), g => g!["logGroupName"]!.GetValue<string>() == "/ecs/users");

        var tasks = await cli.JsonAsync(["ecs", "describe-tasks", "--cluster", "prod", "--tasks", .. taskArns]);
        Assert.All(tasks["tasks"]!.AsArray(), t => Assert.Equal("RUNNING", t!["lastStatus"]!.GetValue<string>()));
        Assert.All(tasks["tasks"]!.AsArray(), t => Assert.Equal("service:users", t!["group"]!.GetValue<string>()));
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_RegisterAndCreateService_ServiceRunsAfterSimulatedTime()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        var definition = """
            {"family":"reports","requiresCompatibilities":["FARGATE"],"networkMode":"awsvpc","cpu":"256","memory":"512",
             "containerDefinitions":[{"name":"reports","image":"000000000000.dkr.ecr.eu-west-1.amazonaws.com/blog:latest","essential":true,
               "portMappings":[{"containerPort":8080}],
               "logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/reports","awslogs-stream-prefix":"ecs"}}}]}
            """;

        var registered = await cli.JsonAsync("ecs", "register-task-definition", "--cli-input-json", definition);
        await cli.JsonAsync("ecs", "create-service", "--cluster", "staging", "--service-name", "reports", "--task-definition", "reports:1", "--desired-count", "2",
            "--network-configuration", "awsvpcConfiguration={subnets=[subnet-05c4b2e8a7d610021,subnet-05c4b2e8a7d610022]}");
        _time.Advance(TimeSpan.FromMinutes(2));
        var described = await cli.JsonAsync("ecs", "describe-services", "--cluster", "staging", "--services", "reports");

        Assert.Equal("arn:aws:ecs:eu-west-1:000000000000:task-definition/reports:1", registered["taskDefinition"]!["taskDefinitionArn"]!.GetValue<string>());
        var service = described["services"]![0]!;
        Assert.Equal(2, service["runningCount"]!.GetValue<int>());
        Assert.Equal("COMPLETED", service["deployments"]![0]!["rolloutState"]!.GetValue<string>());
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_SandboxCredentials_SignaturesVerify()
    {
        var cli = new AwsCli(_server.Url, "sandbox", "sandbox-secret");
        var identity = cli.JsonAsync("sts", "get-caller-identity");
        var services = cli.JsonAsync("ecs", "describe-services", "--cluster", "staging", "--services", "users");
        await Task.WhenAll(identity, services);

        Assert.Equal("arn:aws:iam::000000000000:user/sandbox", (await identity)["Arn"]!.GetValue<string>());
        Assert.Equal(2, (await services)["services"]![0]!["desiredCount"]!.GetValue<int>());
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_SandboxKeyWithWrongSecret_Refused()
    {
        var cli = new AwsCli(_server.Url, "sandbox", "not-the-secret");
        var ecs = cli.RunAsync("ecs", "list-clusters");
        var sts = cli.RunAsync("sts", "get-caller-identity");
        await Task.WhenAll(ecs, sts);

        Assert.NotEqual(0, (await ecs).ExitCode);
        Assert.Contains("InvalidSignatureException", (await ecs).Error);
        Assert.NotEqual(0, (await sts).ExitCode);
        Assert.Contains("SignatureDoesNotMatch", (await sts).Error);
    }

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToList();
}
