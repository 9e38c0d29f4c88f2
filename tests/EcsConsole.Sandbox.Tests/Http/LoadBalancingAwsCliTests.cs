using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>`aws elbv2|application-autoscaling|servicediscovery ...` (botocore) against the sandbox: the service wizard's creates as the CLI sends and parses them.</summary>
public sealed class LoadBalancingAwsCliTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), _time, CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task AwsCli_LoadBalancerTargetGroupListenerRule_CreatedAndDescribed()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var balancer = await cli.JsonAsync("elbv2", "create-load-balancer", "--name", "reports-alb", "--type", "application", "--scheme", "internet-facing",
            "--subnets", "subnet-05c4b2e8a7d610021", "subnet-05c4b2e8a7d610022", "--security-groups", "sg-0b9e8d7c6a5f40072", "--tags", "Key=team,Value=reports");
        var group = await cli.JsonAsync("elbv2", "create-target-group", "--name", "reports-tg", "--protocol", "HTTP", "--port", "8080", "--vpc-id", "vpc-0e1d2c3b4a5f60789",
            "--target-type", "ip", "--health-check-path", "/health", "--health-check-interval-seconds", "10", "--healthy-threshold-count", "2", "--matcher", "HttpCode=200");
        var balancerArn = balancer["LoadBalancers"]![0]!["LoadBalancerArn"]!.GetValue<string>();
        var groupArn = group["TargetGroups"]![0]!["TargetGroupArn"]!.GetValue<string>();
        var listener = await cli.JsonAsync("elbv2", "create-listener", "--load-balancer-arn", balancerArn, "--protocol", "HTTP", "--port", "80",
            "--default-actions", $"Type=forward,TargetGroupArn={groupArn}");
        var listenerArn = listener["Listeners"]![0]!["ListenerArn"]!.GetValue<string>();
        var rule = await cli.JsonAsync("elbv2", "create-rule", "--listener-arn", listenerArn, "--priority", "10",
            "--conditions", """[{"Field":"path-pattern","PathPatternConfig":{"Values":["/reports/*"]}}]""",
            "--actions", $$$"""[{"Type":"forward","ForwardConfig":{"TargetGroups":[{"TargetGroupArn":"{{{groupArn}}}","Weight":100}]}}]""");
        var taken = await cli.RunAsync("elbv2", "create-rule", "--listener-arn", listenerArn, "--priority", "10",
            "--conditions", "Field=path-pattern,Values=/other/*", "--actions", $"Type=forward,TargetGroupArn={groupArn}");
        var inUse = await cli.RunAsync("elbv2", "delete-target-group", "--target-group-arn", groupArn);
        var groups = await cli.JsonAsync("elbv2", "describe-target-groups", "--load-balancer-arn", balancerArn);

        Assert.Equal("provisioning", balancer["LoadBalancers"]![0]!["State"]!["Code"]!.GetValue<string>());
        Assert.Equal(2, group["TargetGroups"]![0]!["HealthyThresholdCount"]!.GetValue<int>());
        Assert.Equal("10", rule["Rules"]![0]!["Priority"]!.GetValue<string>());
        Assert.Contains("PriorityInUse", taken.Error, StringComparison.Ordinal);
        Assert.Contains("ResourceInUse", inUse.Error, StringComparison.Ordinal);
        Assert.Equal(groupArn, groups["TargetGroups"]![0]!["TargetGroupArn"]!.GetValue<string>());
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_DescribeTags_ReturnsTheTagsGivenAtCreate()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        var balancer = await cli.JsonAsync("elbv2", "create-load-balancer", "--name", "tagged-alb", "--type", "application",
            "--subnets", "subnet-05c4b2e8a7d610021", "subnet-05c4b2e8a7d610022", "--tags", "Key=ecsconsole:run,Value=r-1", "Key=team,Value=reports");
        var group = await cli.JsonAsync("elbv2", "create-target-group", "--name", "tagged-tg", "--protocol", "HTTP", "--port", "8080", "--vpc-id", "vpc-0e1d2c3b4a5f60789",
            "--target-type", "ip", "--tags", "Key=ecsconsole:run,Value=r-1");
        var balancerArn = balancer["LoadBalancers"]![0]!["LoadBalancerArn"]!.GetValue<string>();
        var groupArn = group["TargetGroups"]![0]!["TargetGroupArn"]!.GetValue<string>();

        var tags = await cli.JsonAsync("elbv2", "describe-tags", "--resource-arns", balancerArn, groupArn);
        var missing = await cli.RunAsync("elbv2", "describe-tags", "--resource-arns", balancerArn.Replace("tagged-alb", "gone-alb", StringComparison.Ordinal));

        var descriptions = tags["TagDescriptions"]!.AsArray();
        Assert.Equal([balancerArn, groupArn], descriptions.Select(d => d!["ResourceArn"]!.GetValue<string>()));
        Assert.Equal(["ecsconsole:run=r-1", "team=reports"], descriptions[0]!["Tags"]!.AsArray().Select(t => $"{t!["Key"]}={t["Value"]}"));
        Assert.Equal(["ecsconsole:run=r-1"], descriptions[1]!["Tags"]!.AsArray().Select(t => $"{t!["Key"]}={t["Value"]}"));
        Assert.Contains("LoadBalancerNotFound", missing.Error, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_ScalableTargetAndTargetTrackingPolicy_Registered()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        await cli.JsonAsync("application-autoscaling", "register-scalable-target", "--service-namespace", "ecs", "--resource-id", "service/prod/news",
            "--scalable-dimension", "ecs:service:DesiredCount", "--min-capacity", "1", "--max-capacity", "4");
        var policy = await cli.JsonAsync("application-autoscaling", "put-scaling-policy", "--service-namespace", "ecs", "--resource-id", "service/prod/news",
            "--scalable-dimension", "ecs:service:DesiredCount", "--policy-name", "news-memory", "--policy-type", "TargetTrackingScaling",
            "--target-tracking-scaling-policy-configuration",
            """{"TargetValue":70.0,"PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageMemoryUtilization"},"ScaleOutCooldown":60,"ScaleInCooldown":300}""");
        var inverted = await cli.RunAsync("application-autoscaling", "register-scalable-target", "--service-namespace", "ecs", "--resource-id", "service/prod/news",
            "--scalable-dimension", "ecs:service:DesiredCount", "--min-capacity", "5", "--max-capacity", "4");

        Assert.Equal(2, policy["Alarms"]!.AsArray().Count);
        Assert.Contains("ValidationException", inverted.Error, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_PrivateDnsNamespaceThenService_CreatedOnceTheOperationSucceeds()
    {
        var cli = new AwsCli(_server.Url, "test", "test");

        var created = await cli.JsonAsync("servicediscovery", "create-private-dns-namespace", "--name", "reports.local", "--vpc", "vpc-0e1d2c3b4a5f60789",
            "--creator-request-id", "cli-1");
        var operationId = created["OperationId"]!.GetValue<string>();
        _time.Advance(TimeSpan.FromMinutes(1));
        var operation = await cli.JsonAsync("servicediscovery", "get-operation", "--operation-id", operationId);
        var namespaceId = operation["Operation"]!["Targets"]!["NAMESPACE"]!.GetValue<string>();
        var service = await cli.JsonAsync("servicediscovery", "create-service", "--name", "reports", "--namespace-id", namespaceId,
            "--dns-config", "RoutingPolicy=MULTIVALUE,DnsRecords=[{Type=A,TTL=10}]", "--health-check-custom-config", "FailureThreshold=1");

        Assert.Equal("SUCCESS", operation["Operation"]!["Status"]!.GetValue<string>());
        Assert.Equal(namespaceId, service["Service"]!["NamespaceId"]!.GetValue<string>());
        Assert.Equal("A", service["Service"]!["DnsConfig"]!["DnsRecords"]![0]!["Type"]!.GetValue<string>());
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_ListTagsForResource_ReturnsTheTagsGivenAtCreate()
    {
        var cli = new AwsCli(_server.Url, "test", "test");
        var created = await cli.JsonAsync("servicediscovery", "create-private-dns-namespace", "--name", "tagged.local", "--vpc", "vpc-0e1d2c3b4a5f60789",
            "--tags", "Key=ecsconsole:run,Value=r-1");
        _time.Advance(TimeSpan.FromMinutes(1));
        var operation = await cli.JsonAsync("servicediscovery", "get-operation", "--operation-id", created["OperationId"]!.GetValue<string>());
        var namespaceId = operation["Operation"]!["Targets"]!["NAMESPACE"]!.GetValue<string>();
        var namespaceArn = (await cli.JsonAsync("servicediscovery", "get-namespace", "--id", namespaceId))["Namespace"]!["Arn"]!.GetValue<string>();
        var service = await cli.JsonAsync("servicediscovery", "create-service", "--name", "tagged", "--namespace-id", namespaceId,
            "--dns-config", "RoutingPolicy=MULTIVALUE,DnsRecords=[{Type=A,TTL=10}]", "--tags", "Key=ecsconsole:run,Value=r-1", "Key=team,Value=reports");
        var serviceArn = service["Service"]!["Arn"]!.GetValue<string>();

        var namespaceTags = await cli.JsonAsync("servicediscovery", "list-tags-for-resource", "--resource-arn", namespaceArn);
        var serviceTags = await cli.JsonAsync("servicediscovery", "list-tags-for-resource", "--resource-arn", serviceArn);
        var missing = await cli.RunAsync("servicediscovery", "list-tags-for-resource", "--resource-arn", serviceArn.Replace("srv-", "srv-gone", StringComparison.Ordinal));

        Assert.Equal(["ecsconsole:run=r-1"], namespaceTags["Tags"]!.AsArray().Select(t => $"{t!["Key"]}={t["Value"]}"));
        Assert.Equal(["ecsconsole:run=r-1", "team=reports"], serviceTags["Tags"]!.AsArray().Select(t => $"{t!["Key"]}={t["Value"]}"));
        Assert.Contains("ResourceNotFoundException", missing.Error, StringComparison.Ordinal);
    }
}
