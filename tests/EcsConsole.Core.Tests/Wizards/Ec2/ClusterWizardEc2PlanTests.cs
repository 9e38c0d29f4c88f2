using System.Diagnostics;
using EcsConsole.Aws.AutoScaling;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Tests.Wizards.Clusters;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Export;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.Ec2;

/// <summary>
/// The cluster wizard's EC2 plan (cluster → launch template → Auto Scaling group → capacity provider → association) run by
/// the EC2 and Auto Scaling executors on the sandbox, where the group's instances join the new cluster; and its exports.
/// </summary>
public sealed class ClusterWizardEc2PlanTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private static WizardPlan Plan(string name) => ClusterWizard.Plan(ClusterWizardInputs.Ec2(name), ClusterWizardInputs.Ami).Plan!;

    [Fact]
    public async Task StartAsync_Ec2ClusterPlan_InstancesRegisterInTheNewClusterAsync()
    {
        var run = await _sandbox.Runner.StartAsync(Plan("batch"), "alice", null, CancellationToken.None);
        for (var i = 0; i < 12; i++)
        {
            WizardSandbox.Time.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.True(run.State == WizardRunState.Succeeded, run.Error);
        var ecs = _sandbox.Store.Services.GetRequiredService<IEcsClient>();
        var instances = await ecs.ListContainerInstancesAsync(new ListContainerInstancesRequest { Cluster = "batch" }).ToListAsync();
        Assert.Equal(2, instances.Count);
        var group = await _sandbox.Store.Services.GetRequiredService<IAutoScalingClient>()
            .DescribeAutoScalingGroupsAsync(new DescribeAutoScalingGroupsRequest { AutoScalingGroupNames = [ClusterWizardInputs.Ec2("batch").AutoScalingGroupName] }).SingleAsync();
        Assert.Equal(group.AutoScalingGroupARN, run.Steps[2].OutputValues()["Arn"]);
    }

    [Fact]
    public async Task RollbackAsync_Ec2ClusterPlan_RemovesTheGroupAndTemplateAsync()
    {
        var run = await _sandbox.Runner.StartAsync(Plan("etl"), "alice", null, CancellationToken.None);

        var rolledBack = await _sandbox.Runner.RollbackAsync(run.Id, CancellationToken.None);

        Assert.True(rolledBack.State == WizardRunState.RolledBack, rolledBack.Error);
        Assert.Empty(await _sandbox.Store.Services.GetRequiredService<IAutoScalingClient>()
            .DescribeAutoScalingGroupsAsync(new DescribeAutoScalingGroupsRequest { AutoScalingGroupNames = [ClusterWizardInputs.Ec2("etl").AutoScalingGroupName] }).ToListAsync());
    }

    [RequiresCfnLintFact]
    public async Task CloudFormation_Ec2ClusterPlan_PassesCfnLintAsync()
    {
        var template = Path.Combine(Path.GetTempPath(), $"ecsconsole-cluster-ec2-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(template, CloudFormationExporter.Export(Plan("batch")));
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

    [RequiresAwsCliFact]
    public async Task CliScript_Ec2ClusterPlanReplayedTwice_CreatesEachResourceOnceAsync()
    {
        var script = Path.Combine(Path.GetTempPath(), $"ecsconsole-cluster-ec2-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, AwsCliScriptExporter.Export(Plan("reports")));
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

        Assert.Single(await _sandbox.Store.Services.GetRequiredService<IAutoScalingClient>()
            .DescribeAutoScalingGroupsAsync(new DescribeAutoScalingGroupsRequest { AutoScalingGroupNames = [ClusterWizardInputs.Ec2("reports").AutoScalingGroupName] }).ToListAsync());
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
