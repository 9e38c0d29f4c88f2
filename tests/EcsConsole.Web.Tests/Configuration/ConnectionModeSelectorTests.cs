using EcsConsole.Web.Configuration;

namespace EcsConsole.Web.Tests.Configuration;

public sealed class ConnectionModeSelectorTests
{
    private readonly Dictionary<string, string> _environment = [];
    private (bool, string?) _probe = (false, "no credentials in the chain\n\nException 1 of 4: details");

    private ConnectionModeDecision Decide(string mode, string? profile = null) =>
        new ConnectionModeSelector(name => _environment.GetValueOrDefault(name), _ => _probe)
            .Decide(new AwsOptions { Mode = mode, Profile = profile });

    [Fact]
    public void Decide_ModeSandbox_UsesSandboxEvenWithCredentials()
    {
        _probe = (true, null);

        Assert.True(Decide("Sandbox").UseSandbox);
    }

    [Fact]
    public void Decide_ModeAws_UsesAwsWithoutProbing()
    {
        Assert.False(Decide("Aws").UseSandbox);
    }

    [Fact]
    public void Decide_AutoWithResolvableCredentials_UsesAws()
    {
        _probe = (true, null);

        Assert.False(Decide("Auto").UseSandbox);
    }

    [Fact]
    public void Decide_AutoWithoutCredentials_UsesSandboxAndSaysWhy()
    {
        var decision = Decide("auto");

        Assert.True(decision.UseSandbox);
        Assert.EndsWith("no credentials in the chain Exception 1 of 4: details", decision.Reason);
    }

    [Fact]
    public void Decide_AutoWithEndpointAndStaticEnvironmentCredentials_UsesAws()
    {
        _environment["AWS_ENDPOINT_URL"] = "http://localhost:4566";
        _environment["AWS_ACCESS_KEY_ID"] = "test";
        _environment["AWS_SECRET_ACCESS_KEY"] = "test";

        Assert.False(Decide("Auto").UseSandbox);
    }

    [Fact]
    public void Decide_UnknownMode_ThrowsNamingTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Decide("Cloud"));

        Assert.Contains("Sandbox, Aws or Auto", error.Message);
    }
}
