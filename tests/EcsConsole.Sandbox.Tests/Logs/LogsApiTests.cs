using System.Net;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Logs;

public sealed class LogsApiTests : IAsyncLifetime
{
    private const string Prefix = "Logs_20140328";
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
    public async Task DescribeLogGroups_Seeded_OneGroupPerService()
    {
        var (_, body, _) = await Logs("DescribeLogGroups", []);

        Assert.Equal(["/ecs/blog", "/ecs/market", "/ecs/news", "/ecs/users"], body["logGroups"]!.AsArray().Select(g => g!["logGroupName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GetLogEvents_PagedForwardFromHead_EndsWithTheSameToken()
    {
        var stream = await FirstStreamAsync("/ecs/users");
        var request = new JsonObject { ["logGroupName"] = "/ecs/users", ["logStreamName"] = stream, ["startFromHead"] = true, ["limit"] = 500 };
        var seen = 0;
        string? token = null;
        for (var page = 0; page < 100; page++)
        {
            var body = (await Logs("GetLogEvents", token is null ? request.DeepClone().AsObject() : With(request, "nextToken", token))).Body;
            var next = body["nextForwardToken"]!.GetValue<string>();
            seen += body["events"]!.AsArray().Count;
            if (next == token)
            {
                break;
            }

            token = next;
        }

        var all = (await Logs("GetLogEvents", new JsonObject { ["logGroupName"] = "/ecs/users", ["logStreamName"] = stream })).Body["events"]!.AsArray().Count;
        Assert.True(all > 500, $"only {all} events");
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task FilterLogEvents_ErrorPattern_OnlyMatchingLines()
    {
        var (_, body, _) = await Logs("FilterLogEvents", new JsonObject { ["logGroupName"] = "/ecs/market", ["filterPattern"] = "\"responded 500\"" });

        var messages = body["events"]!.AsArray().Select(e => e!["message"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Contains("responded 500", m));
    }

    [Fact]
    public async Task GetLogEvents_UnknownStream_AnswersResourceNotFound()
    {
        var (status, body, _) = await Logs("GetLogEvents", new JsonObject { ["logGroupName"] = "/ecs/users", ["logStreamName"] = "ecs/users/nope" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ResourceNotFoundException", body["__type"]!.GetValue<string>());
    }

    private async Task<string> FirstStreamAsync(string group) =>
        (await Logs("DescribeLogStreams", new JsonObject { ["logGroupName"] = group })).Body["logStreams"]![0]!["logStreamName"]!.GetValue<string>();

    private Task<(HttpStatusCode Status, JsonObject Body, HttpResponseMessage Response)> Logs(string operation, JsonObject body) =>
        _client.JsonAsync($"{Prefix}.{operation}", body, "logs");

    private static JsonObject With(JsonObject request, string member, string value)
    {
        var copy = request.DeepClone().AsObject();
        copy[member] = value;
        return copy;
    }
}
