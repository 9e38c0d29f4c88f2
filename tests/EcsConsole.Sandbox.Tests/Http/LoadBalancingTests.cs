using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

public sealed class LoadBalancingTests : IAsyncLifetime
{
    private const string Version = "2015-12-01";
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);
    private SandboxServer _server = null!;
    private SandboxHttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), _time, CancellationToken.None);
        _client = new SandboxHttpClient(_server.Url);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task DescribeTargetHealth_StoppedTask_DrainsThenLeaves()
    {
        var arn = _server.Engine.Read(s => s.FindCluster("staging")!.Services.Single(sv => sv.Name == "market").TargetGroupArn!);
        var task = _server.Engine.Read(s => s.FindCluster("staging")!.Tasks.First(t => t.ServiceName == "market"));
        _server.Engine.Ecs.StopTask("staging", task.Id);

        var draining = await StatesAsync(arn);
        _time.Advance(TimeSpan.FromSeconds(31));
        var after = await StatesAsync(arn);

        Assert.Equal("draining", draining[task.Network.PrivateIpv4Address]);
        Assert.False(after.ContainsKey(task.Network.PrivateIpv4Address));
        Assert.Contains("healthy", after.Values);
    }

    [Fact]
    public async Task DescribeTargetGroups_UnknownName_AnswersTargetGroupNotFound()
    {
        var (status, body) = await _client.QueryAsync("DescribeTargetGroups", "elasticloadbalancing", Version, new Dictionary<string, string> { ["Names.member.1"] = "nope" });

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, status);
        Assert.Equal("TargetGroupNotFound", body.Root!.Element("Error")!.Element("Code")!.Value);
    }

    private async Task<Dictionary<string, string>> StatesAsync(string targetGroupArn)
    {
        var (_, body) = await _client.QueryAsync("DescribeTargetHealth", "elasticloadbalancing", Version, new Dictionary<string, string> { ["TargetGroupArn"] = targetGroupArn });
        return body.Descendants().Where(e => e.Name.LocalName == "member" && e.Parent!.Name.LocalName == "TargetHealthDescriptions")
            .ToDictionary(
                m => m.Descendants().First(e => e.Name.LocalName == "Id").Value,
                m => m.Descendants().First(e => e.Name.LocalName == "State").Value);
    }
}
