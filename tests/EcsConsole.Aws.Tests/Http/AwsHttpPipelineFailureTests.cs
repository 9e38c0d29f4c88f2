using System.Net;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Http;

public sealed class AwsHttpPipelineFailureTests
{
    [Fact]
    public async Task SendAsync_EndpointNeverAnswers_TimesOutEachAttemptOnTheFakeClockAndReportsNetworkFailureAsync()
    {
        using var aws = new TestAws();
        using var hanging = new HangingHandler();
        var pipeline = new Aws.Http.AwsHttpPipeline(aws.Connection, aws.Credentials, new Aws.Endpoints.AwsEndpointResolver(_ => null),
            hanging, aws.Clock, aws.RetryPolicy, aws.CallLog);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.RunAsync(() =>
            pipeline.SendAsync(AwsServices.Ecs, "ListClusters", AwsJsonProtocol.CreateRequest(AwsServices.Ecs, "ListClusters", null),
                AwsJsonProtocol.ParseError, CancellationToken.None), step: TimeSpan.FromSeconds(1)));

        Assert.True(error.IsNetworkFailure);
        Assert.Equal(3, hanging.Attempts);
        Assert.Equal(3, aws.CallLog.CountFor("ECS", "ListClusters"));
    }

    [Fact]
    public async Task SendAsync_UnknownProfile_ThrowsCredentialsUnavailableNamingTheProfileAsync()
    {
        using var aws = new TestAws();
        aws.Connection.Switch(new AwsConnectionSettings("eu-west-1", "no-such-profile-7f3a", null, null, AwsConnectionSettings.AwsMode));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
            aws.Pipeline.SendAsync(AwsServices.Ecs, "ListClusters", AwsJsonProtocol.CreateRequest(AwsServices.Ecs, "ListClusters", null),
                AwsJsonProtocol.ParseError, CancellationToken.None));

        Assert.Equal("CredentialsUnavailable", error.ErrorCode);
        Assert.Contains("no-such-profile-7f3a", error.Message, StringComparison.Ordinal);
        Assert.Empty(aws.Handler.Requests);
    }

    [Fact]
    public void TryResolve_UnknownProfile_ReturnsFalseWithReason()
    {
        var resolved = AwsCredentialProbe.TryResolve("no-such-profile-7f3a", out var why);

        Assert.False(resolved);
        Assert.Contains("no-such-profile-7f3a", why, StringComparison.Ordinal);
    }

    /// <summary>Never answers until cancelled, like an endpoint behind a black-holing firewall.</summary>
    private sealed class HangingHandler : HttpMessageHandler
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
