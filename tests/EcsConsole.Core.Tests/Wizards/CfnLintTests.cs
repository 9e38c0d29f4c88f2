using System.Diagnostics;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>cfn-lint, CloudFormation's own linter, judges the exported template when it is installed.</summary>
public sealed class CfnLintTests
{
    [RequiresCfnLintFact]
    public async Task Export_UsersPlan_PassesCfnLintAsync()
    {
        var (plan, _) = IamRolesWizard.Plan(IamRolesWizardTests.UsersInput());
        var template = Path.Combine(Path.GetTempPath(), $"ecsconsole-wizard-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(template, CloudFormationExporter.Export(plan!));
        try
        {
            var start = new ProcessStartInfo("cfn-lint", ["--regions", "eu-west-1", "--", template]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = await process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.True(process.ExitCode == 0, output + error);
        }
        finally
        {
            File.Delete(template);
        }
    }
}

/// <summary>A fact skipped, with the reason, when cfn-lint is not on PATH.</summary>
public sealed class RequiresCfnLintFactAttribute : FactAttribute
{
    public RequiresCfnLintFactAttribute()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "cfn-lint")));
        if (!onPath)
        {
            Skip = "skipped: cfn-lint not found on PATH";
        }
    }
}
