using System.Net;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Tests.Conformance;
using EcsConsole.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Faults;

public sealed class FleetScaleTests
{
    private static readonly SandboxScale Scale = new() { Clusters = 3, ServicesPerCluster = 4, TasksPerService = 2, Repositories = 5, ImagesPerRepository = 6 };

    [Fact]
    public void Engine_ScaleWithoutDemo_SeedsExactlyTheConfiguredFleet()
    {
        var options = SandboxTestContext.Options(seed: false);
        options.Scale = Scale;
        using var engine = new SandboxEngine(options, new FakeTimeProvider(SandboxTestContext.Start));

        var (clusters, services, tasks, repositories, images) = engine.Read(s => (
            s.Clusters.Select(c => c.Name).ToList(),
            s.Clusters.Sum(c => c.Services.Count),
            s.Clusters.Sum(c => c.Tasks.Count(t => t.LastStatus == "RUNNING")),
            s.Repositories.Where(r => r.Name.StartsWith("fleet-repo-", StringComparison.Ordinal)).ToList(),
            s.Repositories.Where(r => r.Name.StartsWith("fleet-repo-", StringComparison.Ordinal)).Sum(r => r.Images.Count)));

        Assert.Equal(["fleet-01", "fleet-02", "fleet-03"], clusters);
        Assert.Equal(12, services);
        Assert.Equal(24, tasks);
        Assert.Equal(5, repositories.Count);
        Assert.Equal(30, images);
    }

    [Fact]
    public void Engine_ScaleBesideDemo_KeepsTheDemoFleet()
    {
        var options = SandboxTestContext.Options();
        options.Scale = Scale;
        using var engine = new SandboxEngine(options, new FakeTimeProvider(SandboxTestContext.Start));

        var names = engine.Read(s => s.Clusters.Select(c => c.Name).ToList());

        Assert.Equal(["prod", "staging", "fleet-01", "fleet-02", "fleet-03"], names);
    }

    [Fact]
    public void Engine_SameSeedAndScale_SameFleet()
    {
        var options = SandboxTestContext.Options(seed: false);
        options.Scale = Scale;
        using var first = new SandboxEngine(options, new FakeTimeProvider(SandboxTestContext.Start));
        using var second = new SandboxEngine(options, new FakeTimeProvider(SandboxTestContext.Start));

        Assert.Equal(first.Read(TaskArns), second.Read(TaskArns));
    }

    [RequiresAwsModelsFact]
    public async Task Wire_ScaledFleet_AnswersModelValidServicesAndTasksAsync()
    {
        var options = SandboxTestContext.Options(seed: false);
        options.Scale = Scale;
        await using var sandbox = await SandboxServer.StartAsync(options, new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);
        using var wire = new SandboxWire(sandbox.Url, options.Region, options.AccessKeyId, options.SecretAccessKey);
        var ecs = ServiceModel.Load("ecs");

        var services = await wire.SendJsonAsync(ecs, "DescribeServices", new JsonObject { ["cluster"] = "fleet-02", ["services"] = new JsonArray("svc-001", "svc-004") });
        var listed = await wire.SendJsonAsync(ecs, "ListTasks", new JsonObject { ["cluster"] = "fleet-02", ["serviceName"] = "svc-004" });
        var arns = listed.Json!["taskArns"]!.AsArray().Select(a => (JsonNode?)a!.GetValue<string>()).ToArray();
        var tasks = await wire.SendJsonAsync(ecs, "DescribeTasks", new JsonObject { ["cluster"] = "fleet-02", ["tasks"] = new JsonArray(arns) });

        Assert.Equal(HttpStatusCode.OK, services.Status);
        Assert.Empty(ecs.ValidateJsonOutput("DescribeServices", services.Json));
        Assert.Equal(2, services.Json!["services"]!.AsArray().Count);
        Assert.Equal(2, arns.Length);
        Assert.Empty(ecs.ValidateJsonOutput("DescribeTasks", tasks.Json));
    }

    private static List<string> TaskArns(SandboxState state) => state.Clusters.SelectMany(c => c.Tasks).Select(t => t.Arn).ToList();
}
