using System.Net;
using System.Text;
using Amazon.Runtime;
using EcsConsole.Aws.Credentials;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Sts;
using EcsConsole.Aws.Tests.Support;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Credentials;

/// <summary>A connection that names a role signs as the role: STS AssumeRole with the base credentials, kept and renewed.</summary>
public sealed class AssumeRoleCredentialsTests
{
    private const string RoleArn = "arn:aws:iam::222222222222:role/EcsConsoleAccess";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [RequiresAwsModelsFact]
    public async Task GetAsync_ConnectionWithRole_SendsModelValidAssumeRoleSignedWithTheBaseKeyAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAROLEKEY1", Now.AddHours(1)), ("x-amzn-RequestId", "sts-1"));

        var credentials = await aws.Credentials.GetAsync(WithRole(aws, new AwsAssumeRoleSettings(RoleArn, "ext-42")), CancellationToken.None);

        Assert.Equal("ASIAROLEKEY1", credentials.AccessKey);
        Assert.Equal("secret-ASIAROLEKEY1", credentials.SecretKey);
        Assert.Equal("token-ASIAROLEKEY1", credentials.Token);
        var request = aws.Handler.Requests.Single();
        Assert.Equal("https://sts.eu-west-1.amazonaws.com/", request.Uri.ToString());
        Assert.Contains("Credential=AKIDTEST/", request.Header("Authorization"), StringComparison.Ordinal);
        Assert.Contains("/eu-west-1/sts/aws4_request", request.Header("Authorization"), StringComparison.Ordinal);
        var form = FormBody.Parse(request.Body);
        Assert.Empty(ServiceModel.Load("sts").ValidateQueryInput("AssumeRole", form));
        Assert.Equal(RoleArn, form["RoleArn"]);
        Assert.Equal("ecsconsole", form["RoleSessionName"]);
        Assert.Equal("ext-42", form["ExternalId"]);
        Assert.Equal("3600", form["DurationSeconds"]);
        Assert.Equal(1, aws.CallLog.CountFor("STS", "AssumeRole"));
    }

    [Fact]
    public async Task EcsCall_ConnectionWithRole_IsSignedWithTheRoleKeyAndSessionTokenAsync()
    {
        using var aws = new TestAws();
        aws.Connection.Switch(WithRole(aws, new AwsAssumeRoleSettings(RoleArn, SessionName: "alice")));
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAROLEKEY1", Now.AddHours(1)))
            .RespondJson("""{"clusterArns":["arn:aws:ecs:eu-west-1:222222222222:cluster/platform"]}""");

        var clusters = await ToListAsync(new EcsClient(new AwsJsonClient(aws.Pipeline)).ListClustersAsync());

        Assert.Equal(["arn:aws:ecs:eu-west-1:222222222222:cluster/platform"], clusters);
        Assert.Equal(2, aws.Handler.Requests.Count);
        Assert.Contains("RoleSessionName=alice", aws.Handler.Requests[0].Body, StringComparison.Ordinal);
        var ecs = aws.Handler.Requests[1];
        Assert.Contains("Credential=ASIAROLEKEY1/", ecs.Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal("token-ASIAROLEKEY1", ecs.Header("X-Amz-Security-Token"));
    }

    [Fact]
    public async Task CallerIdentity_ConnectionWithRole_SdkClientSignsAsTheRoleAsync()
    {
        using var aws = new TestAws();
        aws.Connection.Switch(WithRole(aws, new AwsAssumeRoleSettings(RoleArn)));
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAROLEKEY1", Now.AddHours(1)))
            .Respond(HttpStatusCode.OK, """
                <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>
                <Arn>arn:aws:sts::222222222222:assumed-role/EcsConsoleAccess/ecsconsole</Arn><UserId>AROAEXAMPLE:ecsconsole</UserId><Account>222222222222</Account>
                </GetCallerIdentityResult></GetCallerIdentityResponse>
                """);
        var client = new CallerIdentityClient(aws.Connection, aws.Credentials, new AwsEndpointResolver(_ => null), aws.Handler, aws.CallLog, aws.Clock);

        var identity = await client.GetCallerIdentityAsync();

        Assert.Equal("222222222222", identity.Account);
        Assert.Contains("Credential=ASIAROLEKEY1/", aws.Handler.Requests[1].Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_WithinLifetime_AssumesOnceThenRenewsFiveMinutesBeforeExpiryAsync()
    {
        using var aws = new TestAws();
        var settings = WithRole(aws, new AwsAssumeRoleSettings(RoleArn));
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAFIRST", Now.AddHours(1)))
            .Respond(HttpStatusCode.OK, AssumeRoleXml("ASIASECOND", Now.AddHours(2)));

        var first = await aws.Credentials.GetAsync(settings, CancellationToken.None);
        aws.Clock.Advance(TimeSpan.FromMinutes(54));
        var stillFirst = await aws.Credentials.GetAsync(settings, CancellationToken.None);
        aws.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var renewed = await aws.Credentials.GetAsync(settings, CancellationToken.None);

        Assert.Equal("ASIAFIRST", first.AccessKey);
        Assert.Equal("ASIAFIRST", stillFirst.AccessKey);
        Assert.Equal("ASIASECOND", renewed.AccessKey);
        Assert.Equal(2, aws.Handler.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_ManyCallersAtOnce_OneAssumeRoleAnswersThemAllAsync()
    {
        using var aws = new TestAws();
        var answer = new TaskCompletionSource();
        using var gated = new GatedHandler(aws.Handler, answer.Task);
        using var credentials = new AwsCredentialsSource(new AwsEndpointResolver(_ => null), gated, aws.CallLog, aws.Clock);
        var settings = WithRole(aws, new AwsAssumeRoleSettings(RoleArn));
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIASHARED", Now.AddHours(1)));

        var callers = Enumerable.Range(0, 20).Select(_ => Task.Run(() => credentials.GetAsync(settings, CancellationToken.None))).ToList();
        await gated.FirstArrived.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(100);
        answer.SetResult();
        var results = await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.All(results, r => Assert.Equal("ASIASHARED", r.AccessKey));
        Assert.Single(aws.Handler.Requests);
    }

    [Fact]
    public async Task GetAsync_OtherExternalIdOrSession_AssumesSeparatelyAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAONE", Now.AddHours(1)))
            .Respond(HttpStatusCode.OK, AssumeRoleXml("ASIATWO", Now.AddHours(1)))
            .Respond(HttpStatusCode.OK, AssumeRoleXml("ASIATHREE", Now.AddHours(1)));

        var one = await aws.Credentials.GetAsync(WithRole(aws, new AwsAssumeRoleSettings(RoleArn, "a1")), CancellationToken.None);
        var two = await aws.Credentials.GetAsync(WithRole(aws, new AwsAssumeRoleSettings(RoleArn, "b2")), CancellationToken.None);
        var three = await aws.Credentials.GetAsync(WithRole(aws, new AwsAssumeRoleSettings(RoleArn, "a1", "other")), CancellationToken.None);
        var oneAgain = await aws.Credentials.GetAsync(WithRole(aws, new AwsAssumeRoleSettings(RoleArn, "a1")), CancellationToken.None);

        Assert.Equal(["ASIAONE", "ASIATWO", "ASIATHREE", "ASIAONE"], new[] { one, two, three, oneAgain }.Select(c => c.AccessKey));
        Assert.Equal(3, aws.Handler.Requests.Count);
    }

    [Fact]
    public async Task GetAsync_EndpointOverrides_AssumeRoleGoesWhereEveryCallGoesAsync()
    {
        using var aws = new TestAws(environment: new Dictionary<string, string> { ["AWS_ENDPOINT_URL_STS"] = "http://127.0.0.1:4599" });
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAONE", Now.AddHours(1)));
        var settings = WithRole(aws, new AwsAssumeRoleSettings(RoleArn)) with { EndpointUrl = "http://127.0.0.1:4566" };

        await aws.Credentials.GetAsync(settings, CancellationToken.None);

        Assert.Equal("http://127.0.0.1:4599/", aws.Handler.Requests.Single().Uri.ToString());
    }

    [Fact]
    public async Task GetAsync_SandboxEndpoint_AssumeRoleGoesToTheConnectionsEndpointAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAONE", Now.AddHours(1)));
        var settings = WithRole(aws, new AwsAssumeRoleSettings(RoleArn)) with { EndpointUrl = "http://127.0.0.1:4566" };

        await aws.Credentials.GetAsync(settings, CancellationToken.None);

        Assert.Equal("http://127.0.0.1:4566/", aws.Handler.Requests.Single().Uri.ToString());
    }

    [Fact]
    public async Task GetAsync_RoleDoesNotTrustUs_AccessDeniedNamingTheRoleAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.Forbidden, StsError("AccessDenied",
            $"User: arn:aws:iam::000000000000:user/ops is not authorized to perform: sts:AssumeRole on resource: {RoleArn}"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.Credentials.GetAsync(WithRole(aws, new AwsAssumeRoleSettings(RoleArn, "wrong-id")), CancellationToken.None));

        Assert.Equal(AwsErrorKind.AccessDenied, error.Kind);
        Assert.Equal("AssumeRole", error.Operation);
        Assert.StartsWith($"STS AssumeRole failed: AccessDenied: Cannot assume role {RoleArn}: User: arn:aws:iam::000000000000:user/ops is not authorized", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EcsCall_BaseCredentialsExpired_SurfacesStsExpiredTokenNotAGenericCredentialErrorAsync()
    {
        using var aws = new TestAws();
        aws.Connection.Switch(WithRole(aws, new AwsAssumeRoleSettings(RoleArn)));
        aws.Handler.Respond(HttpStatusCode.Forbidden, StsError("ExpiredToken", "The security token included in the request is expired"));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => ToListAsync(new EcsClient(new AwsJsonClient(aws.Pipeline)).ListClustersAsync()));

        Assert.Equal(AwsErrorKind.Credentials, error.Kind);
        Assert.Equal("STS", error.Service);
        Assert.Equal("ExpiredToken", error.ErrorCode);
        Assert.Contains($"Cannot assume role {RoleArn}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(aws.Handler.Requests, r => r.Header("X-Amz-Target") is not null);
    }

    [Fact]
    public async Task GetAsync_RenewalFailsWhileOldCredentialsLast_KeepsThemAndTriesAgainLaterAsync()
    {
        using var aws = new TestAws();
        var settings = WithRole(aws, new AwsAssumeRoleSettings(RoleArn));
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAFIRST", Now.AddHours(1)))
            .Respond(HttpStatusCode.Forbidden, StsError("AccessDenied", "not any more"))
            .Respond(HttpStatusCode.OK, AssumeRoleXml("ASIASECOND", Now.AddHours(2)));
        await aws.Credentials.GetAsync(settings, CancellationToken.None);
        aws.Clock.Advance(TimeSpan.FromMinutes(56));

        var kept = await aws.Credentials.GetAsync(settings, CancellationToken.None);
        var keptWithoutAsking = await aws.Credentials.GetAsync(settings, CancellationToken.None);
        aws.Clock.Advance(AssumedRoleCredentials.RetryAfterFailure);
        var renewed = await aws.Credentials.GetAsync(settings, CancellationToken.None);

        Assert.Equal("ASIAFIRST", kept.AccessKey);
        Assert.Equal("ASIAFIRST", keptWithoutAsking.AccessKey);
        Assert.Equal("ASIASECOND", renewed.AccessKey);
        Assert.Equal(3, aws.Handler.Requests.Count);
    }

    [Fact]
    public async Task EcsCall_RoleCredentialsRefused_AssumesTheRoleAgainAndResendsOnceAsync()
    {
        using var aws = new TestAws();
        aws.Connection.Switch(WithRole(aws, new AwsAssumeRoleSettings(RoleArn)));
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAFIRST", Now.AddHours(1)))
            .Respond(HttpStatusCode.BadRequest, ExpiredJson)
            .Respond(HttpStatusCode.OK, AssumeRoleXml("ASIASECOND", Now.AddHours(1)))
            .RespondJson(PlatformClustersJson);

        var clusters = await ToListAsync(new EcsClient(new AwsJsonClient(aws.Pipeline)).ListClustersAsync());

        Assert.Single(clusters);
        Assert.Equal(4, aws.Handler.Requests.Count);
        Assert.Contains("Credential=ASIASECOND/", aws.Handler.Requests[3].Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EcsCall_RoleCredentialsRefusedAgain_FailsWithoutAskingForeverAsync()
    {
        using var aws = new TestAws();
        aws.Connection.Switch(WithRole(aws, new AwsAssumeRoleSettings(RoleArn)));
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAFIRST", Now.AddHours(1)))
            .Respond(HttpStatusCode.BadRequest, ExpiredJson)
            .Respond(HttpStatusCode.OK, AssumeRoleXml("ASIASECOND", Now.AddHours(1)))
            .Respond(HttpStatusCode.BadRequest, ExpiredJson);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => ToListAsync(new EcsClient(new AwsJsonClient(aws.Pipeline)).ListClustersAsync()));

        Assert.Equal("ExpiredTokenException", error.ErrorCode);
        Assert.Equal(4, aws.Handler.Requests.Count);
    }

    [Fact]
    public async Task EcsCall_BaseCredentialsRefusedWithoutRole_NoStsCallAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, ExpiredJson);

        await Assert.ThrowsAsync<AwsServiceException>(() => ToListAsync(new EcsClient(new AwsJsonClient(aws.Pipeline)).ListClustersAsync()));

        Assert.Single(aws.Handler.Requests);
    }

    [Fact]
    public async Task GetAsync_RenewalFailsAfterExpiry_ThrowsAsync()
    {
        using var aws = new TestAws();
        var settings = WithRole(aws, new AwsAssumeRoleSettings(RoleArn));
        aws.Handler.Respond(HttpStatusCode.OK, AssumeRoleXml("ASIAFIRST", Now.AddHours(1)))
            .Respond(HttpStatusCode.Forbidden, StsError("AccessDenied", "not any more"));
        await aws.Credentials.GetAsync(settings, CancellationToken.None);
        aws.Clock.Advance(TimeSpan.FromMinutes(61));

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.Credentials.GetAsync(settings, CancellationToken.None));

        Assert.Equal(AwsErrorKind.AccessDenied, error.Kind);
    }

    [Theory]
    [InlineData("EcsConsoleAccess", null, null, "is not an IAM role ARN")]
    [InlineData("arn:aws:iam::2222:role/EcsConsoleAccess", null, null, "is not an IAM role ARN")]
    [InlineData(RoleArn, null, "has space", "session name 'has space'")]
    [InlineData(RoleArn, "x", null, "external id must be 2 to 1224")]
    public async Task GetAsync_BadRoleSettings_ValidationErrorSaysWhatToFixWithoutCallingAsync(string arn, string? externalId, string? session, string expected)
    {
        using var aws = new TestAws();

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.Credentials.GetAsync(WithRole(aws, new AwsAssumeRoleSettings(arn, externalId, session)), CancellationToken.None));

        Assert.Equal(AwsErrorKind.Validation, error.Kind);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(aws.Handler.Requests);
    }

    [Fact]
    public async Task GetAsync_NoRole_UsesTheBaseCredentialsWithoutStsAsync()
    {
        using var aws = new TestAws();

        var credentials = await aws.Credentials.GetAsync(aws.Connection.Current, CancellationToken.None);

        Assert.Equal("AKIDTEST", credentials.AccessKey);
        Assert.Empty(aws.Handler.Requests);
    }

    private const string ExpiredJson = """{"__type":"ExpiredTokenException","message":"The security token included in the request is expired"}""";

    private const string PlatformClustersJson = """{"clusterArns":["arn:aws:ecs:eu-west-1:222222222222:cluster/platform"]}""";

    private static AwsConnectionSettings WithRole(TestAws aws, AwsAssumeRoleSettings role) => aws.Connection.Current with { AssumeRole = role };

    private static string AssumeRoleXml(string accessKey, DateTimeOffset expiration) => $"""
        <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <AssumeRoleResult>
            <AssumedRoleUser>
              <AssumedRoleId>AROAEXAMPLEROLEID:ecsconsole</AssumedRoleId>
              <Arn>arn:aws:sts::222222222222:assumed-role/EcsConsoleAccess/ecsconsole</Arn>
            </AssumedRoleUser>
            <Credentials>
              <AccessKeyId>{accessKey}</AccessKeyId>
              <SecretAccessKey>secret-{accessKey}</SecretAccessKey>
              <SessionToken>token-{accessKey}</SessionToken>
              <Expiration>{expiration.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</Expiration>
            </Credentials>
          </AssumeRoleResult>
          <ResponseMetadata><RequestId>sts-req</RequestId></ResponseMetadata>
        </AssumeRoleResponse>
        """;

    private static string StsError(string code, string message) => $"""
        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
          <Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>
          <RequestId>sts-err</RequestId>
        </ErrorResponse>
        """;

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Holds every request until <paramref name="open"/> completes, so callers pile up behind the first.</summary>
    private sealed class GatedHandler(HttpMessageHandler inner, Task open) : DelegatingHandler(inner)
    {
        private readonly TaskCompletionSource _firstArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstArrived => _firstArrived.Task;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            _firstArrived.TrySetResult();
            await open.WaitAsync(cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
