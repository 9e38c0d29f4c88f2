using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class CapacityProviderCommandsTests : IDisposable
{
    private const string QaGroup = "arn:aws:autoscaling:eu-west-1:000000000000:autoScalingGroup:0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0:autoScalingGroupName/qa-asg";

    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void BuiltIn_EverySandbox_HasFargateAndFargateSpot()
    {
        using var empty = new SandboxTestContext(seed: false);

        var providers = empty.Engine.Read(s => s.CapacityProviders.Select(p => (p.Name, p.Type, p.Status)).ToList());

        Assert.Equal([("FARGATE", "FARGATE", "ACTIVE"), ("FARGATE_SPOT", "FARGATE_SPOT", "ACTIVE")], providers);
    }

    [Fact]
    public void CreateCapacityProvider_AsgArn_ActiveAndFoundByItsGroup()
    {
        var arn = _sandbox.Engine.Ecs.CreateCapacityProvider(Request("qa-cp"));

        Assert.Equal("arn:aws:ecs:eu-west-1:000000000000:capacity-provider/qa-cp", arn);
        Assert.Equal("qa-cp", _sandbox.Engine.Read(s => s.FindCapacityProviderByAsg(QaGroup)?.Name));
    }

    [Theory]
    [InlineData("prod-asg-cp", QaGroup, "already exists")]
    [InlineData("ecs-qa", QaGroup, "can't be prefixed")]
    [InlineData("qa-cp", "qa-asg", "not valid")]
    public void CreateCapacityProvider_RefusedInput_ClientExceptionSayingWhy(string name, string group, string reason)
    {
        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.CreateCapacityProvider(Request(name, group)));

        Assert.Equal("ClientException", error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateCapacityProvider_GroupUsedByAnother_ClientException()
    {
        _sandbox.Engine.Ecs.CreateCapacityProvider(Request("qa-cp"));

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.CreateCapacityProvider(Request("qa-cp-2")));

        Assert.Equal("ClientException", error.Code);
        Assert.Contains("qa-cp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PutClusterCapacityProviders_NewEc2Provider_ClusterUsesItAndTurnsEc2()
    {
        _sandbox.Engine.Ecs.CreateCapacityProvider(Request("qa-cp"));
        _sandbox.Engine.Ecs.CreateCluster("qa", [], [], new Dictionary<string, string>());

        _sandbox.Engine.Ecs.PutClusterCapacityProviders("qa", ["qa-cp"], [new CapacityProviderStrategyState("qa-cp", 1, 0)]);

        var cluster = _sandbox.Read(s => _sandbox.Cluster(s, "qa"));
        Assert.Equal(["qa-cp"], cluster.CapacityProviders);
        Assert.Equal("EC2", cluster.LaunchType);
    }

    [Fact]
    public void PutClusterCapacityProviders_RemovingOneServicesUse_ResourceInUse()
    {
        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.PutClusterCapacityProviders("staging", ["FARGATE"], [new CapacityProviderStrategyState("FARGATE", 1, 0)]));

        Assert.Equal("ResourceInUseException", error.Code);
    }

    [Fact]
    public void PutClusterCapacityProviders_ProviderOfAnotherCluster_InvalidParameter()
    {
        _sandbox.Engine.Ecs.CreateCluster("qa", [], [], new Dictionary<string, string>());

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.PutClusterCapacityProviders("qa", ["prod-asg-cp"], []));

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Contains("prod", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeleteCapacityProvider_AfterRemovalFromCluster_Inactive()
    {
        _sandbox.Engine.Ecs.CreateCapacityProvider(Request("qa-cp"));
        _sandbox.Engine.Ecs.CreateCluster("qa", ["qa-cp"], [new CapacityProviderStrategyState("qa-cp", 1, 0)], new Dictionary<string, string>());
        Assert.Equal("ClientException", Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.DeleteCapacityProvider("qa-cp")).Code);

        _sandbox.Engine.Ecs.PutClusterCapacityProviders("qa", [], []);
        _sandbox.Engine.Ecs.DeleteCapacityProvider("qa-cp");

        Assert.Equal("INACTIVE", _sandbox.Read(s => s.FindCapacityProvider("qa-cp")!.Status));
        Assert.Null(_sandbox.Read(s => s.FindCapacityProviderByAsg(QaGroup)));
    }

    [Fact]
    public void DeleteCapacityProvider_Fargate_RefusedAsReserved()
    {
        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.DeleteCapacityProvider("FARGATE_SPOT"));

        Assert.Contains("reserved", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateCluster_UnknownProvider_InvalidParameter()
    {
        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.CreateCluster("qa", ["nope-cp"], [], new Dictionary<string, string>()));

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Contains("nope-cp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeleteCluster_WithContainerInstances_RefusedWithClusterContainsContainerInstances()
    {
        _sandbox.Engine.Ecs.CreateCluster("qa", [], [], new Dictionary<string, string>());
        _sandbox.Engine.Write((sim, now) =>
        {
            var cluster = sim.State.FindCluster("qa")!;
            cluster.ContainerInstances.Add(new ContainerInstanceState
            {
                Id = "0123", Arn = sim.Arns.ContainerInstance("qa", "0123"), Ec2InstanceId = "i-0123", CapacityProviderName = "qa-cp",
                InstanceType = "t3.medium", AvailabilityZone = "eu-west-1a", RegisteredCpu = 2048, RegisteredMemory = 3904, RegisteredAt = now,
            });
            return 0;
        });

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.DeleteCluster("qa"));

        Assert.Equal("ClusterContainsContainerInstancesException", error.Code);
    }

    public void Dispose() => _sandbox.Dispose();

    private static CapacityProviderRequest Request(string name, string group = QaGroup) =>
        new(name, group, new ManagedScalingState("ENABLED", 90, 1, 10, 300), "DISABLED", "ENABLED", new Dictionary<string, string> { ["team"] = "qa" });
}
