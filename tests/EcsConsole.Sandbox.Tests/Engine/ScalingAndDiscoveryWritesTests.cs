using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.LoadBalancing;
using EcsConsole.Sandbox.Engine.Rollouts;
using EcsConsole.Sandbox.Engine.ServiceDiscovery;
using EcsConsole.Sandbox.Protocol;
using EcsConsole.Sandbox.Protocol.AutoScaling;
using EcsConsole.Sandbox.Protocol.ServiceDiscovery;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class ScalingAndDiscoveryWritesTests : IDisposable
{
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void RegisterScalableTarget_MinAboveMax_ValidationException()
    {
        var error = Assert.Throws<SandboxApiException>(() => Scaling("RegisterScalableTarget", Target("service/prod/news", min: 5, max: 2)));

        Assert.Equal("ValidationException", error.Code);
        Assert.Contains("cannot be greater than maximum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisterScalableTarget_ServiceThatDoesNotExist_ValidationException()
    {
        var error = Assert.Throws<SandboxApiException>(() => Scaling("RegisterScalableTarget", Target("service/prod/nothing", min: 1, max: 2)));

        Assert.Equal("ValidationException", error.Code);
        Assert.Contains("service/prod/nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisterScalableTarget_Again_UpdatesMinAndMaxOfTheSameTarget()
    {
        var first = Scaling("RegisterScalableTarget", Target("service/prod/news", min: 1, max: 2))["ScalableTargetARN"]!.GetValue<string>();

        var second = Scaling("RegisterScalableTarget", Target("service/prod/news", min: 2, max: 6))["ScalableTargetARN"]!.GetValue<string>();

        Assert.Equal(first, second);
        Assert.Equal((2, 6), _sandbox.Read(s => s.ScalableTargets.Where(t => t.ResourceId == "service/prod/news").Select(t => (t.MinCapacity, t.MaxCapacity)).Single()));
    }

    [Fact]
    public void PutScalingPolicy_NoScalableTarget_ObjectNotFoundException()
    {
        var error = Assert.Throws<SandboxApiException>(() => Scaling("PutScalingPolicy", Policy("service/prod/news", "ECSServiceAverageCPUUtilization", null)));

        Assert.Equal("ObjectNotFoundException", error.Code);
    }

    [Fact]
    public void PutScalingPolicy_AlbRequestsWithoutResourceLabel_ValidationException()
    {
        Scaling("RegisterScalableTarget", Target("service/prod/news", min: 1, max: 4));

        var error = Assert.Throws<SandboxApiException>(() => Scaling("PutScalingPolicy", Policy("service/prod/news", "ALBRequestCountPerTarget", null)));

        Assert.Equal("ValidationException", error.Code);
    }

    [Fact]
    public void DeregisterScalableTarget_WithPolicy_RemovesBoth()
    {
        Scaling("RegisterScalableTarget", Target("service/prod/news", min: 1, max: 4));
        Scaling("PutScalingPolicy", Policy("service/prod/news", "ALBRequestCountPerTarget", "app/reports-alb/0123456789abcdef/targetgroup/reports-tg/fedcba9876543210"));

        Scaling("DeregisterScalableTarget", Target("service/prod/news", min: null, max: null));

        Assert.DoesNotContain(_sandbox.Read(s => s.ScalableTargets.Select(t => t.ResourceId).ToList()), id => id == "service/prod/news");
    }

    [Fact]
    public void GetOperation_NamespaceCreation_SucceedsAfterItsDurationAndOnlyThenExists()
    {
        var operation = _sandbox.Engine.CloudMap.CreatePrivateDnsNamespace("reports.local", Elbv2Operations.SandboxVpcId, "run-1", null, 60);
        var namespaceId = _sandbox.Read(s => s.CloudMap.Operations.Single(o => o.Id == operation).NamespaceId);

        var before = Discovery("GetOperation", new JsonObject { ["OperationId"] = operation })["Operation"]!["Status"]!.GetValue<string>();
        var missing = Assert.Throws<SandboxApiException>(() => Discovery("GetNamespace", new JsonObject { ["Id"] = namespaceId }));
        _sandbox.Advance(CloudMapOperationState.Duration.TotalSeconds);
        var after = Discovery("GetOperation", new JsonObject { ["OperationId"] = operation })["Operation"]!["Status"]!.GetValue<string>();

        Assert.Equal("SUBMITTED", before);
        Assert.Equal("NamespaceNotFound", missing.Code);
        Assert.Equal("SUCCESS", after);
        Assert.Equal("reports.local", Discovery("GetNamespace", new JsonObject { ["Id"] = namespaceId })["Namespace"]!["Name"]!.GetValue<string>());
    }

    [Fact]
    public void CreatePrivateDnsNamespace_SameCreatorRequestId_AnswersTheFirstOperation()
    {
        var first = _sandbox.Engine.CloudMap.CreatePrivateDnsNamespace("reports.local", Elbv2Operations.SandboxVpcId, "run-1", null, 60);

        var again = _sandbox.Engine.CloudMap.CreatePrivateDnsNamespace("reports.local", Elbv2Operations.SandboxVpcId, "run-1", null, 60);
        var other = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.CloudMap.CreatePrivateDnsNamespace("reports.local", Elbv2Operations.SandboxVpcId, "run-2", null, 60));

        Assert.Equal(first, again);
        Assert.Equal("NamespaceAlreadyExists", other.Code);
    }

    [Fact]
    public void CreatedDiscoveryService_EcsServiceNamesIt_InstancesAreItsRunningTasks()
    {
        var registry = ReadyDiscoveryService("reports");
        var definition = _sandbox.Engine.Ecs.RegisterTaskDefinition(ServiceAndTaskCommandsTests.Definition("reports", "256", "512", ["FARGATE"]));
        _sandbox.Engine.Ecs.CreateService(new ServiceRegistration("staging", "reports", definition, 2, "FARGATE", [], null, ["subnet-05c4b2e8a7d610021"], [], "DISABLED",
            null, null, null, null, DeploymentConfigurationState.Default, 0, false, new Dictionary<string, string>())
        { RegistryArns = [registry.Arn] });
        _sandbox.Advance(60);

        var instances = Discovery("ListInstances", new JsonObject { ["ServiceId"] = registry.Id })["Instances"]!.AsArray();

        Assert.Equal(2, instances.Count);
        Assert.All(instances, i => Assert.Equal("reports", i!["Attributes"]!["ECS_SERVICE_NAME"]!.GetValue<string>()));
        Assert.Equal("ResourceInUse", Assert.Throws<SandboxApiException>(() => _sandbox.Engine.CloudMap.DeleteDiscoveryService(registry.Id)).Code);
    }

    [Fact]
    public void CreateService_UnknownRegistry_RefusedAsInvalidParameter()
    {
        var definition = _sandbox.Engine.Ecs.RegisterTaskDefinition(ServiceAndTaskCommandsTests.Definition("reports", "256", "512", ["FARGATE"]));

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.CreateService(new ServiceRegistration("staging", "reports", definition, 1, "FARGATE", [], null, ["subnet-05c4b2e8a7d610021"], [], "DISABLED",
            null, null, null, null, DeploymentConfigurationState.Default, 0, false, new Dictionary<string, string>())
        { RegistryArns = ["arn:aws:servicediscovery:eu-west-1:000000000000:service/srv-nothing"] }));

        Assert.Equal("InvalidParameterException", error.Code);
    }

    [Fact]
    public void DeleteNamespace_WithAService_ResourceInUse()
    {
        var registry = ReadyDiscoveryService("reports");

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.CloudMap.DeleteNamespace(registry.NamespaceId));
        _sandbox.Engine.CloudMap.DeleteDiscoveryService(registry.Id);
        _sandbox.Engine.CloudMap.DeleteNamespace(registry.NamespaceId);

        Assert.Equal("ResourceInUse", error.Code);
        Assert.Empty(_sandbox.Read(s => s.CloudMap.Namespaces.ToList()));
    }

    public void Dispose() => _sandbox.Dispose();

    private CreatedDiscoveryService ReadyDiscoveryService(string name)
    {
        var operation = _sandbox.Engine.CloudMap.CreatePrivateDnsNamespace(name + ".local", Elbv2Operations.SandboxVpcId, null, null, 60);
        _sandbox.Advance(CloudMapOperationState.Duration.TotalSeconds);
        var namespaceId = _sandbox.Read(s => s.CloudMap.Operations.Single(o => o.Id == operation).NamespaceId);
        return _sandbox.Engine.CloudMap.CreateDiscoveryService(new DiscoveryServiceRequest(name, namespaceId, null, null, [new DnsRecordState("A", 10)], 1, null, null));
    }

    private JsonObject Scaling(string operation, JsonObject body) => new ApplicationAutoScalingJsonApi(_sandbox.Engine).Invoke(operation, new JsonInput(body));

    private JsonObject Discovery(string operation, JsonObject body) => new ServiceDiscoveryJsonApi(_sandbox.Engine).Invoke(operation, new JsonInput(body));

    private static JsonObject Target(string resourceId, int? min, int? max)
    {
        var body = new JsonObject { ["ServiceNamespace"] = "ecs", ["ResourceId"] = resourceId, ["ScalableDimension"] = "ecs:service:DesiredCount" };
        if (min is not null)
        {
            body["MinCapacity"] = min;
            body["MaxCapacity"] = max;
        }

        return body;
    }

    private static JsonObject Policy(string resourceId, string metric, string? label)
    {
        var body = Target(resourceId, null, null);
        body["PolicyName"] = "scale";
        body["PolicyType"] = "TargetTrackingScaling";
        body["TargetTrackingScalingPolicyConfiguration"] = new JsonObject
        {
            ["TargetValue"] = 100.0,
            ["PredefinedMetricSpecification"] = new JsonObject { ["PredefinedMetricType"] = metric, ["ResourceLabel"] = label },
        };
        return body;
    }
}
