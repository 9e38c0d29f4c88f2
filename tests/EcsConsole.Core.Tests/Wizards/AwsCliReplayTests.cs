using System.Diagnostics;
using EcsConsole.Aws.Iam;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>The exported CLI script, run by bash with the real AWS CLI against the sandbox, sets up what the wizard would.</summary>
public sealed class AwsCliReplayTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task Export_ReplayedTwiceWithEndpointUrl_CreatesTheRolesOnceAsync()
    {
        var (plan, _) = IamRolesWizard.Plan(IamRolesWizardTests.UsersInput());
        var script = Path.Combine(Path.GetTempPath(), $"ecsconsole-wizard-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, AwsCliScriptExporter.Export(plan!));
        try
        {
            var first = await RunAsync(script);
            // Guarded creates make the script safe to run again.
            var second = await RunAsync(script);

            Assert.True(first.ExitCode == 0, first.Error);
            Assert.True(second.ExitCode == 0, second.Error);
        }
        finally
        {
            File.Delete(script);
        }

        Assert.True(await _sandbox.RoleExistsAsync("users-task"));
        var inline = new List<string>();
        await foreach (var name in _sandbox.Iam.ListRolePoliciesAsync(new ListRolePoliciesRequest { RoleName = "users-task" }))
        {
            inline.Add(name);
        }

        Assert.Equal(["task-access"], inline);
        var profile = await _sandbox.Iam.GetInstanceProfileAsync(new GetInstanceProfileRequest { InstanceProfileName = "ecs-instance" });
        Assert.Equal("ecs-instance", Assert.Single(profile.InstanceProfile.Roles).RoleName);
    }

    private async Task<(int ExitCode, string Error)> RunAsync(string script)
    {
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["ENDPOINT_ARGS"] = $"--endpoint-url {_sandbox.Sandbox.Url.ToString().TrimEnd('/')}";
        start.Environment["AWS_ACCESS_KEY_ID"] = "test";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "test";
        start.Environment["AWS_DEFAULT_REGION"] = _sandbox.Options.Region;
        start.Environment["AWS_CONFIG_FILE"] = "/nonexistent/aws-config";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials";
        start.Environment["AWS_PAGER"] = "";
        start.Environment.Remove("AWS_PROFILE");
        start.Environment.Remove("AWS_SESSION_TOKEN");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        await output;
        return (process.ExitCode, await error);
    }
}

/// <summary>A fact skipped, with the reason, when the AWS CLI is not on PATH (CI has it).</summary>
public sealed class RequiresAwsCliFactAttribute : FactAttribute
{
    public RequiresAwsCliFactAttribute()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "aws")));
        if (!onPath)
        {
            Skip = "skipped: AWS CLI not found on PATH";
        }
    }
}
