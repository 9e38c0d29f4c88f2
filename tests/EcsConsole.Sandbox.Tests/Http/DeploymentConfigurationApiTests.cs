using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

public sealed class DeploymentConfigurationApiTests : IAsyncLifetime
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
    public async Task UpdateService_LinearWithPauseHook_DescribeServicesEchoesIt()
    {
        var (status, _, _) = await _client.EcsAsync("UpdateService", new JsonObject
        {
            ["cluster"] = "staging",
            ["service"] = "users",
            ["deploymentConfiguration"] = new JsonObject
            {
                ["strategy"] = "LINEAR",
                ["bakeTimeInMinutes"] = 3,
                ["linearConfiguration"] = new JsonObject { ["stepPercent"] = 25.0, ["stepBakeTimeInMinutes"] = 2 },
                ["lifecycleHooks"] = new JsonArray(new JsonObject { ["targetType"] = "PAUSE", ["lifecycleStages"] = new JsonArray("POST_SCALE_UP") }),
            },
        });

        var service = await DescribeUsersAsync();
        var configuration = service["deploymentConfiguration"]!;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("LINEAR", configuration["strategy"]!.GetValue<string>());
        Assert.Equal(3, configuration["bakeTimeInMinutes"]!.GetValue<int>());
        Assert.Equal(25.0, configuration["linearConfiguration"]!["stepPercent"]!.GetValue<double>());
        Assert.Equal("PAUSE", configuration["lifecycleHooks"]![0]!["targetType"]!.GetValue<string>());
        Assert.Equal(200, configuration["maximumPercent"]!.GetValue<int>());
        Assert.Contains(":targetgroup/staging-users-green/", service["loadBalancers"]![0]!["advancedConfiguration"]!["alternateTargetGroupArn"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateService_BlueGreenWithoutAdvancedConfiguration_InvalidParameter()
    {
        var (status, body, _) = await _client.EcsAsync("UpdateService", new JsonObject
        {
            ["cluster"] = "prod",
            ["service"] = "news",
            ["deploymentConfiguration"] = new JsonObject { ["strategy"] = "BLUE_GREEN", ["bakeTimeInMinutes"] = 5 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("InvalidParameterException", body["__type"]!.GetValue<string>().Split('#')[^1]);
        Assert.Contains("advancedConfiguration", body["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"targetType":"PAUSE","lifecycleStages":["PRODUCTION_TRAFFIC_SHIFT"]}""")]
    [InlineData("""{"targetType":"AWS_LAMBDA","lifecycleStages":["POST_SCALE_UP"]}""")]
    [InlineData("""{"targetType":"PAUSE","lifecycleStages":[]}""")]
    public async Task UpdateService_InvalidHook_RefusedAndConfigurationUnchanged(string hook)
    {
        var (status, _, _) = await _client.EcsAsync("UpdateService", new JsonObject
        {
            ["cluster"] = "staging",
            ["service"] = "users",
            ["deploymentConfiguration"] = new JsonObject { ["strategy"] = "CANARY", ["lifecycleHooks"] = new JsonArray(JsonNode.Parse(hook)) },
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("ROLLING", (await DescribeUsersAsync())["deploymentConfiguration"]!["strategy"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateService_UnknownProductionRule_InvalidParameter()
    {
        var advanced = (await DescribeUsersAsync())["loadBalancers"]![0]!.DeepClone().AsObject();
        advanced["advancedConfiguration"]!["productionListenerRule"] = advanced["advancedConfiguration"]!["productionListenerRule"]!.GetValue<string>() + "0";

        var (status, body, _) = await _client.EcsAsync("UpdateService", new JsonObject
        {
            ["cluster"] = "staging",
            ["service"] = "users",
            ["loadBalancers"] = new JsonArray(advanced),
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("productionListenerRule", body["message"]!.GetValue<string>());
    }

    private async Task<JsonNode> DescribeUsersAsync()
    {
        var (_, body, _) = await _client.EcsAsync("DescribeServices", new JsonObject { ["cluster"] = "staging", ["services"] = new JsonArray("users") });
        return body["services"]![0]!;
    }
}
