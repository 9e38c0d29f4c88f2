using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>Every service AWS keeps per account answers per account: the second account sees its own and nothing of the default's.</summary>
public sealed class AccountIsolationTests : IAsyncLifetime
{
    private static readonly XNamespace Sts = "https://sts.amazonaws.com/doc/2011-06-15/";
    private SandboxServer _server = null!;
    private SandboxHttpClient _home = null!;
    private SandboxHttpClient _platform = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);
        _home = new SandboxHttpClient(_server.Url) { AccessKeyId = "sandbox", SecretAccessKey = "sandbox-secret" };
        var (status, body) = await _home.QueryAsync("AssumeRole", parameters: new Dictionary<string, string>
        {
            ["RoleArn"] = "arn:aws:iam::222222222222:role/EcsConsoleAccess",
            ["RoleSessionName"] = "isolation",
        });
        Assert.Equal(HttpStatusCode.OK, status);
        var credentials = body.Root!.Element(Sts + "AssumeRoleResult")!.Element(Sts + "Credentials")!;
        _platform = new SandboxHttpClient(_server.Url)
        {
            AccessKeyId = credentials.Element(Sts + "AccessKeyId")!.Value,
            SecretAccessKey = credentials.Element(Sts + "SecretAccessKey")!.Value,
            SessionToken = credentials.Element(Sts + "SessionToken")!.Value,
        };
    }

    public async Task DisposeAsync()
    {
        _home.Dispose();
        _platform.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task LoadBalancers_EachAccountHasItsOwn()
    {
        Assert.Equal(["platform-alb"], await QueryValuesAsync(_platform, "DescribeLoadBalancers", "elasticloadbalancing", "2015-12-01", "LoadBalancerName"));
        Assert.Equal(["prod-alb", "staging-alb"], (await QueryValuesAsync(_home, "DescribeLoadBalancers", "elasticloadbalancing", "2015-12-01", "LoadBalancerName")).Order());
    }

    [Fact]
    public async Task LogGroups_EachAccountHasItsOwn()
    {
        Assert.Equal(["/ecs/auth", "/ecs/gateway"], await JsonValuesAsync(_platform, "Logs_20140328.DescribeLogGroups", "logs", new JsonObject(), "logGroups", "logGroupName"));
        Assert.DoesNotContain("/ecs/gateway", await JsonValuesAsync(_home, "Logs_20140328.DescribeLogGroups", "logs", new JsonObject(), "logGroups", "logGroupName"));
    }

    [Fact]
    public async Task Vpcs_EachAccountHasItsOwn()
    {
        Assert.Equal(["vpc-0e2f3a4b5c6d70002"], await QueryValuesAsync(_platform, "DescribeVpcs", "ec2", "2016-11-15", "vpcId"));
        Assert.DoesNotContain("vpc-0e2f3a4b5c6d70002", await QueryValuesAsync(_home, "DescribeVpcs", "ec2", "2016-11-15", "vpcId"));
    }

    [Fact]
    public async Task ScalingAndAlarms_TheDefaultAccountsStayThere()
    {
        var scaling = new JsonObject { ["ServiceNamespace"] = "ecs" };
        Assert.Empty(await JsonValuesAsync(_platform, "AnyScaleFrontendService.DescribeScalableTargets", "application-autoscaling", scaling.DeepClone().AsObject(), "ScalableTargets", "ResourceId"));
        Assert.Contains("service/prod/users", await JsonValuesAsync(_home, "AnyScaleFrontendService.DescribeScalableTargets", "application-autoscaling", scaling, "ScalableTargets", "ResourceId"));
        var homeAlarms = await JsonValuesAsync(_home, "GraniteServiceVersion20100801.DescribeAlarms", "monitoring", new JsonObject(), "MetricAlarms", "AlarmArn");
        var platformAlarms = await JsonValuesAsync(_platform, "GraniteServiceVersion20100801.DescribeAlarms", "monitoring", new JsonObject(), "MetricAlarms", "AlarmArn");
        Assert.NotEmpty(homeAlarms);
        Assert.All(homeAlarms, arn => Assert.Contains(":000000000000:", arn, StringComparison.Ordinal));
        Assert.All(platformAlarms, arn => Assert.Contains(":222222222222:", arn, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CloudMapNamespaces_CreatedInOneAccountAreNotInTheOther()
    {
        var (status, _, _) = await _platform.JsonAsync("Route53AutoNaming_v20170314.CreatePrivateDnsNamespace",
            new JsonObject { ["Name"] = "platform.local", ["Vpc"] = "vpc-0e2f3a4b5c6d70002", ["CreatorRequestId"] = "isolation-1" }, "servicediscovery");
        ((FakeTimeProvider)_server.Engine.TimeProvider).Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("platform.local", await JsonValuesAsync(_platform, "Route53AutoNaming_v20170314.ListNamespaces", "servicediscovery", new JsonObject(), "Namespaces", "Name"));
        Assert.DoesNotContain("platform.local", await JsonValuesAsync(_home, "Route53AutoNaming_v20170314.ListNamespaces", "servicediscovery", new JsonObject(), "Namespaces", "Name"));
    }

    [Fact]
    public async Task Images_ThePlatformRegistryHoldsOnlyItsOwn()
    {
        var images = await JsonValuesAsync(_platform, $"{SandboxHttpClient.EcrPrefix}.DescribeImages", "ecr", new JsonObject { ["repositoryName"] = "gateway" }, "imageDetails", "registryId");
        var (_, missing, _) = await _platform.JsonAsync($"{SandboxHttpClient.EcrPrefix}.DescribeImages", new JsonObject { ["repositoryName"] = "users" }, "ecr");

        Assert.NotEmpty(images);
        Assert.All(images, id => Assert.Equal("222222222222", id));
        Assert.Equal("RepositoryNotFoundException", missing["__type"]!.GetValue<string>());
    }

    private static async Task<List<string>> QueryValuesAsync(SandboxHttpClient client, string action, string service, string version, string element)
    {
        var (status, body) = await client.QueryAsync(action, service, version);
        Assert.True(status == HttpStatusCode.OK, $"{action}: {status} {body}");
        return body.Descendants().Where(e => e.Name.LocalName == element).Select(e => e.Value).ToList();
    }

    private static async Task<List<string>> JsonValuesAsync(SandboxHttpClient client, string target, string service, JsonObject body, string list, string member)
    {
        var (status, reply, _) = await client.JsonAsync(target, body, service);
        Assert.True(status == HttpStatusCode.OK, $"{target}: {status} {reply.ToJsonString()}");
        return reply[list]!.AsArray().Select(item => item![member]!.GetValue<string>()).ToList();
    }
}
