using EcsConsole.Testing;
using EcsConsole.Web.Configuration;

namespace EcsConsole.Web.Tests.Configuration;

public sealed class ConnectionModeSelectorTests
{
    private readonly Dictionary<string, string> _environment = new() { ["HOME"] = "/home/ops" };
    private readonly HashSet<string> _files = [];

    private ConnectionModeDecision Decide(string mode, string environmentName = "Development", string? profile = null) =>
        new ConnectionModeSelector(name => _environment.GetValueOrDefault(name), _files.Contains)
            .Decide(new AwsOptions { Mode = mode, Profile = profile }, environmentName);

    [Fact]
    public void Decide_ModeSandbox_UsesSandboxEvenWithCredentials()
    {
        _environment["AWS_ACCESS_KEY_ID"] = "AKIA";

        Assert.True(Decide("Sandbox", "Production").UseSandbox);
    }

    [Fact]
    public void Decide_ModeAws_UsesAws()
    {
        Assert.False(Decide("Aws").UseSandbox);
    }

    [Fact]
    public void Decide_AutoInDevelopmentWithNothingConfigured_UsesSandbox()
    {
        var decision = Decide("auto");

        Assert.Equal((true, false), (decision.UseSandbox, decision.NoAwsConfiguration));
    }

    [Fact]
    public void Decide_AutoWithProfileWhoseSsoSessionExpired_UsesAwsNotSandbox()
    {
        _environment["AWS_PROFILE"] = "ops";

        var decision = Decide("Auto");

        Assert.False(decision.UseSandbox);
        Assert.Contains("AWS_PROFILE", decision.Reason);
    }

    [Fact]
    public void Decide_AutoWithSharedConfigFileOnly_UsesAws()
    {
        _files.Add(Path.Combine("/home/ops", ".aws", "config"));

        Assert.False(Decide("Auto").UseSandbox);
    }

    [Fact]
    public void Decide_AutoWithProfileSetting_UsesAws()
    {
        Assert.False(Decide("Auto", profile: "ops").UseSandbox);
    }

    [Theory]
    [InlineData("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/abc")]
    [InlineData("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://169.254.170.23/v1/credentials")]
    [InlineData("ECS_CONTAINER_METADATA_URI_V4", "http://169.254.170.2/v4/abc")]
    [InlineData("AWS_WEB_IDENTITY_TOKEN_FILE", "/var/run/secrets/eks.amazonaws.com/serviceaccount/token")]
    public void Decide_AutoWithCredentialEndpointVariable_UsesAws(string variable, string value)
    {
        _environment[variable] = value;

        Assert.False(Decide("Auto").UseSandbox);
    }

    [Fact]
    public void Decide_AutoOutsideDevelopmentWithNothingConfigured_UsesAwsAndFlagsNoCredentials()
    {
        var decision = Decide("Auto", "Production");

        Assert.Equal((false, true), (decision.UseSandbox, decision.NoAwsConfiguration));
    }

    [Fact]
    public void Decide_DockerImageEnvironmentWithoutCredentials_UsesAwsAndFlagsNoCredentials()
    {
        var root = AwsModelLocator.RepositoryRoot ?? throw new InvalidOperationException("Repository root (folder with EcsConsole.sln) not found.");
        var image = DockerfileEnvironment.Read(File.ReadAllText(Path.Combine(root, "Dockerfile")));
        // The base image's non-root user has a home without ~/.aws; docker run adds nothing else.
        image["HOME"] = "/home/app";

        var decision = new ConnectionModeSelector(name => image.GetValueOrDefault(name), _ => false)
            .Decide(new AwsOptions(), image.GetValueOrDefault("ASPNETCORE_ENVIRONMENT") ?? "Production");

        Assert.Equal((false, true), (decision.UseSandbox, decision.NoAwsConfiguration));
    }

    [Fact]
    public void Decide_UnknownMode_ThrowsNamingTheChoices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Decide("Cloud"));

        Assert.Contains("Sandbox, Aws or Auto", error.Message);
    }
}
