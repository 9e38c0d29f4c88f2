using EcsConsole.Core.Rollouts;

namespace EcsConsole.Core.Tests.Rollouts;

public sealed class DeploymentArnsTests
{
    [Fact]
    public void Parse_ServiceDeploymentArn_GivesClusterAndService()
    {
        Assert.Equal(("prod", "users"), DeploymentArns.Parse("arn:aws:ecs:eu-west-1:000000000000:service-deployment/prod/users/Abc123"));
    }

    [Theory]
    [InlineData("arn:aws:ecs:eu-west-1:000000000000:service/prod/users")]
    [InlineData("not an arn")]
    public void Parse_OtherText_IsRejected(string text)
    {
        Assert.Throws<ArgumentException>(() => DeploymentArns.Parse(text));
    }
}
