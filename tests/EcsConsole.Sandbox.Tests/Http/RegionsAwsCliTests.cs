using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>The real AWS CLI picks the region as with AWS: --region scopes the signature, and each region has its own fleet.</summary>
public sealed class RegionsAwsCliTests : IAsyncLifetime
{
    private readonly SandboxOptions _options = SandboxTestContext.Options();
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(_options, new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task AwsCli_RegionUsEast1_ListsTheEdgeFleetOnly()
    {
        var cli = new AwsCli(_server.Url, _options.AccessKeyId, _options.SecretAccessKey);

        var edge = await cli.JsonAsync("ecs", "list-clusters", "--region", "us-east-1");
        var services = await cli.JsonAsync("ecs", "list-services", "--cluster", "edge", "--region", "us-east-1");
        var home = await cli.JsonAsync("ecs", "list-clusters");

        Assert.Equal(["arn:aws:ecs:us-east-1:000000000000:cluster/edge"], Strings(edge["clusterArns"]));
        Assert.Equal(["arn:aws:ecs:us-east-1:000000000000:service/edge/edge-proxy", "arn:aws:ecs:us-east-1:000000000000:service/edge/geo-router"],
            Strings(services["serviceArns"]).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Strings(home["clusterArns"]), arn => arn.Contains("us-east-1", StringComparison.Ordinal));
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_ClusterCreatedInOneRegion_IsNotSeenInTheOther()
    {
        var cli = new AwsCli(_server.Url, _options.AccessKeyId, _options.SecretAccessKey);

        await cli.JsonAsync("ecs", "create-cluster", "--cluster-name", "only-east", "--region", "us-east-1");
        var east = await cli.JsonAsync("ecs", "describe-clusters", "--clusters", "only-east", "--region", "us-east-1");
        var west = await cli.JsonAsync("ecs", "describe-clusters", "--clusters", "only-east");

        Assert.Equal("ACTIVE", east["clusters"]![0]!["status"]!.GetValue<string>());
        Assert.Empty(east["failures"]!.AsArray());
        Assert.Empty(west["clusters"]!.AsArray());
        Assert.Equal("MISSING", west["failures"]![0]!["reason"]!.GetValue<string>());
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_RegionNotServed_RefusedNamingTheRegionsServed()
    {
        var cli = new AwsCli(_server.Url, _options.AccessKeyId, _options.SecretAccessKey);

        var reply = await cli.RunAsync("ecs", "list-clusters", "--region", "ap-south-1");

        Assert.NotEqual(0, reply.ExitCode);
        Assert.Contains("InvalidSignatureException", reply.Error, StringComparison.Ordinal);
        Assert.Contains("not 'ap-south-1'", reply.Error, StringComparison.Ordinal);
        Assert.Contains("eu-west-1, us-east-1", reply.Error, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_IamInAnyRegion_IsTheAccountsOneIam()
    {
        var cli = new AwsCli(_server.Url, _options.AccessKeyId, _options.SecretAccessKey);

        var east = await cli.JsonAsync("iam", "get-role", "--role-name", "ecsTaskExecutionRole", "--region", "us-east-1");
        var west = await cli.JsonAsync("iam", "get-role", "--role-name", "ecsTaskExecutionRole");

        Assert.Equal(west["Role"]!["RoleId"]!.GetValue<string>(), east["Role"]!["RoleId"]!.GetValue<string>());
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_AssumedRoleInUsEast1_SeesThePlatformAccountsEmptyRegion()
    {
        var home = new AwsCli(_server.Url, _options.AccessKeyId, _options.SecretAccessKey);
        var credentials = (await home.JsonAsync("sts", "assume-role", "--role-arn", "arn:aws:iam::222222222222:role/EcsConsoleAccess",
            "--role-session-name", "east", "--region", "us-east-1"))["Credentials"]!;
        var platform = new AwsCli(_server.Url, credentials["AccessKeyId"]!.GetValue<string>(), credentials["SecretAccessKey"]!.GetValue<string>(),
            credentials["SessionToken"]!.GetValue<string>());

        var east = await platform.JsonAsync("ecs", "list-clusters", "--region", "us-east-1");
        var west = await platform.JsonAsync("ecs", "list-clusters");

        Assert.Empty(east["clusterArns"]!.AsArray());
        Assert.Equal(["arn:aws:ecs:eu-west-1:222222222222:cluster/platform"], Strings(west["clusterArns"]));
    }

    private static List<string> Strings(System.Text.Json.Nodes.JsonNode? array) =>
        [.. array!.AsArray().Select(a => a!.GetValue<string>())];
}
