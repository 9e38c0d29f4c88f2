using Microsoft.Extensions.Configuration;

namespace EcsConsole.Sandbox.Tests.Quirks;

/// <summary>Quirks come from configuration (appsettings or --Sandbox:Quirks:... arguments), as the README says.</summary>
public sealed class QuirkConfigurationTests
{
    [Fact]
    public void Bind_SandboxSectionWithQuirks_FillsEveryKey()
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(
        [
            "--Sandbox:Quirks:Enabled=true", "--Sandbox:Quirks:Seed=99", "--Sandbox:Quirks:Share=0.5",
            "--Sandbox:Quirks:ScalarKinds=false", "--Sandbox:Quirks:UnknownMembers=false", "--Sandbox:Quirks:UnknownEnumValues=false",
            "--Sandbox:Quirks:DropOptionalMembers=false", "--Sandbox:Quirks:OmitCurrentServiceDeployment=false",
            "--Sandbox:Quirks:HtmlErrorOperations=DescribeTasks", "--Sandbox:Quirks:UnknownOperations=ListServiceDeployments,DescribeServiceRevisions",
        ]).Build();

        var options = configuration.GetSection("Sandbox").Get<SandboxOptions>()!;

        Assert.Equal(
            new SandboxQuirks
            {
                Enabled = true, Seed = 99, Share = 0.5, ScalarKinds = false, UnknownMembers = false, UnknownEnumValues = false,
                DropOptionalMembers = false, OmitCurrentServiceDeployment = false, HtmlErrorOperations = "DescribeTasks",
                UnknownOperations = "ListServiceDeployments,DescribeServiceRevisions",
            },
            options.Quirks);
    }

    [Fact]
    public void Bind_QuirksOnlyEnabled_PlaysTheIssue12Profile()
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(["--Sandbox:Quirks:Enabled=true"]).Build();

        var quirks = configuration.GetSection("Sandbox").Get<SandboxOptions>()!.Quirks;

        Assert.True(quirks.ScalarKinds && quirks.UnknownMembers && quirks.OmitCurrentServiceDeployment);
        Assert.Equal("ListServiceDeployments,DescribeServiceDeployments", quirks.HtmlErrorOperations);
        Assert.Equal("", quirks.UnknownOperations);
    }

    [Fact]
    public void Bind_NoQuirksSection_LeavesQuirksOff()
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(["--Sandbox:Seed=false"]).Build();

        Assert.False(configuration.GetSection("Sandbox").Get<SandboxOptions>()!.Quirks.Enabled);
    }
}
