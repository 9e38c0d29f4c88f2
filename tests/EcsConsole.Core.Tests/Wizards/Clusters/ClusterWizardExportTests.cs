using System.Diagnostics;
using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Export;

namespace EcsConsole.Core.Tests.Wizards.Clusters;

/// <summary>The cluster wizard's plan as a CloudFormation template and as a CLI script replayed by the AWS CLI against the sandbox.</summary>
public sealed class ClusterWizardExportTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public void CloudFormation_Fargate_IsAnEcsClusterWithProvidersStrategyAndSettings()
    {
        var template = JsonNode.Parse(CloudFormationExporter.Export(ClusterWizard.Plan(ClusterWizardInputs.Fargate()).Plan!))!;

        var cluster = template["Resources"]!["Cluster"]!;
        Assert.Equal("AWS::ECS::Cluster", cluster["Type"]!.GetValue<string>());
        var properties = cluster["Properties"]!;
        Assert.Equal("qa", properties["ClusterName"]!.GetValue<string>());
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], properties["CapacityProviders"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(1, properties["DefaultCapacityProviderStrategy"]![0]!["Base"]!.GetValue<int>());
        Assert.Equal("containerInsights", properties["ClusterSettings"]![0]!["Name"]!.GetValue<string>());
        Assert.Equal("team", properties["Tags"]![0]!["Key"]!.GetValue<string>());
        Assert.Equal("Cluster", template["Outputs"]!["ClusterName"]!["Value"]!["Ref"]!.GetValue<string>());
    }

    [RequiresCfnLintFact]
    public async Task CloudFormation_Fargate_PassesCfnLintAsync()
    {
        var template = Path.Combine(Path.GetTempPath(), $"ecsconsole-cluster-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(template, CloudFormationExporter.Export(ClusterWizard.Plan(ClusterWizardInputs.Fargate()).Plan!));
        try
        {
            var (exitCode, output) = await RunAsync(new ProcessStartInfo("cfn-lint", ["--regions", "eu-west-1", "--", template]));

            Assert.True(exitCode == 0, output);
        }
        finally
        {
            File.Delete(template);
        }
    }

    [RequiresAwsCliFact]
    public async Task CliScript_FargateReplayedTwice_CreatesTheClusterAsPlannedAsync()
    {
        var script = Path.Combine(Path.GetTempPath(), $"ecsconsole-cluster-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, AwsCliScriptExporter.Export(ClusterWizard.Plan(ClusterWizardInputs.Fargate()).Plan!));
        try
        {
            var first = await ReplayAsync(script);
            // CreateCluster answers an existing active cluster with itself, so the script can run again.
            var second = await ReplayAsync(script);

            Assert.True(first.ExitCode == 0, first.Output);
            Assert.True(second.ExitCode == 0, second.Output);
        }
        finally
        {
            File.Delete(script);
        }

        var cluster = _sandbox.Sandbox.Engine.Read(s => s.FindCluster("qa")!);
        Assert.Equal("ACTIVE", cluster.Status);
        Assert.Equal(["FARGATE", "FARGATE_SPOT"], cluster.CapacityProviders);
        Assert.Equal("enhanced", cluster.ContainerInsights);
        Assert.Equal(1, _sandbox.Sandbox.Engine.Read(s => s.Clusters.Count(c => c.Name == "qa")));
    }

    private Task<(int ExitCode, string Output)> ReplayAsync(string script)
    {
        var start = new ProcessStartInfo("bash", [script]);
        start.Environment["ENDPOINT_ARGS"] = $"--endpoint-url {_sandbox.Sandbox.Url.ToString().TrimEnd('/')}";
        start.Environment["AWS_ACCESS_KEY_ID"] = "test";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "test";
        start.Environment["AWS_DEFAULT_REGION"] = "eu-west-1";
        start.Environment["AWS_CONFIG_FILE"] = "/nonexistent/aws-config";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/nonexistent/aws-credentials";
        start.Environment["AWS_PAGER"] = "";
        start.Environment.Remove("AWS_PROFILE");
        start.Environment.Remove("AWS_SESSION_TOKEN");
        return RunAsync(start);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
