using System.Net;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Http;

/// <summary>A write AWS may have carried out is sent again only when it carries an idempotency token.</summary>
public sealed class AwsHttpPipelineWriteRetryTests
{
    private const string Throttled = """{"__type":"ThrottlingException","message":"Rate exceeded"}""";

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task SendAsync_WriteWithoutTokenServerError_IsNotSentAgainAsync(HttpStatusCode status)
    {
        using var aws = new TestAws();
        aws.Handler.Respond(status, """{"__type":"ServerException","message":"boom"}""").RespondJson("{}");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.RunAsync(() => SendAsync(aws, "CreateCluster")));

        Assert.Single(aws.Handler.Requests);
        Assert.Equal(status, error.StatusCode);
    }

    [Fact]
    public async Task SendAsync_WriteWithoutTokenConnectionReset_IsNotSentAgainAndSaysItMayHaveTakenEffectAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Throw(new IOException("reset")).RespondJson("{}");

        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.RunAsync(() => SendAsync(aws, "RegisterTaskDefinition")));

        Assert.Single(aws.Handler.Requests);
        Assert.True(error.IsNetworkFailure);
        Assert.Contains("may have taken effect", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WriteWithoutTokenConnectionRefused_IsSentAgainAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")).RespondJson("{}");

        await aws.RunAsync(() => SendAsync(aws, "CreateCluster"));

        Assert.Equal(2, aws.Handler.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_WriteWithoutTokenThrottled_IsSentAgainAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, Throttled).RespondJson("{}");

        await aws.RunAsync(() => SendAsync(aws, "CreateService"));

        Assert.Equal(2, aws.Handler.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_WriteCarryingToken_IsSentAgainAfterServerErrorAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.InternalServerError, "").RespondJson("{}");
        var request = AwsJsonProtocol.CreateRequest(AwsServices.Ecs, "RunTask", """{"clientToken":"t-1"}"""u8.ToArray()) with { CarriesIdempotencyToken = true };

        await aws.RunAsync(() => aws.Pipeline.SendAsync(AwsServices.Ecs, "RunTask", request, AwsJsonProtocol.ParseError, CancellationToken.None));

        Assert.Equal(2, aws.Handler.Requests.Count);
    }

    [Fact]
    public async Task InvokeAsync_RunTaskWithoutToken_SendsOneFreshTokenOnEveryAttemptAsync()
    {
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.ServiceUnavailable, "").RespondJson("""{"tasks":[],"failures":[]}""");
        var client = new AwsJsonClient(aws.Pipeline);

        await aws.RunAsync(() => client.InvokeAsync<JsonObject, JsonObject>(AwsServices.Ecs, "RunTask", new JsonObject { ["taskDefinition"] = "web:1" }));

        var tokens = aws.Handler.Requests.Select(r => JsonNode.Parse(r.Body)!["clientToken"]?.GetValue<string>()).ToList();
        Assert.Equal(2, tokens.Count);
        Assert.False(string.IsNullOrEmpty(tokens[0]));
        Assert.Equal(tokens[0], tokens[1]);
    }

    [Fact]
    public async Task InvokeAsync_RunTaskWithCallersToken_KeepsItAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""{"tasks":[],"failures":[]}""");
        var client = new AwsJsonClient(aws.Pipeline);

        await aws.RunAsync(() => client.InvokeAsync<JsonObject, JsonObject>(AwsServices.Ecs, "RunTask", new JsonObject { ["clientToken"] = "run-7-step-3" }));

        Assert.Equal("run-7-step-3", JsonNode.Parse(Assert.Single(aws.Handler.Requests).Body)!["clientToken"]!.GetValue<string>());
    }

    [RequiresAwsModelsFact]
    public void IdempotencyTokens_EveryModelledToken_IsListedUnderItsServiceId()
    {
        var fromModels = new Dictionary<(string, string), string>();
        foreach (var service in new[] { "ecs", "ecr", "logs", "application-autoscaling", "codedeploy", "servicediscovery", "secretsmanager", "cloudwatch", "iam", "elbv2", "autoscaling", "sts" })
        {
            var root = AwsModelLocator.LoadServiceModel(service);
            var serviceId = root["metadata"]!["serviceId"]!.GetValue<string>();
            foreach (var (operation, body) in root["operations"]!.AsObject())
            {
                if (body!["input"]?["shape"]?.GetValue<string>() is not { } input)
                {
                    continue;
                }

                foreach (var (member, shape) in root["shapes"]![input]!["members"]?.AsObject() ?? [])
                {
                    if (shape?["idempotencyToken"]?.GetValue<bool>() == true)
                    {
                        fromModels[(serviceId, operation)] = member;
                    }
                }
            }
        }

        Assert.Equal(fromModels.OrderBy(p => p.Key), AwsResendRule.IdempotencyTokens.OrderBy(p => p.Key));
    }

    private static Task<AwsWireResponse> SendAsync(TestAws aws, string operation) =>
        aws.Pipeline.SendAsync(AwsServices.Ecs, operation, AwsJsonProtocol.CreateRequest(AwsServices.Ecs, operation, "{}"u8.ToArray()),
            AwsJsonProtocol.ParseError, CancellationToken.None);
}
