using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Wizards.Services;

namespace EcsConsole.Core.Tests.Wizards.Services;

public sealed class ServiceWizardValidatorTests
{
    [Fact]
    public void Validate_StoryInputs_HaveNothingToFix()
    {
        Assert.Empty(ServiceWizardValidator.Validate(ServiceWizardInputs.Search()));
        Assert.Empty(ServiceWizardValidator.Validate(ServiceWizardInputs.Plain()));
        Assert.Empty(ServiceWizardValidator.Validate(ServiceWizardInputs.BlueGreen()));
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "ServiceName", "search service" },
        { "DesiredCount", "-1" },
        { "Subnets", "subnet-xyz" },
        { "SecurityGroups", "group-1" },
        { "LoadBalancer.LoadBalancerName", "-search-alb" },
        { "LoadBalancer.TargetGroupName", "search-target-group-with-a-very-long-name" },
        { "LoadBalancer.HealthCheckPath", "health" },
        { "LoadBalancer.HealthCheckIntervalSeconds", "4" },
        { "LoadBalancer.HealthyThresholdCount", "11" },
        { "LoadBalancer.UnhealthyThresholdCount", "1" },
        { "LoadBalancer.ListenerPort", "70000" },
        { "LoadBalancer.RulePriority", "50001" },
        { "LoadBalancer.SuccessCodes", "ok" },
        { "Discovery.NamespaceName", "bad_name.internal" },
        { "Discovery.ServiceName", "-search" },
        { "Scaling.MaxCapacity", "1" },
        { "Scaling.TargetValue", "0" },
        { "Scaling.ScaleInCooldownSeconds", "-5" },
        { "HealthCheckGracePeriodSeconds", "-1" },
        { "Tags", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_OneBadValue_NamesTheFieldToFix(string field, string value)
    {
        var input = ServiceWizardInputs.Search();
        Set(input, field, value);

        var errors = ServiceWizardValidator.Validate(input);

        Assert.Contains(errors, e => e.Field == field);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }

    [Fact]
    public void Validate_BlueGreenWithoutRoleOrAlternate_SaysWhatItNeeds()
    {
        var input = ServiceWizardInputs.BlueGreen();
        input.LoadBalancer.InfrastructureRoleArn = "";
        input.LoadBalancer.AlternateTargetGroupName = input.LoadBalancer.TargetGroupName;

        var errors = ServiceWizardValidator.Validate(input);

        Assert.Contains(errors, e => e.Field == "LoadBalancer.InfrastructureRoleArn" && e.Message.Contains("infrastructure role", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "LoadBalancer.AlternateTargetGroupName");
    }

    [Fact]
    public void Validate_BlueGreenWithoutLoadBalancer_AsksForOne()
    {
        var input = ServiceWizardInputs.Plain();
        input.Deployment = new DeploymentStrategySettings { Strategy = DeploymentStrategyKind.Linear, Linear = new LinearSettings(10, 2) };

        Assert.Contains(ServiceWizardValidator.Validate(input), e => e.Field == "Deployment" && e.Message.Contains("add a load balancer", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_OutOfRangeStrategyNumbers_ReportedFromTheStrategyRules()
    {
        var input = ServiceWizardInputs.BlueGreen();
        input.Deployment = input.Deployment with { Strategy = DeploymentStrategyKind.Canary, BakeTimeInMinutes = 2000, Canary = new CanarySettings(0.01, 5) };

        var errors = ServiceWizardValidator.Validate(input).Where(e => e.Field == "Deployment").ToList();

        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Validate_NewAlbWithOneSubnet_AsksForTwoZones()
    {
        var input = ServiceWizardInputs.Search();
        input.Subnets = ["subnet-05c4b2e8a7d610021"];

        Assert.Contains(ServiceWizardValidator.Validate(input), e => e.Field == "Subnets" && e.Message.Contains("two", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LaunchTypeAndStrategyRules_FollowEcs()
    {
        var input = ServiceWizardInputs.Plain();
        input.Compute = ComputeChoice.CapacityProviders;
        input.CapacityProviders = [new() { CapacityProvider = "FARGATE", Base = 1 }, new() { CapacityProvider = "prod-asg-cp", Base = 2 }];

        var errors = ServiceWizardValidator.Validate(input).Select(e => e.Message).ToList();

        Assert.Contains(errors, m => m.Contains("Only one capacity provider", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.Contains("mixes Fargate", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AlbRequestsMetricWithoutALoadBalancer_SaysToAddOne()
    {
        var input = ServiceWizardInputs.Search();
        input.LoadBalancer.Choice = LoadBalancerChoice.None;
        input.Scaling.Metric = ScalingMetric.AlbRequestsPerTarget;
        input.Scaling.TargetValue = 1000;

        Assert.Contains(ServiceWizardValidator.Validate(input), e => e.Field == "Scaling.Metric" && e.Message.Contains("needs a load balancer", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_AlbRequestsMetricOnAnExistingListener_LabelsWithItsLoadBalancerAndTheNewTargetGroup()
    {
        var input = ServiceWizardInputs.Search();
        input.LoadBalancer.Choice = LoadBalancerChoice.ExistingAlb;
        input.LoadBalancer.ExistingListenerArn = "arn:aws:elasticloadbalancing:eu-west-1:000000000000:listener/app/staging-alb/50dc6c495c0c9188/f2f7dc8efc522ab2";
        input.LoadBalancer.VpcId = "vpc-0c1d2e3f4a5b60001";

        var label = ServiceWizard.AlbResourceLabel(input.LoadBalancer);

        Assert.Equal("app/staging-alb/50dc6c495c0c9188/${TargetGroup.Arn@targetgroup/}", label);
    }

    [Fact]
    public void Validate_EmptyOrBrokenInput_NeverThrowsAndListsProblems()
    {
        var empty = new ServiceWizardInput
        {
            LoadBalancer = null!, Discovery = null!, Scaling = null!, Deployment = null!, Tags = null!, Subnets = null!, SecurityGroups = null!, CapacityProviders = null!,
        };
        Assert.NotEmpty(ServiceWizardValidator.Validate(empty));

        var odd = ServiceWizardInputs.Search();
        odd.LoadBalancer.Choice = (LoadBalancerChoice)42;
        odd.Discovery.Choice = DiscoveryChoice.ExistingNamespace;
        odd.Scaling.TargetValue = double.NaN;
        odd.Subnets = ["", "  ", "subnet-05c4b2e8a7d610021"];
        odd.DesiredCount = int.MinValue;
        Assert.NotEmpty(ServiceWizardValidator.Validate(odd));
        Assert.Null(ServiceWizard.Plan(odd).Plan);
    }

    private static void Set(ServiceWizardInput input, string field, string value)
    {
        int Number() => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        switch (field)
        {
            case "ServiceName": input.ServiceName = value; break;
            case "DesiredCount": input.DesiredCount = Number(); break;
            case "Subnets": input.Subnets = [value, "subnet-05c4b2e8a7d610022"]; break;
            case "SecurityGroups": input.SecurityGroups = [value]; break;
            case "LoadBalancer.LoadBalancerName": input.LoadBalancer.LoadBalancerName = value; break;
            case "LoadBalancer.TargetGroupName": input.LoadBalancer.TargetGroupName = value; break;
            case "LoadBalancer.HealthCheckPath": input.LoadBalancer.HealthCheckPath = value; break;
            case "LoadBalancer.HealthCheckIntervalSeconds": input.LoadBalancer.HealthCheckIntervalSeconds = Number(); break;
            case "LoadBalancer.HealthyThresholdCount": input.LoadBalancer.HealthyThresholdCount = Number(); break;
            case "LoadBalancer.UnhealthyThresholdCount": input.LoadBalancer.UnhealthyThresholdCount = Number(); break;
            case "LoadBalancer.ListenerPort": input.LoadBalancer.ListenerPort = Number(); break;
            case "LoadBalancer.RulePriority": input.LoadBalancer.RulePriority = Number(); break;
            case "LoadBalancer.SuccessCodes": input.LoadBalancer.SuccessCodes = value; break;
            case "Discovery.NamespaceName": input.Discovery.NamespaceName = value; break;
            case "Discovery.ServiceName": input.Discovery.ServiceName = value; break;
            case "Scaling.MaxCapacity": input.Scaling.MaxCapacity = Number(); break;
            case "Scaling.TargetValue": input.Scaling.TargetValue = Number(); break;
            case "Scaling.ScaleInCooldownSeconds": input.Scaling.ScaleInCooldownSeconds = Number(); break;
            case "HealthCheckGracePeriodSeconds": input.HealthCheckGracePeriodSeconds = Number(); break;
            case "Tags": input.Tags = [new("team", value), new("service", "search")]; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "no such case");
        }
    }
}
