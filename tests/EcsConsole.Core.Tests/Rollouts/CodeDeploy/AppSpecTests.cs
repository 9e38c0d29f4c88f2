using EcsConsole.Core.Rollouts.CodeDeploy;

namespace EcsConsole.Core.Tests.Rollouts.CodeDeploy;

public sealed class AppSpecTests
{
    private const string Arn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/legacy-web:7";

    [Fact]
    public void Build_Revision_NamesTaskDefinitionContainerAndPort()
    {
        var content = AppSpec.Build(new CodeDeployRevision(Arn, "legacy-web", 8080));

        var properties = System.Text.Json.Nodes.JsonNode.Parse(content)!["Resources"]![0]!["TargetService"]!;
        Assert.Equal("AWS::ECS::Service", properties["Type"]!.GetValue<string>());
        Assert.Equal("legacy-web", properties["Properties"]!["LoadBalancerInfo"]!["ContainerName"]!.GetValue<string>());
        Assert.Equal(8080, properties["Properties"]!["LoadBalancerInfo"]!["ContainerPort"]!.GetValue<int>());
        Assert.Equal(Arn, AppSpec.TaskDefinitionOf(content));
    }

    [Fact]
    public void Sha256_KnownText_IsLowerCaseHex()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", AppSpec.Sha256("abc"));
    }

    [Theory]
    [InlineData("version: 0.0\nResources:\n  - TargetService: {}")]
    [InlineData("{\"version\":\"0.0\"}")]
    [InlineData("")]
    public void TaskDefinitionOf_YamlOrNoTaskDefinition_ReturnsNull(string content)
    {
        Assert.Null(AppSpec.TaskDefinitionOf(content));
    }
}
