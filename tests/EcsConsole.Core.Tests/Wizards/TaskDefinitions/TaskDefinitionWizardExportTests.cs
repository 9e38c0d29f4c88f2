using System.Diagnostics;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.TaskDefinitions;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.TaskDefinitions;

/// <summary>The exported script replayed with the real AWS CLI against the sandbox, and the template judged by cfn-lint.</summary>
public sealed class TaskDefinitionWizardExportTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task CliScript_ReplayedTwice_CreatesTheGroupOnceAndARevisionEachTimeAsync()
    {
        var script = Path.Combine(Path.GetTempPath(), $"ecsconsole-td-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, AwsCliScriptExporter.Export(TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!));
        try
        {
            var first = await RunAsync(new ProcessStartInfo("bash", [script]), cli: true);
            var second = await RunAsync(new ProcessStartInfo("bash", [script]), cli: true);

            Assert.True(first.ExitCode == 0, first.Output);
            Assert.True(second.ExitCode == 0, second.Output);
        }
        finally
        {
            File.Delete(script);
        }

        var described = await _sandbox.Store.Services.GetRequiredService<IEcsClient>().DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "reports" });
        Assert.Equal(2, described.TaskDefinition!.Revision);
    }

    [RequiresCfnLintFact]
    public async Task CloudFormation_ReportsPlan_PassesCfnLintAsync()
    {
        var template = Path.Combine(Path.GetTempPath(), $"ecsconsole-td-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(template, CloudFormationExporter.Export(TaskDefinitionWizard.Plan(TaskDefinitionInputs.Reports()).Plan!));
        try
        {
            var (exitCode, output) = await RunAsync(new ProcessStartInfo("cfn-lint", ["--regions", "eu-west-1", "--", template]), cli: false);

            Assert.True(exitCode == 0, output);
        }
        finally
        {
            File.Delete(template);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start, bool cli)
    {
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        if (cli)
        {
            start.Environment["ENDPOINT_ARGS"] = $"--endpoint-url {_sandbox.Sandbox.Url.ToString().TrimEnd('/')}";
            start.Environment["AWS_ACCESS_KEY_ID"] = "test";
            start.Environment["AWS_SECRET_ACCESS_KEY"] = "test";
            start.Environment["AWS_DEFAULT_REGION"] = _sandbox.Options.Region;
            start.Environment["AWS_CONFIG_FILE"] = "/nonexistent/aws-config";
            start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials";
            start.Environment["AWS_PAGER"] = "";
            start.Environment.Remove("AWS_PROFILE");
            start.Environment.Remove("AWS_SESSION_TOKEN");
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
