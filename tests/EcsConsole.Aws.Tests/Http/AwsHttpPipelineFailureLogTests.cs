using System.Net;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Aws.Tests.Http;

public sealed class AwsHttpPipelineFailureLogTests
{
    private const string InternalErrorPage = "<!doctype html><html><head><title>Internal Server Error</title></head><body>Traceback ...</body></html>";

    [Fact]
    public async Task SendAsync_HtmlPage500_FailsAfterOneAttemptWithoutRetryingAsync()
    {
        var logger = new RecordingLogger<AwsHttpPipeline>();
        using var aws = new TestAws(pipelineLogger: logger);
        aws.Handler.Respond(HttpStatusCode.InternalServerError, InternalErrorPage);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.RunAsync(() => SendAsync(aws)));

        Assert.Equal(AwsErrorKind.Unsupported, error.Kind);
        Assert.Single(aws.Handler.Requests);
    }

    [Fact]
    public async Task SendAsync_FinalFailure_LogsOneWarningWithCodeStatusRequestIdAndAttemptsAsync()
    {
        var logger = new RecordingLogger<AwsHttpPipeline>();
        using var aws = new TestAws(pipelineLogger: logger);
        aws.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"ThrottlingException","message":"Rate exceeded"}""", ("x-amzn-RequestId", "req-7"));

        await Assert.ThrowsAsync<AwsServiceException>(() => aws.RunAsync(() => SendAsync(aws)));

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal("ECS ListClusters failed after 3 attempt(s): ThrottlingException, HTTP 400, request id req-7, kind Throttling.", entry.Message);
    }

    [Fact]
    public async Task SendAsync_Success_LogsNothingAsync()
    {
        var logger = new RecordingLogger<AwsHttpPipeline>();
        using var aws = new TestAws(pipelineLogger: logger);
        aws.Handler.Respond(HttpStatusCode.ServiceUnavailable, "").RespondJson("{}");

        await aws.RunAsync(() => SendAsync(aws));

        Assert.Empty(logger.Entries);
    }

    [Fact]
    public async Task SendAsync_NoCredentials_LogsTheFailureWithZeroAttemptsAsync()
    {
        var logger = new RecordingLogger<AwsHttpPipeline>();
        using var aws = new TestAws(pipelineLogger: logger);
        aws.Connection.Switch(new AwsConnectionSettings("eu-west-1", "no-such-profile-7f3a", null, null, AwsConnectionSettings.AwsMode));

        await Assert.ThrowsAsync<AwsServiceException>(() => SendAsync(aws));

        Assert.Contains("ECS ListClusters failed after 0 attempt(s): CredentialsUnavailable", Assert.Single(logger.Entries).Message, StringComparison.Ordinal);
    }

    private static Task<AwsWireResponse> SendAsync(TestAws aws) =>
        aws.Pipeline.SendAsync(AwsServices.Ecs, "ListClusters", AwsJsonProtocol.CreateRequest(AwsServices.Ecs, "ListClusters", null),
            AwsJsonProtocol.ParseError, CancellationToken.None);
}
