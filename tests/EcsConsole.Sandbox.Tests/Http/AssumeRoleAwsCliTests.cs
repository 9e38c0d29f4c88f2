using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>The real AWS CLI reaches the second account as it would a real one: sts assume-role, then calls with the returned credentials.</summary>
public sealed class AssumeRoleAwsCliTests : IAsyncLifetime
{
    private const string RoleArn = "arn:aws:iam::222222222222:role/EcsConsoleAccess";
    private readonly SandboxOptions _options = SandboxTestContext.Options();
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(_options, new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [RequiresAwsCliFact]
    public async Task AwsCli_AssumeRoleThenEcs_ListsThePlatformAccountOnly()
    {
        var home = new AwsCli(_server.Url, _options.AccessKeyId, _options.SecretAccessKey);

        var assumed = await home.JsonAsync("sts", "assume-role", "--role-arn", RoleArn, "--role-session-name", "cli");
        var credentials = assumed["Credentials"]!;
        var platform = new AwsCli(_server.Url, credentials["AccessKeyId"]!.GetValue<string>(), credentials["SecretAccessKey"]!.GetValue<string>(),
            credentials["SessionToken"]!.GetValue<string>());
        var identity = await platform.JsonAsync("sts", "get-caller-identity");
        var clusters = await platform.JsonAsync("ecs", "list-clusters");
        var services = await platform.JsonAsync("ecs", "list-services", "--cluster", "platform");
        var homeClusters = await home.JsonAsync("ecs", "list-clusters");

        Assert.Equal("arn:aws:sts::222222222222:assumed-role/EcsConsoleAccess/cli", assumed["AssumedRoleUser"]!["Arn"]!.GetValue<string>());
        Assert.Equal("222222222222", identity["Account"]!.GetValue<string>());
        Assert.Equal("arn:aws:sts::222222222222:assumed-role/EcsConsoleAccess/cli", identity["Arn"]!.GetValue<string>());
        Assert.Equal(["arn:aws:ecs:eu-west-1:222222222222:cluster/platform"], clusters["clusterArns"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(["arn:aws:ecs:eu-west-1:222222222222:service/platform/auth", "arn:aws:ecs:eu-west-1:222222222222:service/platform/gateway"],
            services["serviceArns"]!.AsArray().Select(a => a!.GetValue<string>()).Order(StringComparer.Ordinal));
        var homeArns = homeClusters["clusterArns"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Equal(2, homeArns.Count);
        Assert.DoesNotContain(homeArns, arn => arn.Contains("platform", StringComparison.Ordinal) || arn.Contains("222222222222", StringComparison.Ordinal));
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_AssumeRoleNotTrusted_FailsWithAccessDenied()
    {
        var home = new AwsCli(_server.Url, _options.AccessKeyId, _options.SecretAccessKey);

        var reply = await home.RunAsync("sts", "assume-role", "--role-arn", "arn:aws:iam::222222222222:role/Nobody", "--role-session-name", "cli");

        Assert.NotEqual(0, reply.ExitCode);
        Assert.Contains("AccessDenied", reply.Error, StringComparison.Ordinal);
        Assert.Contains("is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::222222222222:role/Nobody", reply.Error, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_AssumedCredentials_EcrAndIamAreThePlatformAccounts()
    {
        var home = new AwsCli(_server.Url, _options.AccessKeyId, _options.SecretAccessKey);
        var credentials = (await home.JsonAsync("sts", "assume-role", "--role-arn", RoleArn, "--role-session-name", "ops"))["Credentials"]!;
        var platform = new AwsCli(_server.Url, credentials["AccessKeyId"]!.GetValue<string>(), credentials["SecretAccessKey"]!.GetValue<string>(),
            credentials["SessionToken"]!.GetValue<string>());

        var repositories = await platform.JsonAsync("ecr", "describe-repositories");
        var role = await platform.JsonAsync("iam", "get-role", "--role-name", "EcsConsoleAccess");
        var homeRole = await home.RunAsync("iam", "get-role", "--role-name", "EcsConsoleAccess");

        Assert.Equal(["auth", "gateway"], repositories["repositories"]!.AsArray().Select(r => r!["repositoryName"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.All(repositories["repositories"]!.AsArray(), r => Assert.Equal("222222222222", r!["registryId"]!.GetValue<string>()));
        Assert.Equal(RoleArn, role["Role"]!["Arn"]!.GetValue<string>());
        Assert.Contains("NoSuchEntity", homeRole.Error, StringComparison.Ordinal);
    }
}
