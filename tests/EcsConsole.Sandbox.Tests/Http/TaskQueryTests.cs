using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

public sealed class TaskQueryTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);
    private SandboxServer _server = null!;
    private SandboxHttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), _time, CancellationToken.None);
        _client = new SandboxHttpClient(_server.Url);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ListTasks_ContainerInstanceFilter_OnlyTasksOnThatInstance()
    {
        var (_, instances, _) = await _client.EcsAsync("ListContainerInstances", new JsonObject { ["cluster"] = "prod" });
        var instance = instances["containerInstanceArns"]![0]!.GetValue<string>();

        var (_, listed, _) = await _client.EcsAsync("ListTasks", new JsonObject { ["cluster"] = "prod", ["containerInstance"] = instance });
        var (_, described, _) = await _client.EcsAsync("DescribeTasks", new JsonObject { ["cluster"] = "prod", ["tasks"] = listed["taskArns"]!.DeepClone() });

        Assert.NotEmpty(described["tasks"]!.AsArray());
        Assert.All(described["tasks"]!.AsArray(), t => Assert.Equal(instance, t!["containerInstanceArn"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ListTasks_StoppedAfterStopTask_ListsTheStoppedTask()
    {
        var (_, running, _) = await _client.EcsAsync("ListTasks", new JsonObject { ["cluster"] = "staging", ["serviceName"] = "blog" });
        var task = running["taskArns"]![0]!.GetValue<string>();
        await _client.EcsAsync("StopTask", new JsonObject { ["cluster"] = "staging", ["task"] = task, ["reason"] = "maintenance" });
        _time.Advance(TimeSpan.FromMinutes(1));

        var (_, stopped, _) = await _client.EcsAsync("ListTasks", new JsonObject { ["cluster"] = "staging", ["desiredStatus"] = "STOPPED" });
        var (_, described, _) = await _client.EcsAsync("DescribeTasks", new JsonObject { ["cluster"] = "staging", ["tasks"] = new JsonArray(task) });

        Assert.Contains(stopped["taskArns"]!.AsArray(), a => a!.GetValue<string>() == task);
        var stoppedTask = described["tasks"]![0]!;
        Assert.Equal("STOPPED", stoppedTask["lastStatus"]!.GetValue<string>());
        Assert.Equal("UserInitiated", stoppedTask["stopCode"]!.GetValue<string>());
        Assert.Equal("maintenance", stoppedTask["stoppedReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task DescribeTasks_UnknownId_ListedAsMissingWithFullArn()
    {
        var (_, body, _) = await _client.EcsAsync("DescribeTasks", new JsonObject { ["cluster"] = "prod", ["tasks"] = new JsonArray("0123456789abcdef0123456789abcdef") });

        Assert.Empty(body["tasks"]!.AsArray());
        Assert.Equal("arn:aws:ecs:eu-west-1:000000000000:task/prod/0123456789abcdef0123456789abcdef", body["failures"]![0]!["arn"]!.GetValue<string>());
    }

    [Fact]
    public async Task DescribeClusters_Statistics_SplitByLaunchType()
    {
        var (_, body, _) = await _client.EcsAsync("DescribeClusters", new JsonObject { ["clusters"] = new JsonArray("staging"), ["include"] = new JsonArray("STATISTICS") });

        var statistics = body["clusters"]![0]!["statistics"]!.AsArray().ToDictionary(s => s!["name"]!.GetValue<string>(), s => s!["value"]!.GetValue<string>());
        Assert.Equal("6", statistics["runningFargateTasksCount"]);
        Assert.Equal("0", statistics["runningEC2TasksCount"]);
        Assert.Equal("4", statistics["activeFargateServiceCount"]);
    }
}
