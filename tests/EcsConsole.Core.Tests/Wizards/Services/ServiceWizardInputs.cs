using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Wizards.Services;

namespace EcsConsole.Core.Tests.Wizards.Services;

/// <summary>The product story's inputs: the <c>search</c> service on the staging (Fargate) cluster.</summary>
internal static class ServiceWizardInputs
{
    public const string StagingVpc = "vpc-0e1d2c3b4a5f60789";

    /// <summary>search behind a new ALB, with Cloud Map in a new namespace and CPU target tracking.</summary>
    public static ServiceWizardInput Search()
    {
        var input = Plain();
        input.LoadBalancer = new ServiceLoadBalancerInput
        {
            Choice = LoadBalancerChoice.NewAlb,
            ContainerPort = 8080,
            HealthCheckPath = "/health",
            HealthCheckIntervalSeconds = 10,
            HealthyThresholdCount = 2,
            PathPattern = "/search/*",
            VpcId = StagingVpc,
            RulePriority = 10,
        };
        input.Discovery = new ServiceDiscoveryInput { Choice = DiscoveryChoice.NewNamespace, VpcId = StagingVpc, NamespaceName = "search.internal" };
        input.Scaling = new ServiceScalingInput { Enabled = true, MinCapacity = 2, MaxCapacity = 6, Metric = ScalingMetric.Cpu, TargetValue = 50 };
        input.FillDefaultNames();
        return input;
    }

    /// <summary>search on its own: no load balancer, discovery or scaling.</summary>
    public static ServiceWizardInput Plain()
    {
        var input = new ServiceWizardInput
        {
            Cluster = "staging",
            ServiceName = "search",
            TaskDefinition = "search:1",
            LaunchType = "FARGATE",
            DesiredCount = 2,
            Subnets = ["subnet-05c4b2e8a7d610021", "subnet-05c4b2e8a7d610022"],
            SecurityGroups = ["sg-0b9e8d7c6a5f40072"],
            HealthCheckGracePeriodSeconds = 0,
            Tags = [new("team", "discovery"), new("service", "search")],
        };
        input.FillDefaultNames();
        return input;
    }

    /// <summary>search deployed blue/green behind a new ALB with a test listener.</summary>
    public static ServiceWizardInput BlueGreen()
    {
        var input = Search();
        input.Discovery = new ServiceDiscoveryInput();
        input.Scaling = new ServiceScalingInput();
        input.LoadBalancer.InfrastructureRoleArn = "arn:aws:iam::000000000000:role/ecs-infrastructure";
        input.Deployment = new DeploymentStrategySettings
        {
            Strategy = DeploymentStrategyKind.BlueGreen,
            BakeTimeInMinutes = 5,
            CircuitBreaker = new CircuitBreakerSettings(true, true),
        };
        return input;
    }
}
