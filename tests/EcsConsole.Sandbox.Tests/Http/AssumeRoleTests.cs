using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using EcsConsole.Sandbox.Accounts;
using EcsConsole.Sandbox.Auth;
using EcsConsole.Sandbox.Http;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>STS AssumeRole into the second account, and calls with the issued credentials landing in that account alone.</summary>
public sealed class AssumeRoleTests : IAsyncLifetime
{
    private const string RoleArn = "arn:aws:iam::222222222222:role/EcsConsoleAccess";
    private static readonly XNamespace Sts = "https://sts.amazonaws.com/doc/2011-06-15/";
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AssumeRole_TrustedRole_IssuesTemporaryCredentialsOfTheRolesAccount()
    {
        using var client = DefaultAccountClient();

        var (status, body) = await client.QueryAsync("AssumeRole", parameters: new Dictionary<string, string>
        {
            ["RoleArn"] = RoleArn,
            ["RoleSessionName"] = "alice",
            ["DurationSeconds"] = "1800",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var result = body.Root!.Element(Sts + "AssumeRoleResult")!;
        var credentials = result.Element(Sts + "Credentials")!;
        Assert.Matches("^ASIA[A-Z2-7]{16}$", credentials.Element(Sts + "AccessKeyId")!.Value);
        Assert.Equal(40, credentials.Element(Sts + "SecretAccessKey")!.Value.Length);
        Assert.NotEmpty(credentials.Element(Sts + "SessionToken")!.Value);
        var expiration = DateTimeOffset.Parse(credentials.Element(Sts + "Expiration")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiration - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
        Assert.Equal("arn:aws:sts::222222222222:assumed-role/EcsConsoleAccess/alice", result.Element(Sts + "AssumedRoleUser")!.Element(Sts + "Arn")!.Value);
        Assert.Matches("^AROA[A-Z0-9]+:alice$", result.Element(Sts + "AssumedRoleUser")!.Element(Sts + "AssumedRoleId")!.Value);
    }

    [Fact]
    public async Task Calls_WithAssumedCredentials_SeeOnlyTheRolesAccount()
    {
        using var platform = await AssumeAsync("bob");
        using var defaultAccount = DefaultAccountClient();

        var (_, platformClusters, _) = await platform.EcsAsync("ListClusters");
        var (_, platformServices, _) = await platform.EcsAsync("ListServices", new JsonObject { ["cluster"] = "platform" });
        var (_, defaultClusters, _) = await defaultAccount.EcsAsync("ListClusters");
        var (_, prodFromPlatform, _) = await platform.EcsAsync("ListServices", new JsonObject { ["cluster"] = "prod" });
        var (_, repositories, _) = await platform.JsonAsync($"{SandboxHttpClient.EcrPrefix}.DescribeRepositories", service: "ecr");
        var (_, roles) = await platform.QueryAsync("ListRoles", "iam", "2010-05-08");

        Assert.Equal(["arn:aws:ecs:eu-west-1:222222222222:cluster/platform"], Strings(platformClusters["clusterArns"]));
        Assert.Equal(["arn:aws:ecs:eu-west-1:222222222222:service/platform/gateway", "arn:aws:ecs:eu-west-1:222222222222:service/platform/auth"],
            Strings(platformServices["serviceArns"]));
        Assert.DoesNotContain(Strings(defaultClusters["clusterArns"]), arn => arn.Contains("222222222222", StringComparison.Ordinal));
        Assert.Equal("ClusterNotFoundException", prodFromPlatform["__type"]!.GetValue<string>());
        Assert.Equal(["auth", "gateway"], repositories["repositories"]!.AsArray().Select(r => r!["repositoryName"]!.GetValue<string>()).Order());
        Assert.Contains(roles.Descendants(), e => e.Name.LocalName == "Arn" && e.Value == RoleArn);
    }

    [Fact]
    public async Task GetCallerIdentity_WithAssumedCredentials_AnswersTheAssumedRole()
    {
        using var platform = await AssumeAsync("carol");

        var (status, body) = await platform.QueryAsync("GetCallerIdentity");

        Assert.Equal(HttpStatusCode.OK, status);
        var result = body.Root!.Element(Sts + "GetCallerIdentityResult")!;
        Assert.Equal("222222222222", result.Element(Sts + "Account")!.Value);
        Assert.Equal("arn:aws:sts::222222222222:assumed-role/EcsConsoleAccess/carol", result.Element(Sts + "Arn")!.Value);
        Assert.EndsWith(":carol", result.Element(Sts + "UserId")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_WithAssumedCredentials_StayInTheRolesAccount()
    {
        using var platform = await AssumeAsync("dave");
        using var defaultAccount = DefaultAccountClient();

        var (status, _, _) = await platform.EcsAsync("CreateCluster", new JsonObject { ["clusterName"] = "edge" });
        var (_, defaultClusters, _) = await defaultAccount.EcsAsync("ListClusters");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("edge", _server.EngineOf("222222222222").Read(s => s.Clusters.Select(c => c.Name).ToList()));
        Assert.DoesNotContain(Strings(defaultClusters["clusterArns"]), arn => arn.EndsWith("/edge", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("arn:aws:iam::222222222222:role/NoSuchRole")]
    [InlineData("arn:aws:iam::333333333333:role/EcsConsoleAccess")]
    [InlineData("arn:aws:iam::000000000000:role/ecsTaskExecutionRole")]
    public async Task AssumeRole_MissingOrUntrustingRole_AccessDeniedInStsShape(string roleArn)
    {
        using var client = DefaultAccountClient();

        var (status, body) = await client.QueryAsync("AssumeRole", parameters: new Dictionary<string, string> { ["RoleArn"] = roleArn, ["RoleSessionName"] = "x1" });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        var error = body.Root!.Element("Error")!;
        Assert.Equal("Sender", error.Element("Type")!.Value);
        Assert.Equal("AccessDenied", error.Element("Code")!.Value);
        Assert.Equal($"User: arn:aws:iam::000000000000:user/sandbox is not authorized to perform: sts:AssumeRole on resource: {roleArn}", error.Element("Message")!.Value);
    }

    [Theory]
    [InlineData("RoleSessionName", "a b", "roleSessionName")]
    [InlineData("DurationSeconds", "60", "durationSeconds")]
    [InlineData("ExternalId", "x", "externalId")]
    public async Task AssumeRole_InvalidParameter_ValidationError(string name, string value, string member)
    {
        using var client = DefaultAccountClient();
        var parameters = new Dictionary<string, string> { ["RoleArn"] = RoleArn, ["RoleSessionName"] = "ok", [name] = value };

        var (status, body) = await client.QueryAsync("AssumeRole", parameters: parameters);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ValidationError", body.Root!.Element("Error")!.Element("Code")!.Value);
        Assert.Contains($"at '{member}'", body.Root.Element("Error")!.Element("Message")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_WithIssuedKeyButWrongToken_RefusedAsInvalidToken()
    {
        var (key, secret, _) = await AssumeCredentialsAsync("erin");
        using var forged = new SandboxHttpClient(_server.Url) { AccessKeyId = key, SecretAccessKey = secret, SessionToken = "forged" };
        using var tokenless = new SandboxHttpClient(_server.Url) { AccessKeyId = key, SecretAccessKey = secret };

        var (status, body, _) = await forged.EcsAsync("ListClusters");
        var (queryStatus, queryBody) = await tokenless.QueryAsync("GetCallerIdentity");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("UnrecognizedClientException", body["__type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, queryStatus);
        Assert.Equal("InvalidClientTokenId", queryBody.Root!.Element("Error")!.Element("Code")!.Value);
    }

    [Fact]
    public async Task Calls_WithIssuedKeyButWrongSecret_RefusedAsBadSignature()
    {
        var (key, _, token) = await AssumeCredentialsAsync("frank");
        using var client = new SandboxHttpClient(_server.Url) { AccessKeyId = key, SecretAccessKey = "not-the-secret", SessionToken = token };

        var (_, body, _) = await client.EcsAsync("ListClusters");

        Assert.Equal("InvalidSignatureException", body["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Calls_WithSessionTokenTheSandboxDidNotIssue_RefusedRatherThanLandingInTheDefaultAccount()
    {
        using var client = new SandboxHttpClient(_server.Url) { AccessKeyId = "ASIAFORGOTTENSESSION", SecretAccessKey = "x", SessionToken = "from-before-a-restart" };

        var (_, body, _) = await client.EcsAsync("ListClusters");

        Assert.Equal("UnrecognizedClientException", body["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task AssumeRole_FromTheAssumedRole_ChainsOnlyWhereTrusted()
    {
        using var platform = await AssumeAsync("gina");

        var (status, body) = await platform.QueryAsync("AssumeRole", parameters: new Dictionary<string, string> { ["RoleArn"] = RoleArn, ["RoleSessionName"] = "again" });

        // The role trusts account 000000000000, not itself: chaining into it from 222222222222 is refused.
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("User: arn:aws:sts::222222222222:assumed-role/EcsConsoleAccess/gina is not authorized", body.Root!.Element("Error")!.Element("Message")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Authenticate_ExpiredSession_RefusedAsExpiredToken()
    {
        var realClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sessions = new StsSessions(realClock);
        var session = sessions.Issue("222222222222", "EcsConsoleAccess", "AROAEXAMPLE", "s1", TimeSpan.FromMinutes(15));
        var authenticator = new SandboxAuthenticator(SandboxTestContext.Options(), realClock, sessions);
        realClock.Advance(TimeSpan.FromMinutes(15));
        var request = SignedRequest(session, realClock.GetUtcNow());

        var error = Assert.Throws<SandboxApiException>(() => authenticator.Authenticate(request));

        Assert.Equal("ExpiredTokenException", error.Code);
        Assert.Equal(SandboxAuthenticator.ExpiredTokenMessage, error.Message);
    }

    [Fact]
    public void Authenticate_SessionStillValid_VerifiedWithTheIssuedSecret()
    {
        var realClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sessions = new StsSessions(realClock);
        var session = sessions.Issue("222222222222", "EcsConsoleAccess", "AROAEXAMPLE", "s1", TimeSpan.FromMinutes(15));
        var authenticator = new SandboxAuthenticator(SandboxTestContext.Options(), realClock, sessions);
        realClock.Advance(TimeSpan.FromMinutes(14));

        var credential = authenticator.Authenticate(SignedRequest(session, realClock.GetUtcNow()));

        Assert.Equal(session.AccessKeyId, credential.AccessKeyId);
    }

    private static SigV4Request SignedRequest(StsSession session, DateTimeOffset at)
    {
        var amzDate = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var headers = new List<KeyValuePair<string, string>> { new("Host", "127.0.0.1"), new("X-Amz-Date", amzDate), new("X-Amz-Security-Token", session.SessionToken) };
        var signed = headers.Select(h => h.Key.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
        var unsigned = new SigV4Request("POST", "/", "", headers, "{}"u8.ToArray());
        var credential = new SigV4Credential(session.AccessKeyId, amzDate[..8], "eu-west-1", "ecs", signed, "", amzDate, Presigned: false);
        var signature = SigV4Verifier.ExpectedSignature(unsigned, credential, session.SecretAccessKey);
        return new SigV4Request("POST", "/", "", [.. headers, new("Authorization",
            $"AWS4-HMAC-SHA256 Credential={session.AccessKeyId}/{credential.Scope}, SignedHeaders={string.Join(';', signed)}, Signature={signature}")], "{}"u8.ToArray());
    }

    private SandboxHttpClient DefaultAccountClient() => new(_server.Url) { AccessKeyId = "sandbox", SecretAccessKey = "sandbox-secret" };

    private async Task<SandboxHttpClient> AssumeAsync(string session)
    {
        var (key, secret, token) = await AssumeCredentialsAsync(session);
        return new SandboxHttpClient(_server.Url) { AccessKeyId = key, SecretAccessKey = secret, SessionToken = token };
    }

    private async Task<(string Key, string Secret, string Token)> AssumeCredentialsAsync(string session)
    {
        using var client = DefaultAccountClient();
        var (status, body) = await client.QueryAsync("AssumeRole", parameters: new Dictionary<string, string> { ["RoleArn"] = RoleArn, ["RoleSessionName"] = session });
        Assert.Equal(HttpStatusCode.OK, status);
        var credentials = body.Root!.Element(Sts + "AssumeRoleResult")!.Element(Sts + "Credentials")!;
        return (credentials.Element(Sts + "AccessKeyId")!.Value, credentials.Element(Sts + "SecretAccessKey")!.Value, credentials.Element(Sts + "SessionToken")!.Value);
    }

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToList();
}
