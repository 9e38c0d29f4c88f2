using System.Text.Json;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using EcsConsole.Core.Rollouts;
using EcsConsole.Testing;

namespace EcsConsole.Core.Tests.Rollouts;

public sealed class StrategyWireMappingTests
{
    private static readonly DeploymentStrategySettings Canary = new()
    {
        Strategy = DeploymentStrategyKind.Canary,
        BakeTimeInMinutes = 10,
        Canary = new CanarySettings(10, 5),
        Alarms = new AlarmSettings(true, true, ["users-5xx"]),
        LifecycleHooks =
        [
            new LifecycleHookSettings(LifecycleHookKind.Pause, ["POST_TEST_TRAFFIC_SHIFT"], TimeoutInMinutes: 60, TimeoutAction: "ROLLBACK"),
            new LifecycleHookSettings(LifecycleHookKind.AwsLambda, ["PRE_SCALE_UP"], "arn:aws:lambda:eu-west-1:000000000000:function:smoke", "arn:aws:iam::000000000000:role/hooks"),
        ],
        Routing = [new TrafficRouting("arn:tg/blue", "users", 8080, "arn:tg/green", "arn:rule/prod", "", "arn:aws:iam::000000000000:role/ecs-infra")],
    };

    private static readonly IReadOnlyList<LoadBalancer> CurrentLoadBalancers =
        [new LoadBalancer { TargetGroupArn = "arn:tg/blue", ContainerName = "users", ContainerPort = 8080 }];

    [Fact]
    public void ToDeploymentConfiguration_PauseHook_HasTypePauseAndNoTarget()
    {
        var config = StrategyWireMapping.ToDeploymentConfiguration(Canary);

        var pause = config.LifecycleHooks![0];
        Assert.Equal("PAUSE", pause.TargetType);
        Assert.Null(pause.HookTargetArn);
        Assert.Null(pause.RoleArn);
        Assert.Equal(["POST_TEST_TRAFFIC_SHIFT"], pause.LifecycleStages);
        Assert.Equal(new DeploymentLifecycleHookTimeoutConfiguration { TimeoutInMinutes = 60, Action = "ROLLBACK" }, pause.TimeoutConfiguration);
        Assert.Equal("AWS_LAMBDA", config.LifecycleHooks[1].TargetType);
        Assert.Equal("arn:aws:lambda:eu-west-1:000000000000:function:smoke", config.LifecycleHooks[1].HookTargetArn);
    }

    [Fact]
    public void ToDeploymentConfiguration_Canary_SendsOnlyTheCanaryConfiguration()
    {
        var config = StrategyWireMapping.ToDeploymentConfiguration(Canary with { Linear = new LinearSettings(10, 1) });

        Assert.Equal("CANARY", config.Strategy);
        Assert.Equal(new CanaryConfiguration { CanaryPercent = 10, CanaryBakeTimeInMinutes = 5 }, config.CanaryConfiguration);
        Assert.Null(config.LinearConfiguration);
        Assert.Equal(10, config.BakeTimeInMinutes);
    }

    [Fact]
    public void ToDeploymentConfiguration_RollingWithBreaker_SendsThresholdAndClearsHooks()
    {
        var settings = new DeploymentStrategySettings
        {
            MinimumHealthyPercent = 50,
            MaximumPercent = 200,
            CircuitBreaker = new CircuitBreakerSettings(true, true, CircuitBreakerThresholdKind.Count, 3),
        };

        var config = StrategyWireMapping.ToDeploymentConfiguration(settings);

        Assert.Equal("ROLLING", config.Strategy);
        Assert.Equal(new ThresholdConfiguration { Type = "COUNT", Value = 3 }, config.DeploymentCircuitBreaker!.ThresholdConfiguration);
        Assert.True(config.DeploymentCircuitBreaker.Rollback);
        Assert.Empty(config.LifecycleHooks!);
        Assert.Null(config.BakeTimeInMinutes);
    }

    [Fact]
    public void ToLoadBalancers_Routing_SetsAdvancedConfigurationOnTheMatchingTargetGroup()
    {
        var balancers = StrategyWireMapping.ToLoadBalancers(Canary, CurrentLoadBalancers);

        var advanced = Assert.Single(balancers!).AdvancedConfiguration!;
        Assert.Equal("arn:tg/green", advanced.AlternateTargetGroupArn);
        Assert.Equal("arn:rule/prod", advanced.ProductionListenerRule);
        Assert.Null(advanced.TestListenerRule);
        Assert.Equal("arn:aws:iam::000000000000:role/ecs-infra", advanced.RoleArn);
    }

    [Fact]
    public void ToLoadBalancers_NothingChanges_SendsNone()
    {
        var current = StrategyWireMapping.ToLoadBalancers(Canary, CurrentLoadBalancers)!;

        Assert.Null(StrategyWireMapping.ToLoadBalancers(Canary, current));
    }

    [Fact]
    public void ToSettings_ReadsBackWhatWasWritten()
    {
        var service = new Service
        {
            DeploymentConfiguration = StrategyWireMapping.ToDeploymentConfiguration(Canary),
            LoadBalancers = StrategyWireMapping.ToLoadBalancers(Canary, CurrentLoadBalancers),
        };

        var settings = StrategyWireMapping.ToSettings(service);

        Assert.Equal(Canary.Strategy, settings.Strategy);
        Assert.Equal(Canary.Canary, settings.Canary);
        Assert.Equal(Canary.BakeTimeInMinutes, settings.BakeTimeInMinutes);
        Assert.Equal(LifecycleHookKind.Pause, settings.LifecycleHooks[0].Kind);
        Assert.Equal("arn:tg/green", Assert.Single(settings.Routing).AlternateTargetGroupArn);
    }

    [RequiresAwsModelsFact]
    public void UpdateService_WithCanarySettings_ConformsToTheEcsModel()
    {
        var request = new UpdateServiceRequest
        {
            Cluster = "prod",
            Service = "users",
            DeploymentConfiguration = StrategyWireMapping.ToDeploymentConfiguration(Canary),
            LoadBalancers = StrategyWireMapping.ToLoadBalancers(Canary, CurrentLoadBalancers),
        };

        Assert.Empty(ServiceModel.Load("ecs").ValidateJsonInput("UpdateService", JsonSerializer.SerializeToNode(request, AwsJsonSerializer.Options)));
    }
}
