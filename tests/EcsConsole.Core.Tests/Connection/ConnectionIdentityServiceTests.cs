using System.Net;
using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Sts;
using EcsConsole.Core.Connection;

namespace EcsConsole.Core.Tests.Connection;

public sealed class ConnectionIdentityServiceTests
{
    private sealed class FakeSts : ICallerIdentityClient
    {
        public int Calls { get; private set; }

        public bool Fail { get; set; }

        public Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken = default)
        {
            Calls++;
            return Fail
                ? throw new AwsServiceException("STS", "GetCallerIdentity", "InvalidClientTokenId", "The security token is invalid", "r-1", HttpStatusCode.Forbidden)
                : Task.FromResult(new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/ops", "AIDA"));
        }
    }

    private static AwsConnectionSettings Aws(string region) => new(region, null, null, null, AwsConnectionSettings.AwsMode);

    private readonly FakeSts _sts = new();

    [Fact]
    public async Task GetAsync_SandboxConnection_NeedsNoStsCall()
    {
        var connection = new AwsConnection(new("eu-west-1", null, "http://127.0.0.1:4566", new BasicAWSCredentials("a", "b"), AwsConnectionSettings.SandboxMode));
        using var service = new ConnectionIdentityService(connection, _sts);

        var identity = await service.GetAsync(CancellationToken.None);

        Assert.Equal("Sandbox · eu-west-1", identity.Label);
        Assert.Equal(0, _sts.Calls);
    }

    [Fact]
    public async Task GetAsync_AwsConnectionTwice_AsksStsOnce()
    {
        using var service = new ConnectionIdentityService(new AwsConnection(Aws("us-east-2")), _sts);

        await service.GetAsync(CancellationToken.None);
        var identity = await service.GetAsync(CancellationToken.None);

        Assert.Equal("123456789012 · us-east-2", identity.Label);
        Assert.Equal(1, _sts.Calls);
    }

    [Fact]
    public async Task GetAsync_AfterSwitch_AsksAgainAndRaisesChanged()
    {
        var connection = new AwsConnection(Aws("us-east-2"));
        using var service = new ConnectionIdentityService(connection, _sts);
        var changed = 0;
        service.Changed += () => changed++;
        await service.GetAsync(CancellationToken.None);

        connection.Switch(Aws("eu-central-1"));
        var identity = await service.GetAsync(CancellationToken.None);

        Assert.Equal((1, 2, "eu-central-1"), (changed, _sts.Calls, identity.Region));
    }

    [Fact]
    public async Task GetAsync_StsFails_ReportsProblemAndRetriesNextTime()
    {
        _sts.Fail = true;
        using var service = new ConnectionIdentityService(new AwsConnection(Aws("us-east-2")), _sts);

        var failed = await service.GetAsync(CancellationToken.None);
        _sts.Fail = false;
        var recovered = await service.GetAsync(CancellationToken.None);

        Assert.Contains("InvalidClientTokenId", failed.Problem);
        Assert.Equal("123456789012", recovered.Account);
    }
}
