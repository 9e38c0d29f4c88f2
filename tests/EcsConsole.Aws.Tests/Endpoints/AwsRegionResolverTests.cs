namespace EcsConsole.Aws.Tests.Endpoints;

public sealed class AwsRegionResolverTests
{
    private static string? Resolve(string? explicitRegion, string? profile, Dictionary<string, string> environment, string? profileRegion = "profile-region-1") =>
        AwsRegionResolver.Resolve(explicitRegion, profile, name => environment.GetValueOrDefault(name), _ => profileRegion);

    [Fact]
    public void Resolve_ExplicitRegion_WinsOverEverything()
    {
        Assert.Equal("ap-south-1", Resolve("ap-south-1", null, new() { ["AWS_REGION"] = "eu-west-1" }));
    }

    [Fact]
    public void Resolve_AwsRegion_WinsOverAwsDefaultRegion()
    {
        Assert.Equal("eu-west-1", Resolve(null, null, new() { ["AWS_REGION"] = "eu-west-1", ["AWS_DEFAULT_REGION"] = "us-west-2" }));
    }

    [Fact]
    public void Resolve_OnlyDefaultRegionVariable_UsesIt()
    {
        Assert.Equal("us-west-2", Resolve(null, null, new() { ["AWS_DEFAULT_REGION"] = "us-west-2" }));
    }

    [Fact]
    public void Resolve_NoVariables_FallsBackToProfileRegion()
    {
        Assert.Equal("profile-region-1", Resolve(null, "dev", new()));
    }

    [Fact]
    public void Resolve_NothingConfigured_ReturnsNull()
    {
        Assert.Null(Resolve(null, null, new(), profileRegion: null));
    }
}
