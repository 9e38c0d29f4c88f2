using System.Text.Json;
using EcsConsole.Testing;

namespace EcsConsole.Security.Tests;

/// <summary>
/// The README's commands for a real AWS account must not run the console in Development (exception details, session
/// cookie over plain http): they name the <c>production</c> launch profile, which sets Production.
/// </summary>
public sealed class ReadmeRunCommandsTests
{
    private static string Root => AwsModelLocator.RepositoryRoot ?? throw new InvalidOperationException("Repository root (folder with EcsConsole.sln) not found.");

    [Fact]
    public void Readme_EveryAwsRunCommand_UsesTheProductionLaunchProfile()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "README.md"));
        var awsRuns = lines.Where(l => l.Contains("Aws__Mode=Aws", StringComparison.Ordinal) && l.Contains("dotnet run", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(awsRuns);
        Assert.All(awsRuns, line => Assert.Contains("--launch-profile production", line));
    }

    [Fact]
    public void LaunchSettings_ProductionProfile_SetsProductionOnLoopback()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "src", "EcsConsole.Web", "Properties", "launchSettings.json")));
        var profile = settings.RootElement.GetProperty("profiles").GetProperty("production");

        Assert.Equal("Production", profile.GetProperty("environmentVariables").GetProperty("ASPNETCORE_ENVIRONMENT").GetString());
        Assert.Equal("http://127.0.0.1:5080", profile.GetProperty("applicationUrl").GetString());
    }
}
