using EcsConsole.Sandbox.Accounts;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Accounts;

/// <summary>One engine per account and region: the default account's edge fleet in the second region, IAM shared by an account's regions.</summary>
public sealed class SandboxRegionsTests
{
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);

    [Fact]
    public void Create_Defaults_EveryAccountServesTheHomeAndTheEdgeRegion()
    {
        using var accounts = SandboxAccounts.Create(SandboxTestContext.Options(), _time, _time);

        Assert.All(accounts.All, a => Assert.Equal(["eu-west-1", "us-east-1"], a.Regions.Select(r => r.Name)));
        Assert.Equal(["eu-west-1", "us-east-1"], SandboxAccounts.RegionNames(SandboxTestContext.Options()));
        Assert.Same(accounts.Default.Engine, accounts.Default.Home.Engine);
        Assert.Null(accounts.Default.In("ap-south-1"));
    }

    [Fact]
    public void Create_Defaults_TheDefaultAccountRunsTheEdgeFleetInUsEast1()
    {
        using var accounts = SandboxAccounts.Create(SandboxTestContext.Options(), _time, _time);
        var edge = accounts.EngineOf("000000000000", "us-east-1")!;
        _time.Advance(TimeSpan.FromMinutes(2));

        var (clusters, services, running, images) = edge.Read(s => (
            s.Clusters.Select(c => c.Arn).ToList(),
            s.Clusters.SelectMany(c => c.Services).Select(v => (v.Name, v.DesiredCount)).ToList(),
            s.Clusters.SelectMany(c => c.Tasks).Count(t => t.LastStatus == "RUNNING"),
            s.TaskDefinitions.SelectMany(t => t.Containers).Select(c => c.Image).Distinct().ToList()));

        Assert.Equal(["arn:aws:ecs:us-east-1:000000000000:cluster/edge"], clusters);
        Assert.Equal([("edge-proxy", 3), ("geo-router", 1)], services);
        Assert.Equal(4, running);
        Assert.All(images, image => Assert.StartsWith("000000000000.dkr.ecr.us-east-1.amazonaws.com/", image, StringComparison.Ordinal));
        Assert.Equal(["prod", "staging"], accounts.Default.Engine.Read(s => s.Clusters.Select(c => c.Name).ToList()));
    }

    [Fact]
    public void Create_Defaults_FurtherAccountsStartEmptyInTheEdgeRegion()
    {
        using var accounts = SandboxAccounts.Create(SandboxTestContext.Options(), _time, _time);

        var platformEdge = accounts.EngineOf(SandboxOptions.PlatformAccountId, "us-east-1")!;

        Assert.Empty(platformEdge.Read(s => s.Clusters.Select(c => c.Name).ToList()));
        Assert.Equal("arn:aws:ecs:us-east-1:222222222222:cluster/x", platformEdge.Arns.Cluster("x"));
    }

    [Fact]
    public void Create_Defaults_AnAccountsRegionsShareOneIam()
    {
        using var accounts = SandboxAccounts.Create(SandboxTestContext.Options(), _time, _time);
        var platform = accounts.Find(SandboxOptions.PlatformAccountId)!;

        Assert.Contains(platform.Iam.ListRoles("/"), r => r.Name == "EcsConsoleAccess");
        Assert.Equal(1, platform.Iam.ListRoles("/").Count(r => r.Name == "EcsConsoleAccess"));
    }

    [Fact]
    public void Create_SeedOff_NoEdgeFleetEither()
    {
        var options = SandboxTestContext.Options(seed: false);

        using var accounts = SandboxAccounts.Create(options, _time, _time);

        Assert.Empty(accounts.Default.EngineIn("us-east-1").Read(s => s.Clusters.ToList()));
    }

    [Fact]
    public void Create_RegionDisabled_ServesTheHomeRegionOnly()
    {
        var options = SandboxTestContext.Options();
        options.Regions[SandboxOptions.EdgeRegion].Enabled = false;

        using var accounts = SandboxAccounts.Create(options, _time, _time);

        Assert.All(accounts.All, a => Assert.Equal(["eu-west-1"], a.Regions.Select(r => r.Name)));
    }

    [Theory]
    [InlineData("useast1", "none", "a region name looks like us-east-1")]
    [InlineData("us-west-2", "big", "Fleet is 'big'; use 'edge' or 'none'")]
    public void Create_RegionConfiguredWrongly_SaysWhatToFix(string region, string fleet, string message)
    {
        var options = SandboxTestContext.Options();
        options.Regions[region] = new SandboxRegionOptions { Fleet = fleet };

        var error = Assert.Throws<ArgumentException>(() => SandboxAccounts.Create(options, _time, _time));

        Assert.Contains($"Sandbox:Regions:{region}", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
