using System.Diagnostics;
using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Services;

namespace EcsConsole.Core.Tests.Wizards.Services;

/// <summary>The Service wizard's plan as a CLI script (replayed by the AWS CLI against the sandbox) and as a CloudFormation template.</summary>
public sealed class ServiceWizardExportTests : IAsyncLifetime
{
    private ServiceWizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await ServiceWizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public void CloudFormation_PlainService_IsAnEcsServiceWithCapitalizedProperties()
    {
        var template = JsonNode.Parse(CloudFormationExporter.Export(ServiceWizard.Plan(ServiceWizardInputs.Plain()).Plan!))!;

        var service = template["Resources"]!["Service"]!;
        Assert.Equal("AWS::ECS::Service", service["Type"]!.GetValue<string>());
        var properties = service["Properties"]!;
        Assert.Equal("search", properties["ServiceName"]!.GetValue<string>());
        Assert.Equal("staging", properties["Cluster"]!.GetValue<string>());
        Assert.Equal("subnet-05c4b2e8a7d610021", properties["NetworkConfiguration"]!["AwsvpcConfiguration"]!["Subnets"]![0]!.GetValue<string>());
        Assert.True(properties["DeploymentConfiguration"]!["DeploymentCircuitBreaker"]!["Rollback"]!.GetValue<bool>());
        Assert.True(properties["EnableECSManagedTags"]!.GetValue<bool>());
        Assert.Equal("team", properties["Tags"]![0]!["Key"]!.GetValue<string>());
        Assert.Null(properties["ClientToken"]);
        Assert.Equal("Service", template["Outputs"]!["ServiceArn"]!["Value"]!["Ref"]!.GetValue<string>());
    }

    [Fact]
    public void Exports_SearchBehindNewAlbWithCloudMapAndScaling_WriteEveryResource()
    {
        var plan = ServiceWizard.Plan(ServiceWizardInputs.Search()).Plan!;

        var template = JsonNode.Parse(CloudFormationExporter.Export(plan))!;
        var script = AwsCliScriptExporter.Export(plan);

        Assert.Equal("AWS::ECS::Service", template["Resources"]!["Service"]!["Type"]!.GetValue<string>());
        Assert.NotNull(template["Resources"]!["ScalingPolicy"]);
        Assert.Contains("aws elbv2 create-load-balancer", script, StringComparison.Ordinal);
    }

    [RequiresCfnLintFact]
    public async Task CloudFormation_PlainService_PassesCfnLintAsync()
    {
        var template = Path.Combine(Path.GetTempPath(), $"ecsconsole-service-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(template, CloudFormationExporter.Export(ServiceWizard.Plan(ServiceWizardInputs.Plain()).Plan!));
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
    public async Task CliScript_PlainServiceReplayedTwice_CreatesTheServiceOnceAsync()
    {
        var script = Path.Combine(Path.GetTempPath(), $"ecsconsole-service-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, AwsCliScriptExporter.Export(ServiceWizard.Plan(ServiceWizardInputs.Plain()).Plan!));
        try
        {
            var first = await ReplayAsync(script);
            // The DescribeServices lookup finds the service the first replay created.
            var second = await ReplayAsync(script);

            Assert.True(first.ExitCode == 0, first.Output);
            Assert.True(second.ExitCode == 0, second.Output);
        }
        finally
        {
            File.Delete(script);
        }

        var service = await _sandbox.ServiceAsync("staging", "search");
        Assert.Equal("ACTIVE", service!.Status);
        Assert.Equal("SERVICE", service.PropagateTags);
        Assert.Equal(1, _sandbox.Sandbox.Engine.Read(s => s.FindCluster("staging")!.Services.Count(x => x.Name == "search")));
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
