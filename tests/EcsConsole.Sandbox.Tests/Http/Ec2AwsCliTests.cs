using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>`aws ec2|ssm|autoscaling ...` (botocore) against the sandbox: the cluster wizard's lookups and creations as the CLI parses them.</summary>
public sealed class Ec2AwsCliTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), _time, CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task AwsCli_NetworkLookups_ReadTheDefaultVpcSubnetsAndGroups()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var vpcs = await cli.JsonAsync("ec2", "describe-vpcs");
        var vpc = vpcs["Vpcs"]![0]!["VpcId"]!.GetValue<string>();
        var subnets = await cli.JsonAsync("ec2", "describe-subnets", "--filters", $"Name=vpc-id,Values={vpc}");
        var groups = await cli.JsonAsync("ec2", "describe-security-groups", "--filters", $"Name=vpc-id,Values={vpc}", "Name=group-name,Values=ecs-tasks");
        var missing = await cli.RunAsync("ec2", "describe-vpcs", "--vpc-ids", "vpc-0123456789abcdef0");

        Assert.True(vpcs["Vpcs"]![0]!["IsDefault"]!.GetValue<bool>());
        Assert.Contains(subnets["Subnets"]!.AsArray(), s => s!["SubnetId"]!.GetValue<string>() == "subnet-0a1e7c3b5d9f20011" && s["AvailabilityZone"]!.GetValue<string>() == "eu-west-1a");
        Assert.Equal("sg-0d3f1a2b4c5e60071", groups["SecurityGroups"]!.AsArray().Single()!["GroupId"]!.GetValue<string>());
        Assert.Contains("InvalidVpcID.NotFound", missing.Error, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_EcsOptimizedAmiParameter_AnswersAnImageId()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var reply = await cli.JsonAsync("ssm", "get-parameter", "--name", "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id");
        var missing = await cli.RunAsync("ssm", "get-parameter", "--name", "/aws/service/ecs/optimized-ami/nope");

        Assert.StartsWith("ami-", reply["Parameter"]!["Value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("ParameterNotFound", missing.Error, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_CreateLaunchTemplateWithClientToken_SameTokenAnswersTheFirstTemplate_OtherParametersMismatch()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        const string Data = """{"ImageId":"ami-0c9e1b5a7d3f24a61","InstanceType":"m5.large"}""";

        var first = await cli.JsonAsync("ec2", "create-launch-template", "--launch-template-name", "token-lt", "--launch-template-data", Data, "--client-token", "cli-token-1");
        var retried = await cli.JsonAsync("ec2", "create-launch-template", "--launch-template-name", "token-lt", "--launch-template-data", Data, "--client-token", "cli-token-1");
        var changed = await cli.RunAsync("ec2", "create-launch-template", "--launch-template-name", "token-lt",
            "--launch-template-data", """{"ImageId":"ami-0c9e1b5a7d3f24a61","InstanceType":"t3.medium"}""", "--client-token", "cli-token-1");
        var listed = await cli.JsonAsync("ec2", "describe-launch-templates", "--launch-template-names", "token-lt");

        Assert.Equal(first["LaunchTemplate"]!["LaunchTemplateId"]!.GetValue<string>(), retried["LaunchTemplate"]!["LaunchTemplateId"]!.GetValue<string>());
        Assert.Contains("IdempotentParameterMismatch", changed.Error, StringComparison.Ordinal);
        Assert.Single(listed["LaunchTemplates"]!.AsArray());
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_LaunchTemplateAndGroup_InstancesJoinTheClusterTheUserDataNames()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        var before = (await cli.JsonAsync("ecs", "list-container-instances", "--cluster", "prod"))["containerInstanceArns"]!.AsArray().Count;
        var userData = Convert.ToBase64String(Encoding.UTF8.GetBytes("#!/bin/bash\necho ECS_CLUSTER=prod >> /etc/ecs/ecs.config\n"));

        var template = await cli.JsonAsync("ec2", "create-launch-template", "--launch-template-name", "prod-ecs",
            "--launch-template-data", $$"""{"ImageId":"ami-0c9e1b5a7d3f24a61","InstanceType":"m5.large","IamInstanceProfile":{"Name":"ecsInstanceRole"},"SecurityGroupIds":["sg-0d3f1a2b4c5e60071"],"UserData":"{{userData}}"}""");
        var again = await cli.RunAsync("ec2", "create-launch-template", "--launch-template-name", "prod-ecs", "--launch-template-data", """{"ImageId":"ami-0c9e1b5a7d3f24a61","InstanceType":"m5.large"}""");
        var created = await cli.RunAsync("autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", "prod-ecs-asg",
            "--launch-template", "LaunchTemplateName=prod-ecs,Version=$Latest", "--min-size", "0", "--max-size", "4", "--desired-capacity", "2",
            "--vpc-zone-identifier", "subnet-0a1e7c3b5d9f20011,subnet-0a1e7c3b5d9f20012", "--tags", "Key=Name,Value=prod-ecs,PropagateAtLaunch=true");
        for (var i = 0; i < 12; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(5));
        }

        var groups = await cli.JsonAsync("autoscaling", "describe-auto-scaling-groups", "--auto-scaling-group-names", "prod-ecs-asg");
        var after = (await cli.JsonAsync("ecs", "list-container-instances", "--cluster", "prod"))["containerInstanceArns"]!.AsArray().Count;
        var taken = await cli.RunAsync("autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", "prod-ecs-asg",
            "--launch-template", "LaunchTemplateName=prod-ecs", "--min-size", "0", "--max-size", "1", "--vpc-zone-identifier", "subnet-0a1e7c3b5d9f20011");

        Assert.StartsWith("lt-", template["LaunchTemplate"]!["LaunchTemplateId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("InvalidLaunchTemplateName.AlreadyExistsException", again.Error, StringComparison.Ordinal);
        Assert.True(created.ExitCode == 0, created.Error);
        var group = groups["AutoScalingGroups"]!.AsArray().Single()!;
        Assert.Equal(["InService", "InService"], group["Instances"]!.AsArray().Select(i => i!["LifecycleState"]!.GetValue<string>()));
        Assert.Equal(before + 2, after);
        Assert.Contains("AlreadyExists", taken.Error, StringComparison.Ordinal);
    }
}
