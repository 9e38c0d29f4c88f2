using System.Diagnostics;
using System.Text.Json.Nodes;
using EcsConsole.Aws.AutoScaling;
using EcsConsole.Core.Wizards.Export;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Wizards.Ec2;

/// <summary>The EC2 capacity plan exported: the CLI script replayed against the sandbox, the CloudFormation template mapped and linted.</summary>
public sealed class Ec2CapacityExportTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public void CloudFormation_CapacityPlan_MapsEachCallWithReferencesBetweenThem()
    {
        var template = JsonNode.Parse(CloudFormationExporter.Export(Ec2CapacityPlan.Build()))!["Resources"]!;

        Assert.Equal("AWS::EC2::SecurityGroup", template["InstanceGroup"]!["Type"]!.GetValue<string>());
        Assert.Equal("ECS container instances of prod", template["InstanceGroup"]!["Properties"]!["GroupDescription"]!.GetValue<string>());
        var ingress = template.AsObject().Single(r => r.Value!["Type"]!.GetValue<string>() == "AWS::EC2::SecurityGroupIngress").Value!["Properties"]!;
        Assert.Equal("""{"Fn::GetAtt":["InstanceGroup","GroupId"]}""", ingress["GroupId"]!.ToJsonString());
        Assert.Equal("sg-0d3f1a2b4c5e60071", ingress["SourceSecurityGroupId"]!.GetValue<string>());
        var launchTemplate = template["LaunchTemplate"]!["Properties"]!;
        Assert.Equal("""[{"Fn::GetAtt":["InstanceGroup","GroupId"]}]""", launchTemplate["LaunchTemplateData"]!["SecurityGroupIds"]!.ToJsonString());
        var group = template["Group"]!["Properties"]!;
        Assert.Equal("AWS::AutoScaling::AutoScalingGroup", template["Group"]!["Type"]!.GetValue<string>());
        Assert.Equal("""{"LaunchTemplateId":{"Ref":"LaunchTemplate"},"Version":{"Fn::GetAtt":["LaunchTemplate","LatestVersionNumber"]}}""", group["LaunchTemplate"]!.ToJsonString());
        Assert.Equal("""["subnet-0a1e7c3b5d9f20011","subnet-0a1e7c3b5d9f20012"]""", group["VPCZoneIdentifier"]!.ToJsonString());
        Assert.Equal("4", group["MaxSize"]!.GetValue<string>());
    }

    [RequiresCfnLintFact]
    public async Task CloudFormation_CapacityPlan_PassesCfnLintAsync()
    {
        var template = Path.Combine(Path.GetTempPath(), $"ecsconsole-ec2-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(template, CloudFormationExporter.Export(Ec2CapacityPlan.Build()));
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
    public async Task CliScript_ReplayedTwice_CreatesTheCapacityOnceAsync()
    {
        var script = Path.Combine(Path.GetTempPath(), $"ecsconsole-ec2-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(script, AwsCliScriptExporter.Export(Ec2CapacityPlan.Build()));
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

        var groups = await _sandbox.Store.Services.GetRequiredService<IAutoScalingClient>()
            .DescribeAutoScalingGroupsAsync(new DescribeAutoScalingGroupsRequest { AutoScalingGroupNames = [Ec2CapacityPlan.GroupName] }).ToListAsync();
        Assert.Equal(2, groups.Single().DesiredCapacity);
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
