using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;
using EcsConsole.Sandbox.Engine.ServiceDiscovery;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class ServiceCreationRepeatTests : IDisposable
{
    private readonly SandboxTestContext _sandbox = new();

    [Fact]
    public void CreateService_SameClientTokenAgain_ReturnsTheFirstServiceWithoutASecond()
    {
        var first = _sandbox.Engine.Ecs.CreateService(Service("reports", 2, token: "run-1", fingerprint: "a"));

        var again = _sandbox.Engine.Ecs.CreateService(Service("reports", 2, token: "run-1", fingerprint: "b"));

        Assert.Equal(first, again);
        Assert.Single(_sandbox.Read(s => _sandbox.Cluster(s, "staging").Services.Where(x => x.Name == "reports").ToList()));
    }

    [Fact]
    public void CreateService_SameRequestWithoutToken_ReturnsTheExistingService()
    {
        var first = _sandbox.Engine.Ecs.CreateService(Service("reports", 2, token: null, fingerprint: "same"));

        Assert.Equal(first, _sandbox.Engine.Ecs.CreateService(Service("reports", 2, token: null, fingerprint: "same")));
    }

    [Fact]
    public void CreateService_SameNameDifferentRequest_RefusedAsNotIdempotent()
    {
        _sandbox.Engine.Ecs.CreateService(Service("reports", 2, token: "run-1", fingerprint: "a"));

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.CreateService(Service("reports", 3, token: "run-2", fingerprint: "b")));

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Equal("Creation of service was not idempotent.", error.Message);
    }

    [Fact]
    public void CreateService_RegistryAndTagSettings_KeptOnTheService()
    {
        var stagingNamespace = _sandbox.Read(s => ServiceDiscoveryCatalog.Namespaces(s, _sandbox.Engine.Arns).Single(n => n.Cluster.Name == "staging").Id);
        var registry = _sandbox.Engine.CloudMap.CreateDiscoveryService(new DiscoveryServiceRequest("reports", stagingNamespace, null, null, [new("A", 15)], 1, null, null)).Arn;
        _sandbox.Engine.Ecs.CreateService(Service("reports", 1, token: null, fingerprint: "a") with
        {
            RegistryArns = [registry],
            PropagateTags = "SERVICE",
            EnableEcsManagedTags = true,
        });

        var service = _sandbox.Read(s => _sandbox.Service(s, "staging", "reports"));
        Assert.Equal([registry], service.RegistryArns);
        Assert.Equal("SERVICE", service.PropagateTags);
        Assert.True(service.EnableEcsManagedTags);
    }

    [Fact]
    public void UpdateService_DrainingService_RefusedAsNotActive()
    {
        _sandbox.Engine.Ecs.DeleteService("prod", "blog", force: true);

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.UpdateService(new ServiceUpdate("prod", "blog", null, 1, false, null, null)));

        Assert.Equal("ServiceNotActiveException", error.Code);
    }

    [Fact]
    public void CreateService_NameOfADrainingService_RefusedAsNotIdempotent()
    {
        _sandbox.Engine.Ecs.DeleteService("prod", "blog", force: true);
        var blog = _sandbox.Read(s => _sandbox.Service(s, "prod", "blog").TaskDefinitionArn);

        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.CreateService(
            new ServiceRegistration("prod", "blog", blog, 1, "EC2", [], null, [], [], "DISABLED", null, null, null, null, DeploymentConfigurationState.Default, 0, false, new Dictionary<string, string>())));

        Assert.Equal("Creation of service was not idempotent.", error.Message);
    }

    public void Dispose() => _sandbox.Dispose();

    private ServiceRegistration Service(string name, int desired, string? token, string fingerprint)
    {
        var definition = _sandbox.Engine.Read(s => s.FindTaskDefinition(name)) is { } existing ? existing.Arn : _sandbox.Engine.Ecs.RegisterTaskDefinition(Definition(name));
        return new ServiceRegistration("staging", name, definition, desired, "FARGATE", [], null, ["subnet-05c4b2e8a7d610021"], ["sg-0b9e8d7c6a5f40072"], "DISABLED",
            null, null, null, null, DeploymentConfigurationState.Default, 0, false, new Dictionary<string, string>())
        {
            ClientToken = token,
            Fingerprint = fingerprint,
        };
    }

    private static TaskDefinitionRegistration Definition(string family) => ServiceAndTaskCommandsTests.Definition(family, "256", "512", ["FARGATE"]);
}
