using System.Net;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Aws.Tests.Reading;

// What an AWS-compatible endpoint that answers a little differently from the model must not break.
public sealed class TolerantJsonReadingTests
{
    [Fact]
    public async Task DescribeTasksAsync_ContainerCpuAsNumberZero_ReadsCpuAsTextAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"tasks":[{"taskArn":"t1","containers":[{"name":"app","cpu":0,"memory":512}]}]}""");

        var response = await Client(aws).DescribeTasksAsync(Request());

        var container = Assert.Single(Assert.Single(response.Tasks!).Containers!);
        Assert.Equal("0", container.Cpu);
        Assert.Equal("512", container.Memory);
        Assert.Empty(AwsReadIssues.Of(response));
    }

    [Fact]
    public async Task DescribeTasksAsync_NumbersBooleansAndTimestampsAsStrings_ReadsTheSameValuesAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""
            {"tasks":[{"taskArn":"t1","version":"12","enableExecuteCommand":"TRUE","createdAt":"1764237600.5",
              "stoppedAt":"2026-11-27T10:00:00Z","startedAt":1764237601,
              "containers":[{"name":"app","exitCode":"137","networkBindings":[{"containerPort":8080.0,"hostPort":" 80 "}]}]}]}
            """);

        var task = Assert.Single((await Client(aws).DescribeTasksAsync(Request())).Tasks!);

        Assert.Equal(12, task.Version);
        Assert.True(task.EnableExecuteCommand);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764237600500), task.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero), task.StoppedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1764237601), task.StartedAt);
        var container = Assert.Single(task.Containers!);
        Assert.Equal(137, container.ExitCode);
        Assert.Equal(8080, container.NetworkBindings![0].ContainerPort);
        Assert.Equal(80, container.NetworkBindings![0].HostPort);
    }

    [Fact]
    public async Task DescribeTasksAsync_UnknownEnumValueAndUnknownMembers_KeepsTheValueAsTextAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"tasks":[{"taskArn":"t1","lastStatus":"HIBERNATING","futureMember":{"a":[1,2]},"launchType":"ORBITAL"}],"newTopLevel":7}""");

        var task = Assert.Single((await Client(aws).DescribeTasksAsync(Request())).Tasks!);

        Assert.Equal("HIBERNATING", task.LastStatus);
        Assert.Equal("ORBITAL", task.LaunchType);
    }

    [Fact]
    public async Task DescribeTasksAsync_OneTaskWithAnObjectWhereAStringIsDue_LeavesOutThatTaskAndReportsItsPathAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""
            {"tasks":[{"taskArn":"t0","lastStatus":"RUNNING"},{"taskArn":"t1","lastStatus":{"code":"RUNNING"}},{"taskArn":"t2","lastStatus":"STOPPED"}]}
            """);

        var response = await Client(aws).DescribeTasksAsync(Request());

        Assert.Equal(["t0", "t2"], response.Tasks!.Select(t => t.TaskArn));
        var issue = Assert.Single(AwsReadIssues.Of(response));
        Assert.Equal("ECS", issue.Service);
        Assert.Equal("DescribeTasks", issue.Operation);
        Assert.Equal("tasks[1].lastStatus", issue.Path);
        Assert.Equal("tasks[1]", issue.SkippedElement);
        Assert.Equal("tasks", issue.Collection);
        Assert.Equal("tasks[].lastStatus", issue.Place);
        Assert.Equal("Expected a string but found an object.", issue.Reason);
    }

    [Fact]
    public async Task DescribeTasksAsync_BadElementsAtSeveralDepths_ReportsTheIndicesAsReceivedAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""
            {"tasks":[
              {"taskArn":"t0","containers":[{"name":"a"},{"name":"b","exitCode":"one hundred"},{"name":"c"}]},
              {"taskArn":"t1","group":[]},
              {"taskArn":"t2","containers":[{"name":"d","gpuIds":["g0",{},"g2"]}]},
              {"taskArn":"t3","version":true}]}
            """);

        var response = await Client(aws).DescribeTasksAsync(Request());

        Assert.Equal(["t0", "t2"], response.Tasks!.Select(t => t.TaskArn));
        Assert.Equal(["a", "c"], response.Tasks![0].Containers!.Select(c => c.Name));
        Assert.Equal(["g0", "g2"], response.Tasks![1].Containers![0].GpuIds);
        Assert.Equal(
            ["tasks[0].containers[1]", "tasks[1]", "tasks[2].containers[0].gpuIds[1]", "tasks[3]"],
            AwsReadIssues.Of(response).Select(i => i.SkippedElement).Order(StringComparer.Ordinal));
        Assert.Contains(AwsReadIssues.Of(response), i => i.Path == "tasks[0].containers[1].exitCode" && i.Reason == "Expected an integer but found 'one hundred'.");
    }

    [Fact]
    public async Task DescribeTaskDefinitionAsync_BadMapValue_LeavesOutOnlyThatEntryAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""
            {"taskDefinition":{"family":"users","containerDefinitions":[{"name":"app",
              "logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/users","awslogs-region":["eu-west-1"]}}}]}}
            """);

        var response = await Client(aws).DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "users" });

        var options = response.TaskDefinition!.ContainerDefinitions![0].LogConfiguration!.Options!;
        Assert.Equal(["awslogs-group"], options.Keys);
        var issue = Assert.Single(AwsReadIssues.Of(response));
        Assert.Equal("taskDefinition.containerDefinitions[0].logConfiguration.options.awslogs-region", issue.SkippedElement);
        Assert.Equal("taskDefinition.containerDefinitions[0].logConfiguration.options", issue.Collection);
    }

    [Fact]
    public async Task DescribeTaskDefinitionAsync_BadMemberOutsideEveryList_LeavesOutThatMemberOnlyAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"taskDefinition":{"family":"users","cpu":{"units":256},"memory":"512"},"tags":[{"key":"team","value":"id"}]}""");

        var response = await Client(aws).DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "users" });

        Assert.Equal("users", response.TaskDefinition!.Family);
        Assert.Null(response.TaskDefinition.Cpu);
        Assert.Equal("512", response.TaskDefinition.Memory);
        var issue = Assert.Single(AwsReadIssues.Of(response));
        Assert.Equal("taskDefinition.cpu", issue.SkippedElement);
        Assert.Equal("taskDefinition", issue.Collection);
    }

    [Fact]
    public async Task DescribeServicesAsync_NullsWhereListsAndStringsAreDue_KeepsDeclaredDefaultsAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""
            {"services":[{"serviceName":"users","deployments":null,"events":null,"desiredCount":null,
              "networkConfiguration":{"awsvpcConfiguration":{"subnets":null,"securityGroups":null}},
              "deploymentConfiguration":{"alarms":{"alarmNames":null,"enable":null}}}],"failures":null}
            """);

        var response = await Client(aws).DescribeServicesAsync(new DescribeServicesRequest { Cluster = "prod", Services = ["users"] });

        var service = Assert.Single(response.Services!);
        Assert.Null(service.Deployments);
        Assert.Null(service.DesiredCount);
        Assert.Empty(service.NetworkConfiguration!.AwsvpcConfiguration!.Subnets);
        Assert.Empty(service.DeploymentConfiguration!.Alarms!.AlarmNames);
        Assert.False(service.DeploymentConfiguration.Alarms.Enable);
        Assert.Empty(AwsReadIssues.Of(response));
    }

    [Theory]
    [InlineData("[{\"taskArn\":\"t1\"}]")]
    [InlineData("\"tasks\"")]
    [InlineData("null")]
    [InlineData("<!doctype html><html><head><title>OK</title></head></html>")]
    public async Task DescribeTasksAsync_BodyThatIsNotAJsonObject_ThrowsUnreadableResponseAsync(string body)
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson(body);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client(aws).DescribeTasksAsync(Request()));

        Assert.Equal("UnreadableResponse", error.ErrorCode);
        Assert.Equal(AwsErrorKind.Unreadable, error.Kind);
        Assert.Equal("req-ok", error.RequestId);
        Assert.StartsWith("ECS DescribeTasks failed: UnreadableResponse: The response could not be read", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("..", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DescribeTasksAsync_MoreBadElementsThanTheLimit_ThrowsUnreadableResponseAsync()
    {
        using var aws = new TestAws();
        var tasks = string.Join(",", Enumerable.Range(0, AwsResponseReader.MaxSkippedElements + 1).Select(i => "{\"taskArn\":{\"n\":" + i + "}}"));
        aws.Handler.RespondJson($$"""{"tasks":[{{tasks}}]}""");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client(aws).DescribeTasksAsync(Request()));

        Assert.Equal(AwsErrorKind.Unreadable, error.Kind);
        Assert.Contains("100 elements were left out (the first at tasks[0].taskArn)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTasksAsync_BadArnInAPagedList_SkipsItAndReportsItToTheCaptureAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"taskArns":["a",{"arn":"b"},"c"],"nextToken":"p2"}""").RespondJson("""{"taskArns":["d"]}""");
        using var capture = AwsReadIssues.Capture();

        var arns = await Client(aws).ListTasksAsync(new ListTasksRequest { Cluster = "prod" }).ToListAsync();

        Assert.Equal(["a", "c", "d"], arns);
        var issue = Assert.Single(capture.Issues);
        Assert.Equal("taskArns[1]", issue.SkippedElement);
        Assert.Equal("ListTasks", issue.Operation);
    }

    [Fact]
    public async Task DescribeTasksAsync_SameBadPlaceTwice_LogsOneWarningAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"tasks":[{"taskArn":"t0"},{"taskArn":"t1","containers":[{"exitCode":{}}]}]}""");
        var logger = new RecordingLogger<AwsJsonClient>();
        var client = new EcsClient(new AwsJsonClient(aws.Pipeline, logger));

        await client.DescribeTasksAsync(Request());
        await client.DescribeTasksAsync(Request());

        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("ECS DescribeTasks: left out tasks[1].containers[0], which could not be read at tasks[1].containers[0].exitCode", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Requests_StayExactAfterTolerantReadingIsInstalled()
    {
        var request = new ListTasksRequest { Cluster = "prod", MaxResults = 100, DesiredStatus = "STOPPED" };

        var json = System.Text.Json.JsonSerializer.Serialize(request, AwsJsonSerializer.Options);

        Assert.Equal("""{"cluster":"prod","maxResults":100,"desiredStatus":"STOPPED"}""", json);
    }

    [Fact]
    public void WireRecords_EveryEnumValuedMember_IsAString()
    {
        var enums = typeof(AwsConnection).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("EcsConsole.Aws.", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties().Select(p => (Type: t, Property: p)))
            .Where(m => m.Property.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false).Length > 0)
            .Where(m => (Nullable.GetUnderlyingType(m.Property.PropertyType) ?? m.Property.PropertyType) is { IsEnum: true }
                || m.Property.PropertyType.GetGenericArguments().Any(a => a.IsEnum))
            .Select(m => $"{m.Type.Name}.{m.Property.Name}");

        Assert.Empty(enums);
    }

    private static DescribeTasksRequest Request() => new() { Cluster = "prod", Tasks = ["t0", "t1"] };

    private static EcsClient Client(TestAws aws) => new(new AwsJsonClient(aws.Pipeline));
}
