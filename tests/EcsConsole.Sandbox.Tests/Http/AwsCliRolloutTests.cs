using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>Staged deployments driven by the real AWS CLI: botocore serializes the configuration by the official ECS model.</summary>
public sealed class AwsCliRolloutTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), _time, CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task AwsCli_CanaryWithPauseHook_ListedWaitingThenContinued()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        var updated = await cli.JsonAsync("ecs", "update-service", "--cluster", "staging", "--service", "users", "--force-new-deployment",
            "--deployment-configuration",
            """{"strategy":"CANARY","bakeTimeInMinutes":1,"canaryConfiguration":{"canaryPercent":20.0,"canaryBakeTimeInMinutes":2},"lifecycleHooks":[{"targetType":"PAUSE","lifecycleStages":["POST_TEST_TRAFFIC_SHIFT"]}]}""");
        Assert.Equal("CANARY", updated["service"]!["deploymentConfiguration"]!["strategy"]!.GetValue<string>());

        _time.Advance(TimeSpan.FromMinutes(3));
        var listed = await cli.JsonAsync("ecs", "list-service-deployments", "--cluster", "staging", "--service", "users", "--status", "IN_PROGRESS");
        var arn = listed["serviceDeployments"]!.AsArray().Single()!["serviceDeploymentArn"]!.GetValue<string>();
        var paused = (await cli.JsonAsync("ecs", "describe-service-deployments", "--service-deployment-arns", arn))["serviceDeployments"]![0]!;
        Assert.Equal("POST_TEST_TRAFFIC_SHIFT", paused["lifecycleStage"]!.GetValue<string>());
        Assert.Equal(100.0, paused["targetServiceRevision"]!["requestedTestTrafficWeight"]!.GetValue<double>());
        Assert.Equal(0.0, paused["targetServiceRevision"]!["requestedProductionTrafficWeight"]!.GetValue<double>());
        var hookId = paused["lifecycleHookDetails"]![0]!["hookId"]!.GetValue<string>();

        await cli.JsonAsync("ecs", "continue-service-deployment", "--service-deployment-arn", arn, "--hook-id", hookId, "--action", "CONTINUE");
        _time.Advance(TimeSpan.FromSeconds(5));
        var canary = (await cli.JsonAsync("ecs", "describe-service-deployments", "--service-deployment-arns", arn))["serviceDeployments"]![0]!;
        Assert.Equal(20.0, canary["targetServiceRevision"]!["requestedProductionTrafficWeight"]!.GetValue<double>());
        Assert.Equal(80.0, canary["sourceServiceRevisions"]![0]!["requestedProductionTrafficWeight"]!.GetValue<double>());

        _time.Advance(TimeSpan.FromMinutes(6));
        var done = await cli.JsonAsync("ecs", "list-service-deployments", "--cluster", "staging", "--service", "users");
        Assert.Equal("SUCCESSFUL", done["serviceDeployments"]![0]!["status"]!.GetValue<string>());
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_BlueGreenStoppedWithRollback_RulesForwardToBlueAgain()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        var service = (await cli.JsonAsync("ecs", "describe-services", "--cluster", "staging", "--services", "users"))["services"]![0]!;
        var loadBalancer = service["loadBalancers"]![0]!;
        var blue = loadBalancer["targetGroupArn"]!.GetValue<string>();
        var rule = loadBalancer["advancedConfiguration"]!["productionListenerRule"]!.GetValue<string>();
        await cli.JsonAsync("ecs", "update-service", "--cluster", "staging", "--service", "users", "--task-definition", "users:4",
            "--deployment-configuration", """{"strategy":"BLUE_GREEN","bakeTimeInMinutes":10}""");
        _time.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(0, await WeightAsync(cli, rule, blue));

        var arn = (await cli.JsonAsync("ecs", "list-service-deployments", "--cluster", "staging", "--service", "users"))["serviceDeployments"]![0]!["serviceDeploymentArn"]!.GetValue<string>();
        await cli.JsonAsync("ecs", "stop-service-deployment", "--service-deployment-arn", arn, "--stop-type", "ROLLBACK");

        Assert.Equal(100, await WeightAsync(cli, rule, blue));
        _time.Advance(TimeSpan.FromMinutes(2));
        var stopped = (await cli.JsonAsync("ecs", "describe-service-deployments", "--service-deployment-arns", arn))["serviceDeployments"]![0]!;
        Assert.Equal("ROLLBACK_SUCCESSFUL", stopped["status"]!.GetValue<string>());
        Assert.Equal("Service deployment rolled back because of a stop request.", stopped["rollback"]!["reason"]!.GetValue<string>());
    }

    private static async Task<int> WeightAsync(AwsCli cli, string ruleArn, string targetGroupArn)
    {
        var rules = await cli.JsonAsync("elbv2", "describe-rules", "--rule-arns", ruleArn);
        return rules["Rules"]![0]!["Actions"]![0]!["ForwardConfig"]!["TargetGroups"]!.AsArray()
            .Single(g => g!["TargetGroupArn"]!.GetValue<string>() == targetGroupArn)!["Weight"]!.GetValue<int>();
    }
}
