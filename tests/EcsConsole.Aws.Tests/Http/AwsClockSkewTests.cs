using System.Globalization;
using System.Net;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Http;

public sealed class AwsClockSkewTests
{
    [Theory]
    [InlineData("InvalidSignatureException", "Signature expired: 20261127T100000Z is now earlier than 20261127T105500Z (20261127T110000Z - 5 min.)")]
    [InlineData("RequestTimeTooSkewed", "The difference between the request time and the current time is too large.")]
    [InlineData("SignatureDoesNotMatch", "Signature expired: 20261127T100000Z is now earlier than 20261127T105500Z")]
    public async Task SendAsync_SkewError_SignsAgainWithAwsTimeFromTheDateHeaderAsync(string code, string message)
    {
        using var aws = new TestAws();
        var awsNow = aws.Clock.GetUtcNow().AddHours(1);
        aws.Handler.Respond(HttpStatusCode.BadRequest, $$"""{"__type":"{{code}}","message":"{{message}}"}""", ("Date", awsNow.ToString("r", CultureInfo.InvariantCulture)))
            .RespondJson("{}");

        await aws.RunAsync(() => SendAsync(aws));

        Assert.Equal(2, aws.Handler.Requests.Count);
        Assert.Equal(aws.Clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture), aws.Handler.Requests[0].Header("X-Amz-Date"));
        Assert.Equal(awsNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture), aws.Handler.Requests[1].Header("X-Amz-Date"));
    }

    [Fact]
    public async Task SendAsync_AfterSkewLearnt_LaterCallsSignWithAwsTimeAsync()
    {
        using var aws = new TestAws();
        var awsNow = aws.Clock.GetUtcNow().AddMinutes(-20);
        aws.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"InvalidSignatureException","message":"Signature expired: x"}""", ("Date", awsNow.ToString("r", CultureInfo.InvariantCulture)))
            .RespondJson("{}");
        await aws.RunAsync(() => SendAsync(aws));

        await SendAsync(aws);

        Assert.Equal(awsNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture), aws.Handler.Requests[2].Header("X-Amz-Date"));
    }

    [Fact]
    public async Task SendAsync_SignatureErrorNotAboutTime_IsNotRetriedAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"InvalidSignatureException","message":"The request signature we calculated does not match the signature you provided."}""",
            ("Date", aws.Clock.GetUtcNow().AddHours(1).ToString("r", CultureInfo.InvariantCulture)));

        await Assert.ThrowsAsync<AwsServiceException>(() => aws.RunAsync(() => SendAsync(aws)));

        Assert.Single(aws.Handler.Requests);
    }

    [Fact]
    public async Task SendAsync_SkewErrorAgainAfterCorrecting_FailsInsteadOfLoopingAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"RequestTimeTooSkewed","message":"too skewed"}""",
            ("Date", aws.Clock.GetUtcNow().AddHours(1).ToString("r", CultureInfo.InvariantCulture)));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.RunAsync(() => SendAsync(aws)));

        Assert.Equal("RequestTimeTooSkewed", error.ErrorCode);
        Assert.Equal(2, aws.Handler.Requests.Count);
    }

    private static Task<AwsWireResponse> SendAsync(TestAws aws) =>
        aws.Pipeline.SendAsync(AwsServices.Ecs, "ListClusters", AwsJsonProtocol.CreateRequest(AwsServices.Ecs, "ListClusters", null),
            AwsJsonProtocol.ParseError, CancellationToken.None);
}
