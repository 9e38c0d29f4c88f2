using System.Net;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Aws.Sts;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Clients;

public sealed class CallerIdentityClientTests
{
    private const string IdentityXml = """
        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <GetCallerIdentityResult>
            <Arn>arn:aws:iam::123456789012:user/ops</Arn>
            <UserId>AIDAEXAMPLE</UserId>
            <Account>123456789012</Account>
          </GetCallerIdentityResult>
          <ResponseMetadata><RequestId>sts-req-1</RequestId></ResponseMetadata>
        </GetCallerIdentityResponse>
        """;

    [Fact]
    public async Task GetCallerIdentityAsync_ThroughSdk_SendsSignedQueryToResolvedEndpointAndReadsIdentityAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.OK, IdentityXml, ("x-amzn-RequestId", "sts-req-1"));

        var identity = await Client(aws).GetCallerIdentityAsync();

        Assert.Equal(new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/ops", "AIDAEXAMPLE"), identity);
        var request = aws.Handler.Requests.Single();
        Assert.Equal("https://sts.eu-west-1.amazonaws.com/", request.Uri.ToString());
        Assert.Contains("Action=GetCallerIdentity", request.Body, StringComparison.Ordinal);
        Assert.Contains("Version=2011-06-15", request.Body, StringComparison.Ordinal);
        Assert.Contains("Credential=AKIDTEST/", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Contains("/eu-west-1/sts/aws4_request", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal(1, aws.CallLog.CountFor("STS", "GetCallerIdentity"));
    }

    [Fact]
    public async Task GetCallerIdentityAsync_ExpiredToken_ThrowsAwsServiceExceptionWithStsCodeAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.Forbidden, """
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error><Type>Sender</Type><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error>
              <RequestId>sts-req-2</RequestId>
            </ErrorResponse>
            """);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => Client(aws).GetCallerIdentityAsync());

        Assert.Equal("ExpiredToken", error.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.StartsWith("STS GetCallerIdentity failed: ExpiredToken: The security token included in the request is expired", error.Message, StringComparison.Ordinal);
    }

    private static CallerIdentityClient Client(TestAws aws) =>
        new(aws.Connection, aws.Credentials, new AwsEndpointResolver(_ => null), aws.Handler, aws.CallLog, aws.Clock);
}
