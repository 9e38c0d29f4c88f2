using EcsConsole.Core.Fleet;
namespace EcsConsole.Core.Tests.Fleet;

public sealed class ImageReferencesTests
{
    [Theory]
    [InlineData("000000000000.dkr.ecr.eu-west-1.amazonaws.com/users:1.4.1", "1.4.1")]
    [InlineData("registry.local:5000/team/users", "latest")]
    [InlineData("registry.local:5000/team/users:2.0", "2.0")]
    [InlineData("nginx", "latest")]
    [InlineData("repo/users@sha256:0a1b2c3d4e5f6a7b8c9d", "@sha256:0a1b2c3d4e5f")]
    public void TagOf_ImageReference_GivesTheTagPeopleSay(string image, string tag) =>
        Assert.Equal(tag, ImageReferences.TagOf(image));
}
