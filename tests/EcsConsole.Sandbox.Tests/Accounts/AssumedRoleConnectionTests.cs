using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Sts;
using EcsConsole.Testing.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Accounts;

/// <summary>Our own AWS clients, on a connection that names the second account's role, reach that account through the sandbox's STS.</summary>
public sealed class AssumedRoleConnectionTests : IAsyncLifetime
{
    private readonly SandboxOptions _options = SandboxTestContext.Options();
    private SandboxServer _sandbox = null!;

    public async Task InitializeAsync() =>
        _sandbox = await SandboxServer.StartAsync(_options, new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task Clients_ConnectionWithTheAccessRole_ListThePlatformAccountAndNameTheAssumedRole()
    {
        using var provider = Clients(new AwsAssumeRoleSettings("arn:aws:iam::222222222222:role/EcsConsoleAccess", SessionName: "console-test"));

        var clusters = await ToListAsync(provider.GetRequiredService<IEcsClient>().ListClustersAsync());
        var identity = await provider.GetRequiredService<ICallerIdentityClient>().GetCallerIdentityAsync();
        var calls = provider.GetRequiredService<AwsCallLog>();

        Assert.Equal(["arn:aws:ecs:eu-west-1:222222222222:cluster/platform"], clusters);
        Assert.Equal("222222222222", identity.Account);
        Assert.Equal("arn:aws:sts::222222222222:assumed-role/EcsConsoleAccess/console-test", identity.Arn);
        Assert.Equal(1, calls.CountFor("STS", "AssumeRole"));
    }

    [Fact]
    public async Task Clients_RoleThatDoesNotTrustUs_AccessDeniedNamingTheRole()
    {
        using var provider = Clients(new AwsAssumeRoleSettings("arn:aws:iam::222222222222:role/ecsTaskExecutionRole"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => ToListAsync(provider.GetRequiredService<IEcsClient>().ListClustersAsync()));

        Assert.Equal(AwsErrorKind.AccessDenied, error.Kind);
        Assert.Contains("Cannot assume role arn:aws:iam::222222222222:role/ecsTaskExecutionRole", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clients_ExternalIdRequired_OnlyTheRightOneGetsIn()
    {
        await _sandbox.DisposeAsync();
        _options.Accounts[SandboxOptions.PlatformAccountId].ExternalId = "console-7";
        _sandbox = await SandboxServer.StartAsync(_options, new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);
        const string Role = "arn:aws:iam::222222222222:role/EcsConsoleAccess";
        using var without = Clients(new AwsAssumeRoleSettings(Role));
        using var wrong = Clients(new AwsAssumeRoleSettings(Role, "console-8"));
        using var right = Clients(new AwsAssumeRoleSettings(Role, "console-7"));

        var refused = await Assert.ThrowsAsync<AwsServiceException>(() => ToListAsync(without.GetRequiredService<IEcsClient>().ListClustersAsync()));
        var refusedToo = await Assert.ThrowsAsync<AwsServiceException>(() => ToListAsync(wrong.GetRequiredService<IEcsClient>().ListClustersAsync()));
        var clusters = await ToListAsync(right.GetRequiredService<IEcsClient>().ListClustersAsync());

        Assert.Equal(AwsErrorKind.AccessDenied, refused.Kind);
        Assert.Equal(AwsErrorKind.AccessDenied, refusedToo.Kind);
        Assert.Equal(["arn:aws:ecs:eu-west-1:222222222222:cluster/platform"], clusters);
    }

    private ServiceProvider Clients(AwsAssumeRoleSettings role) =>
        new ServiceCollection()
            .AddSingleton(new AwsConnection(new AwsConnectionSettings(_options.Region, null, _sandbox.Url.ToString().TrimEnd('/'),
                new BasicAWSCredentials(_options.AccessKeyId, _options.SecretAccessKey), AwsConnectionSettings.SandboxMode)
            { AssumeRole = role }))
            .AddAwsClientsWithoutBudget()
            .BuildServiceProvider();

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
