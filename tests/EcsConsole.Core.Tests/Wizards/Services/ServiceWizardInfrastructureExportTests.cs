using System.Diagnostics;
using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Services;

namespace EcsConsole.Core.Tests.Wizards.Services;

public sealed class ServiceWizardInfrastructureExportTests
{
    private const string ExistingListener = "arn:aws:elasticloadbalancing:eu-west-1:000000000000:listener/app/staging-alb/0123456789abcdef/fedcba9876543210";

    [Fact]
    public void CloudFormation_ExistingAlbCloudMapAndScaling_EveryCallIsAResource()
    {
        var template = JsonNode.Parse(CloudFormationExporter.Export(ServiceWizard.Plan(Input()).Plan!))!;
        var resources = template["Resources"]!.AsObject();

        Assert.Equal(
            ["AWS::ElasticLoadBalancingV2::TargetGroup", "AWS::ElasticLoadBalancingV2::ListenerRule", "AWS::ServiceDiscovery::PrivateDnsNamespace",
                "AWS::ServiceDiscovery::Service", "AWS::ECS::Service", "AWS::ApplicationAutoScaling::ScalableTarget", "AWS::ApplicationAutoScaling::ScalingPolicy"],
            resources.Select(r => r.Value!["Type"]!.GetValue<string>()));
        Assert.Equal("TargetGroup", resources["ProductionRule"]!["Properties"]!["Actions"]![0]!["ForwardConfig"]!["TargetGroups"]![0]!["TargetGroupArn"]!["Ref"]!.GetValue<string>());
        Assert.Equal("""["Namespace","Id"]""", resources["DiscoveryService"]!["Properties"]!["NamespaceId"]!["Fn::GetAtt"]!.ToJsonString());
        Assert.Equal("ScalableTarget", resources["ScalingPolicy"]!["Properties"]!["ScalingTargetId"]!["Ref"]!.GetValue<string>());
        Assert.Null(resources["Namespace"]!["Properties"]!["CreatorRequestId"]);
    }

    [RequiresCfnLintFact]
    public async Task CloudFormation_ExistingAlbCloudMapAndScaling_PassesCfnLintAsync()
    {
        var template = Path.Combine(Path.GetTempPath(), $"ecsconsole-service-infra-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(template, CloudFormationExporter.Export(ServiceWizard.Plan(Input()).Plan!));
        try
        {
            var start = new ProcessStartInfo("cfn-lint", ["--regions", "eu-west-1", "--", template])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.True(process.ExitCode == 0, await output + await error);
        }
        finally
        {
            File.Delete(template);
        }
    }

    /// <summary>search behind an existing ALB's listener (the target group's VPC given), in a new Cloud Map namespace, with CPU target tracking.</summary>
    private static ServiceWizardInput Input()
    {
        var input = ServiceWizardInputs.Search();
        input.LoadBalancer.Choice = LoadBalancerChoice.ExistingAlb;
        input.LoadBalancer.ExistingListenerArn = ExistingListener;
        input.LoadBalancer.VpcId = ServiceWizardInputs.StagingVpc;
        return input;
    }
}
