using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task JsonCall_Unsigned_RefusedWithMissingAuthenticationToken()
    {
        using var client = new SandboxHttpClient(_server.Url) { Sign = false };

        var (status, body, response) = await client.EcsAsync("ListClusters");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("MissingAuthenticationTokenException", body["__type"]!.GetValue<string>());
        Assert.Equal("Missing Authentication Token", body["message"]!.GetValue<string>());
        Assert.Equal("MissingAuthenticationTokenException", response.Headers.GetValues("x-amzn-ErrorType").Single());
        Assert.NotEmpty(response.Headers.GetValues("x-amzn-RequestId").Single());
    }

    [Fact]
    public async Task JsonCall_SandboxKeyWithWrongSecret_RefusedWithInvalidSignature()
    {
        using var client = new SandboxHttpClient(_server.Url) { AccessKeyId = "sandbox", SecretAccessKey = "not-the-secret" };

        var (status, body, _) = await client.EcsAsync("ListClusters");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidSignatureException", body["__type"]!.GetValue<string>());
        Assert.StartsWith("The request signature we calculated does not match the signature you provided.", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task JsonCall_SandboxKeyWithItsSecret_Accepted()
    {
        using var client = new SandboxHttpClient(_server.Url) { AccessKeyId = "sandbox", SecretAccessKey = "sandbox-secret" };

        var (status, body, _) = await client.EcsAsync("ListClusters");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body["clusterArns"]!.AsArray().Count);
    }

    [Fact]
    public async Task JsonCall_SandboxKeySignedAnHourAgo_RefusedAsExpired()
    {
        using var client = new SandboxHttpClient(_server.Url) { AccessKeyId = "sandbox", SecretAccessKey = "sandbox-secret", SignedAt = DateTimeOffset.UtcNow.AddHours(-1) };

        var (_, body, _) = await client.EcsAsync("ListClusters");

        Assert.Equal("InvalidSignatureException", body["__type"]!.GetValue<string>());
        Assert.StartsWith("Signature expired:", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task JsonCall_OtherKeyWithAnySecret_AcceptedUnverified()
    {
        using var client = new SandboxHttpClient(_server.Url) { AccessKeyId = "test", SecretAccessKey = "whatever" };

        var (status, _, _) = await client.EcsAsync("ListClusters");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task QueryCall_Unsigned_RefusedWithMissingAuthenticationTokenXml()
    {
        using var client = new SandboxHttpClient(_server.Url) { Sign = false };

        var (status, body) = await client.QueryAsync("GetCallerIdentity");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("MissingAuthenticationToken", body.Root!.Element("Error")!.Element("Code")!.Value);
        Assert.Equal("Sender", body.Root.Element("Error")!.Element("Type")!.Value);
        Assert.NotEmpty(body.Root.Element("RequestId")!.Value);
    }

    [Fact]
    public async Task QueryCall_SandboxKeyWithWrongSecret_RefusedWithSignatureDoesNotMatch()
    {
        using var client = new SandboxHttpClient(_server.Url) { AccessKeyId = "sandbox", SecretAccessKey = "wrong" };

        var (status, body) = await client.QueryAsync("GetCallerIdentity");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("SignatureDoesNotMatch", body.Root!.Element("Error")!.Element("Code")!.Value);
    }

    [Fact]
    public async Task GetCallerIdentity_Signed_AnswersInStsNamespace()
    {
        using var client = new SandboxHttpClient(_server.Url) { AccessKeyId = "sandbox", SecretAccessKey = "sandbox-secret" };

        var (status, body) = await client.QueryAsync("GetCallerIdentity");

        XNamespace sts = "https://sts.amazonaws.com/doc/2011-06-15/";
        Assert.Equal(HttpStatusCode.OK, status);
        var result = body.Root!.Element(sts + "GetCallerIdentityResult")!;
        Assert.Equal("000000000000", result.Element(sts + "Account")!.Value);
        Assert.Equal("arn:aws:iam::000000000000:user/sandbox", result.Element(sts + "Arn")!.Value);
    }

    [Fact]
    public async Task JsonCall_MalformedAuthorization_RefusedWithIncompleteSignature()
    {
        using var http = new HttpClient { BaseAddress = _server.Url };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("{}") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AmazonEC2ContainerServiceV20141113.ListClusters");
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261127/eu-west-1/ecs/aws4_request");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("IncompleteSignatureException", response.Headers.GetValues("x-amzn-ErrorType").Single());
    }
}
