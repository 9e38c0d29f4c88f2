using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Tests.Engine;

public sealed class CodeDeployControllerTests : IDisposable
{
    private readonly SandboxTestContext _sandbox = new();

    public CodeDeployControllerTests()
    {
        _sandbox.Engine.Ecs.CreateService(new ServiceRegistration("staging", "legacy-web", "blog:3", 1, null, [], null, ["subnet-05c4b2e8a7d610021"], [], "DISABLED",
            null, null, null, null, DeploymentConfigurationState.Default, 0, false, new Dictionary<string, string>(), DeploymentController: "CODE_DEPLOY"));
        _sandbox.Advance(60);
    }

    [Fact]
    public void UpdateService_NewTaskDefinitionOnCodeDeployService_RefusedAsEcsDoes()
    {
        var error = Assert.Throws<SandboxApiException>(() => _sandbox.Engine.Ecs.UpdateService(new ServiceUpdate("staging", "legacy-web", TaskDefinition: "blog:4")));

        Assert.Equal("InvalidParameterException", error.Code);
        Assert.Contains("CODE_DEPLOY", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("blog:3", _sandbox.Read(s => _sandbox.Service(s, "staging", "legacy-web").TaskDefinitionArn), StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateService_DesiredCountOnCodeDeployService_Allowed()
    {
        _sandbox.Engine.Ecs.UpdateService(new ServiceUpdate("staging", "legacy-web", DesiredCount: 2));

        Assert.Equal(2, _sandbox.Read(s => _sandbox.Service(s, "staging", "legacy-web").DesiredCount));
    }

    [Fact]
    public void ReplaceTasksForCodeDeploy_NewRevision_ServiceRunsItAndSaysWhichDeployment()
    {
        _sandbox.Engine.Ecs.ReplaceTasksForCodeDeploy("staging", "legacy-web", "blog:4", "d-ABCDEFGHI");
        _sandbox.Advance(120);

        var service = _sandbox.Read(s => _sandbox.Service(s, "staging", "legacy-web"));
        Assert.EndsWith("blog:4", service.TaskDefinitionArn, StringComparison.Ordinal);
        Assert.Contains(service.Events, e => e.Message.Contains("d-ABCDEFGHI", StringComparison.Ordinal));
    }

    public void Dispose() => _sandbox.Dispose();
}
