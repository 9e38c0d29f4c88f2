using System.Net;
using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Aws.Sts;
using EcsConsole.Core.Connection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Connection;

public sealed class ConnectionIdentityServiceTests
{
    private sealed class FakeSts : ICallerIdentityClient
    {
        public int Calls { get; private set; }

        public bool Fail { get; set; }

        public string? CredentialFailure { get; set; }

        public Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken = default)
        {
            Calls++;
            if (CredentialFailure is not null)
            {
                throw new AwsServiceException("STS", "GetCallerIdentity", "CredentialsUnavailable", CredentialFailure, null, 0);
            }
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

    [Fact]
    public async Task GetAsync_ProfileSsoSessionExpired_SaysWhichProfileAndWhatToRun()
    {
        _sts.CredentialFailure = "The SSO session associated with this profile has expired or is otherwise invalid.";
        using var service = new ConnectionIdentityService(new AwsConnection(new("eu-central-1", "ops", null, null, AwsConnectionSettings.AwsMode)), _sts);

        var identity = await service.GetAsync(CancellationToken.None);

        Assert.StartsWith("AWS credentials for profile ops: The SSO session associated with this profile has expired", identity.Problem);
        Assert.Contains("aws sso login --profile ops", identity.Problem);
        Assert.Equal("AWS credentials failed · eu-central-1", identity.Label);
    }

    [Fact]
    public async Task GetAsync_NothingConfiguredAndChainFinds_SaysNoAwsCredentials()
    {
        _sts.CredentialFailure = "Failed to resolve AWS credentials. The credential providers used to search for credentials returned the following errors: ...";
        var options = Options.Create(new ConnectionIdentityOptions { NoAwsConfiguration = true });
        using var service = new ConnectionIdentityService(new AwsConnection(Aws("eu-west-1")), _sts, TimeProvider.System, options);

        var identity = await service.GetAsync(CancellationToken.None);

        Assert.StartsWith("No AWS credentials: none are configured", identity.Problem);
        Assert.Equal("No AWS credentials · eu-west-1", identity.Label);
    }

    [Fact]
    public async Task GetAsync_StsFailsThenRetryIntervalPasses_RaisesChangedAndRecovers()
    {
        _sts.Fail = true;
        var time = new FakeTimeProvider();
        var options = Options.Create(new ConnectionIdentityOptions { RetryInterval = TimeSpan.FromSeconds(30) });
        using var service = new ConnectionIdentityService(new AwsConnection(Aws("us-east-2")), _sts, time, options);
        var changed = 0;
        service.Changed += () => changed++;
        await service.GetAsync(CancellationToken.None);
        _sts.Fail = false;

        time.Advance(TimeSpan.FromSeconds(29));
        var before = changed;
        time.Advance(TimeSpan.FromSeconds(1));
        var recovered = await service.GetAsync(CancellationToken.None);

        Assert.Equal((0, 1, "123456789012"), (before, changed, recovered.Account));
    }
}
