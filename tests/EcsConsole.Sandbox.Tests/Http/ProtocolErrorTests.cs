using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

public sealed class ProtocolErrorTests : IAsyncLifetime
{
    private SandboxServer _server = null!;
    private SandboxHttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);
        _client = new SandboxHttpClient(_server.Url);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task JsonCall_UnknownOperation_AnswersUnknownOperationException()
    {
        var (status, body, _) = await _client.EcsAsync("LaunchRocket");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("UnknownOperationException", body["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task QueryCall_UnknownAction_AnswersInvalidAction()
    {
        var (status, body) = await _client.QueryAsync("AssumeEverything");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidAction", body.Root!.Element("Error")!.Element("Code")!.Value);
    }

    [Fact]
    public async Task DescribeServices_UnknownCluster_AnswersClusterNotFound()
    {
        var (status, body, _) = await _client.EcsAsync("DescribeServices", new JsonObject { ["cluster"] = "nope", ["services"] = new JsonArray("users") });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ClusterNotFoundException", body["__type"]!.GetValue<string>());
        Assert.Equal("Cluster not found.", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task DescribeServices_ElevenNames_AnswersInvalidParameter()
    {
        var names = new JsonArray(Enumerable.Range(0, 11).Select(i => (JsonNode?)JsonValue.Create($"svc{i}")).ToArray());

        var (_, body, _) = await _client.EcsAsync("DescribeServices", new JsonObject { ["cluster"] = "prod", ["services"] = names });

        Assert.Equal("InvalidParameterException", body["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task DescribeServices_UnknownService_ListedAsMissingFailure()
    {
        var (_, body, _) = await _client.EcsAsync("DescribeServices", new JsonObject { ["cluster"] = "prod", ["services"] = new JsonArray("users", "ghost") });

        Assert.Equal("users", body["services"]![0]!["serviceName"]!.GetValue<string>());
        Assert.Equal("arn:aws:ecs:eu-west-1:000000000000:service/prod/ghost", body["failures"]![0]!["arn"]!.GetValue<string>());
        Assert.Equal("MISSING", body["failures"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task DescribeImages_UnknownRepository_AnswersRepositoryNotFound()
    {
        var (_, body, _) = await _client.JsonAsync($"{SandboxHttpClient.EcrPrefix}.DescribeImages", new JsonObject { ["repositoryName"] = "nope" }, "ecr");

        Assert.Equal("RepositoryNotFoundException", body["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task DescribeImages_UnknownTag_AnswersImageNotFound()
    {
        var ids = new JsonArray(new JsonObject { ["imageTag"] = "0.0.0" });

        var (_, body, _) = await _client.JsonAsync($"{SandboxHttpClient.EcrPrefix}.DescribeImages", new JsonObject { ["repositoryName"] = "users", ["imageIds"] = ids }, "ecr");

        Assert.Equal("ImageNotFoundException", body["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListServices_PagedByThree_FollowsTokenToTheEnd()
    {
        var (_, first, _) = await _client.EcsAsync("ListServices", new JsonObject { ["cluster"] = "prod", ["maxResults"] = 3 });
        var (_, second, _) = await _client.EcsAsync("ListServices", new JsonObject { ["cluster"] = "prod", ["maxResults"] = 3, ["nextToken"] = first["nextToken"]!.GetValue<string>() });

        Assert.Equal(3, first["serviceArns"]!.AsArray().Count);
        Assert.Single(second["serviceArns"]!.AsArray());
        Assert.Null(second["nextToken"]);
    }

    [Fact]
    public async Task ListServices_ForeignToken_AnswersInvalidParameter()
    {
        var (_, body, _) = await _client.EcsAsync("ListServices", new JsonObject { ["cluster"] = "prod", ["nextToken"] = "bm90LW91cnM=" });

        Assert.Equal("InvalidParameterException", body["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListTasks_WrongMemberType_AnswersSerializationException()
    {
        var (_, body, _) = await _client.EcsAsync("ListTasks", new JsonObject { ["cluster"] = 5 });

        Assert.Equal("SerializationException", body["__type"]!.GetValue<string>());
    }
}
