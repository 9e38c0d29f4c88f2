using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

public sealed class ResourceCommandsTests : IAsyncLifetime
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
    public async Task TagResource_Service_TagsListedAndUntagged()
    {
        const string Arn = "arn:aws:ecs:eu-west-1:000000000000:service/prod/users";

        await _client.EcsAsync("TagResource", new JsonObject { ["resourceArn"] = Arn, ["tags"] = new JsonArray(new JsonObject { ["key"] = "cost-center", ["value"] = "42" }) });
        await _client.EcsAsync("UntagResource", new JsonObject { ["resourceArn"] = Arn, ["tagKeys"] = new JsonArray("environment") });
        var (_, body, _) = await _client.EcsAsync("ListTagsForResource", new JsonObject { ["resourceArn"] = Arn });

        var tags = body["tags"]!.AsArray().ToDictionary(t => t!["key"]!.GetValue<string>(), t => t!["value"]!.GetValue<string>());
        Assert.Equal(new Dictionary<string, string> { ["team"] = "users", ["cost-center"] = "42" }, tags);
    }

    [Fact]
    public async Task TagResource_ReservedAwsPrefix_Refused()
    {
        var (status, body, _) = await _client.EcsAsync("TagResource", new JsonObject
        {
            ["resourceArn"] = "arn:aws:ecs:eu-west-1:000000000000:cluster/prod",
            ["tags"] = new JsonArray(new JsonObject { ["key"] = "aws:owner", ["value"] = "me" }),
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidParameterException", body["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task DescribeImageScanFindings_ScannedImage_FindingsMatchSeverityCounts()
    {
        var (_, body, _) = await _client.JsonAsync($"{SandboxHttpClient.EcrPrefix}.DescribeImageScanFindings", new JsonObject
        {
            ["repositoryName"] = "users",
            ["imageId"] = new JsonObject { ["imageTag"] = "latest" },
        }, "ecr");

        var scan = body["imageScanFindings"]!;
        var counts = scan["findingSeverityCounts"]!.AsObject().Sum(c => c.Value!.GetValue<int>());
        Assert.Equal(counts, scan["findings"]!.AsArray().Count);
        Assert.All(scan["findings"]!.AsArray(), f => Assert.StartsWith("CVE-", f!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DescribeImageScanFindings_UnscannedImage_AnswersScanNotFound()
    {
        var (_, body, _) = await _client.JsonAsync($"{SandboxHttpClient.EcrPrefix}.DescribeImageScanFindings", new JsonObject
        {
            ["repositoryName"] = "users",
            ["imageId"] = new JsonObject { ["imageTag"] = "broken" },
        }, "ecr");

        Assert.Equal("ScanNotFoundException", body["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateLogGroup_ThenRetention_DescribedWithRetention()
    {
        await _client.JsonAsync("Logs_20140328.CreateLogGroup", new JsonObject { ["logGroupName"] = "/ecs/reports" }, "logs");
        await _client.JsonAsync("Logs_20140328.PutRetentionPolicy", new JsonObject { ["logGroupName"] = "/ecs/reports", ["retentionInDays"] = 14 }, "logs");
        var (_, again, _) = await _client.JsonAsync("Logs_20140328.CreateLogGroup", new JsonObject { ["logGroupName"] = "/ecs/reports" }, "logs");
        var (_, body, _) = await _client.JsonAsync("Logs_20140328.DescribeLogGroups", new JsonObject { ["logGroupNamePrefix"] = "/ecs/reports" }, "logs");

        Assert.Equal("ResourceAlreadyExistsException", again["__type"]!.GetValue<string>());
        Assert.Equal(14, body["logGroups"]![0]!["retentionInDays"]!.GetValue<int>());
    }
}
