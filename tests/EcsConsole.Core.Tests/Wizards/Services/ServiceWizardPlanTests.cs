using System.Text.Json.Nodes;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Services;

namespace EcsConsole.Core.Tests.Wizards.Services;

public sealed class ServiceWizardPlanTests
{
    [Fact]
    public void Plan_NewAlbCloudMapCpuScaling_ListsEveryCallInDependencyOrder()
    {
        var (plan, errors) = ServiceWizard.Plan(ServiceWizardInputs.Search());

        Assert.Empty(errors);
        Assert.Equal(
        [
            "elbv2:CreateLoadBalancer", "elbv2:CreateTargetGroup", "elbv2:CreateListener", "elbv2:CreateRule",
            "servicediscovery:CreatePrivateDnsNamespace", "servicediscovery:CreateService",
            "ecs:CreateService",
            "application-autoscaling:RegisterScalableTarget", "application-autoscaling:PutScalingPolicy",
        ], plan!.Calls.Select(c => c.Action));
        Assert.Equal(["LoadBalancer", "TargetGroup", "Listener", "ProductionRule", "Namespace", "DiscoveryService", "Service", "ScalableTarget", "ScalingPolicy"],
            plan.Calls.Select(c => c.Key));
        Assert.All(plan.Calls, c => Assert.NotNull(c.Undo));
        PlanReferences.Validate(plan);
    }

    [Fact]
    public void Plan_NewAlb_LaterCallsReferToEarlierOutputs()
    {
        var plan = ServiceWizard.Plan(ServiceWizardInputs.Search()).Plan!;

        var body = Bodies(plan);
        Assert.Equal(ServiceWizardInputs.StagingVpc, body["CreateTargetGroup"]["VpcId"]!.GetValue<string>());
        Assert.Equal("${LoadBalancer.Arn}", body["CreateListener"]["LoadBalancerArn"]!.GetValue<string>());
        Assert.Equal("${Listener.Arn}", body["CreateRule"]["ListenerArn"]!.GetValue<string>());
        Assert.Equal("${TargetGroup.Arn}", body["CreateRule"]["Actions"]![0]!["ForwardConfig"]!["TargetGroups"]![0]!["TargetGroupArn"]!.GetValue<string>());
        Assert.Equal("${Namespace.Id}", body["CreateService:servicediscovery"]["NamespaceId"]!.GetValue<string>());
        var service = body["CreateService:ecs"];
        Assert.Equal("${TargetGroup.Arn}", service["loadBalancers"]![0]!["targetGroupArn"]!.GetValue<string>());
        Assert.Equal("${DiscoveryService.Arn}", service["serviceRegistries"]![0]!["registryArn"]!.GetValue<string>());
        Assert.Equal("service/staging/${Service.Name}", body["RegisterScalableTarget"]["ResourceId"]!.GetValue<string>());
        Assert.Equal("ECSServiceAverageCPUUtilization",
            body["PutScalingPolicy"]["TargetTrackingScalingPolicyConfiguration"]!["PredefinedMetricSpecification"]!["PredefinedMetricType"]!.GetValue<string>());
    }

    [Fact]
    public void Plan_NewAlbWithoutVpc_TargetGroupUsesTheLoadBalancersVpc()
    {
        var input = ServiceWizardInputs.Search();
        input.LoadBalancer.VpcId = "";

        var group = ServiceWizard.Plan(input).Plan!.Calls.Single(c => c.Key == "TargetGroup");

        Assert.Equal("${LoadBalancer.VpcId}", JsonNode.Parse(group.Body)!["VpcId"]!.GetValue<string>());
    }

    [Fact]
    public void Plan_EcsCreateService_CarriesEveryChosenSettingWithModelNames()
    {
        var plan = ServiceWizard.Plan(ServiceWizardInputs.Search()).Plan!;

        var service = Bodies(plan)["CreateService:ecs"];
        Assert.Equal("staging", service["cluster"]!.GetValue<string>());
        Assert.Equal("search:1", service["taskDefinition"]!.GetValue<string>());
        Assert.Equal("FARGATE", service["launchType"]!.GetValue<string>());
        Assert.Null(service["capacityProviderStrategy"]);
        Assert.Equal(2, service["desiredCount"]!.GetValue<int>());
        Assert.Equal(["subnet-05c4b2e8a7d610021", "subnet-05c4b2e8a7d610022"],
            service["networkConfiguration"]!["awsvpcConfiguration"]!["subnets"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("DISABLED", service["networkConfiguration"]!["awsvpcConfiguration"]!["assignPublicIp"]!.GetValue<string>());
        Assert.Equal("search", service["loadBalancers"]![0]!["containerName"]!.GetValue<string>());
        Assert.Equal(8080, service["loadBalancers"]![0]!["containerPort"]!.GetValue<int>());
        Assert.True(service["deploymentConfiguration"]!["deploymentCircuitBreaker"]!["rollback"]!.GetValue<bool>());
        Assert.Equal("ROLLING", service["deploymentConfiguration"]!["strategy"]!.GetValue<string>());
        Assert.Equal("team", service["tags"]![0]!["key"]!.GetValue<string>());
        Assert.InRange(service["clientToken"]!.GetValue<string>().Length, 1, 36);
    }

    [Fact]
    public void Plan_SameInputTwice_SameClientToken()
    {
        var first = Bodies(ServiceWizard.Plan(ServiceWizardInputs.Search()).Plan!)["CreateService:ecs"]["clientToken"]!.GetValue<string>();
        var input = ServiceWizardInputs.Search();

        Assert.Equal(first, Bodies(ServiceWizard.Plan(input).Plan!)["CreateService:ecs"]["clientToken"]!.GetValue<string>());
        input.DesiredCount = 3;
        Assert.NotEqual(first, Bodies(ServiceWizard.Plan(input).Plan!)["CreateService:ecs"]["clientToken"]!.GetValue<string>());
    }

    [Fact]
    public void Plan_NoLoadBalancerDiscoveryOrScaling_OnlyCreatesTheService()
    {
        var (plan, errors) = ServiceWizard.Plan(ServiceWizardInputs.Plain());

        Assert.Empty(errors);
        var call = Assert.Single(plan!.Calls);
        Assert.Equal("ecs:CreateService", call.Action);
        Assert.Equal("DeleteService", call.Undo!.Operation);
        Assert.True(JsonNode.Parse(call.Undo.Body)!["force"]!.GetValue<bool>());
        var body = JsonNode.Parse(call.Body)!;
        Assert.Null(body["loadBalancers"]);
        Assert.Null(body["serviceRegistries"]);
        Assert.Null(body["healthCheckGracePeriodSeconds"]);
    }

    [Fact]
    public void Plan_BlueGreen_AddsAlternateGroupTestListenerRulesAndAdvancedConfiguration()
    {
        var (plan, errors) = ServiceWizard.Plan(ServiceWizardInputs.BlueGreen());

        Assert.Empty(errors);
        Assert.Equal(["LoadBalancer", "TargetGroup", "AlternateTargetGroup", "Listener", "TestListener", "ProductionRule", "TestRule", "Service"],
            plan!.Calls.Select(c => c.Key));
        var rule = JsonNode.Parse(plan.Calls.Single(c => c.Key == "ProductionRule").Body)!;
        var groups = rule["Actions"]![0]!["ForwardConfig"]!["TargetGroups"]!.AsArray();
        Assert.Equal([100, 0], groups.Select(g => g!["Weight"]!.GetValue<int>()));
        Assert.Equal("${AlternateTargetGroup.Arn}", groups[1]!["TargetGroupArn"]!.GetValue<string>());
        var service = JsonNode.Parse(plan.Calls.Single(c => c.Key == "Service").Body)!;
        var advanced = service["loadBalancers"]![0]!["advancedConfiguration"]!;
        Assert.Equal("${AlternateTargetGroup.Arn}", advanced["alternateTargetGroupArn"]!.GetValue<string>());
        Assert.Equal("${ProductionRule.Arn}", advanced["productionListenerRule"]!.GetValue<string>());
        Assert.Equal("${TestRule.Arn}", advanced["testListenerRule"]!.GetValue<string>());
        Assert.Equal("arn:aws:iam::000000000000:role/ecs-infrastructure", advanced["roleArn"]!.GetValue<string>());
        Assert.Equal("BLUE_GREEN", service["deploymentConfiguration"]!["strategy"]!.GetValue<string>());
        Assert.Equal(5, service["deploymentConfiguration"]!["bakeTimeInMinutes"]!.GetValue<int>());
        PlanReferences.Validate(plan);
    }

    [Fact]
    public void Plan_ExistingAlbAndNamespace_UsesTheirIdsWithoutCreatingThem()
    {
        var input = ServiceWizardInputs.Search();
        input.LoadBalancer.Choice = LoadBalancerChoice.ExistingAlb;
        input.LoadBalancer.ExistingListenerArn = "arn:aws:elasticloadbalancing:eu-west-1:000000000000:listener/app/staging/0123456789abcdef/fedcba9876543210";
        input.LoadBalancer.VpcId = ServiceWizardInputs.StagingVpc;
        input.Discovery.Choice = DiscoveryChoice.ExistingNamespace;
        input.Discovery.NamespaceId = "ns-abcdef0123456789";

        var plan = ServiceWizard.Plan(input).Plan!;

        Assert.DoesNotContain(plan.Calls, c => c.Operation is "CreateLoadBalancer" or "CreateListener" or "CreatePrivateDnsNamespace");
        var body = Bodies(plan);
        Assert.Equal(ServiceWizardInputs.StagingVpc, body["CreateTargetGroup"]["VpcId"]!.GetValue<string>());
        Assert.Equal(input.LoadBalancer.ExistingListenerArn, body["CreateRule"]["ListenerArn"]!.GetValue<string>());
        Assert.Equal("ns-abcdef0123456789", body["CreateService:servicediscovery"]["NamespaceId"]!.GetValue<string>());
    }

    [Fact]
    public void Plan_CapacityProviderStrategy_SentInsteadOfLaunchType()
    {
        var input = ServiceWizardInputs.Plain();
        input.Compute = ComputeChoice.CapacityProviders;
        input.CapacityProviders = [new() { CapacityProvider = "FARGATE", Weight = 1, Base = 1 }, new() { CapacityProvider = "FARGATE_SPOT", Weight = 3 }];

        var body = JsonNode.Parse(ServiceWizard.Plan(input).Plan!.Calls.Single().Body)!;

        Assert.Null(body["launchType"]);
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], body["capacityProviderStrategy"]!.AsArray().Select(p => p!["capacityProvider"]!.GetValue<string>()));
        Assert.Equal(3, body["capacityProviderStrategy"]![1]!["weight"]!.GetValue<int>());
    }

    [Fact]
    public void Plan_CanaryStrategy_SendsCanaryConfiguration()
    {
        var input = ServiceWizardInputs.BlueGreen();
        input.Deployment = input.Deployment with { Strategy = DeploymentStrategyKind.Canary, Canary = new CanarySettings(10, 5) };

        var service = JsonNode.Parse(ServiceWizard.Plan(input).Plan!.Calls.Single(c => c.Key == "Service").Body)!;

        Assert.Equal("CANARY", service["deploymentConfiguration"]!["strategy"]!.GetValue<string>());
        Assert.Equal(10, service["deploymentConfiguration"]!["canaryConfiguration"]!["canaryPercent"]!.GetValue<double>());
    }

    private static Dictionary<string, JsonObject> Bodies(WizardPlan plan) =>
        plan.Calls.ToDictionary(
            c => c.Operation == "CreateService" ? $"CreateService:{c.Service}" : c.Operation,
            c => JsonNode.Parse(c.Body)!.AsObject());
}
