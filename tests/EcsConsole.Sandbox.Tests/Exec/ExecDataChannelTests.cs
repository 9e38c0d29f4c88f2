using System.Text;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Ssm.DataChannel;
using EcsConsole.Sandbox.Tests.Http;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Exec;

/// <summary>ExecuteCommand on the sandbox, then the console's own data channel client against the sandbox's agent.</summary>
public sealed class ExecDataChannelTests : IAsyncLifetime
{
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

    private async Task<string> TaskOfAsync(string cluster, string service)
    {
        var (_, body, _) = await _client.EcsAsync("ListTasks", new JsonObject { ["cluster"] = cluster, ["serviceName"] = service });
        return body["taskArns"]![0]!.GetValue<string>();
    }

    private async Task<JsonObject> ExecuteAsync(string cluster, string task, string command = "/bin/sh")
    {
        var (_, body, _) = await _client.EcsAsync("ExecuteCommand", new JsonObject { ["cluster"] = cluster, ["task"] = task, ["container"] = "users", ["command"] = command, ["interactive"] = true });
        return body;
    }

    private static async Task<string> ReadUntilAsync(SessionDataChannel channel, string expected)
    {
        var text = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (!text.ToString().Contains(expected, StringComparison.Ordinal))
        {
            var piece = await channel.Output.ReadAsync(timeout.Token);
            text.Append(Encoding.UTF8.GetString(piece.Data.Span));
        }

        return text.ToString();
    }

    [Fact]
    public async Task ExecuteCommand_ProdUsers_OpensAShellThatDoesArithmetic()
    {
        var reply = await ExecuteAsync("prod", await TaskOfAsync("prod", "users"));
        var session = reply["session"]!;

        await using var channel = await SessionDataChannel.ConnectAsync(
            new Uri(session["streamUrl"]!.GetValue<string>()), session["tokenValue"]!.GetValue<string>(), new SessionDataChannelOptions(), TimeProvider.System, CancellationToken.None);
        await channel.ResizeAsync(100, 30);
        await ReadUntilAsync(channel, "root@users:/app# ");
        await channel.SendInputAsync("echo $((6*7))\r"u8.ToArray());

        Assert.Contains("\r\n42\r\n", await ReadUntilAsync(channel, "42\r\nroot@users"));
        Assert.Equal("InteractiveCommands", channel.SessionType);

        await channel.SendInputAsync("exit\r"u8.ToArray());
        var end = await channel.Ended.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(DataChannelEndReason.ClosedByService, end.Reason);
    }

    [Fact]
    public async Task ExecuteCommand_SingleCommand_PrintsItsOutputAndEnds()
    {
        var reply = await ExecuteAsync("prod", await TaskOfAsync("prod", "users"), "hostname");
        var session = reply["session"]!;

        await using var channel = await SessionDataChannel.ConnectAsync(
            new Uri(session["streamUrl"]!.GetValue<string>()), session["tokenValue"]!.GetValue<string>(), new SessionDataChannelOptions(), TimeProvider.System, CancellationToken.None);

        Assert.Contains(".compute.internal", await ReadUntilAsync(channel, ".compute.internal"));
        Assert.Equal(DataChannelEndReason.ClosedByService, (await channel.Ended.WaitAsync(TimeSpan.FromSeconds(15))).Reason);
    }

    [Fact]
    public async Task DataChannel_WrongToken_IsRefused()
    {
        var reply = await ExecuteAsync("prod", await TaskOfAsync("prod", "users"));

        await Assert.ThrowsAsync<DataChannelProtocolException>(() => SessionDataChannel.ConnectAsync(
            new Uri(reply["session"]!["streamUrl"]!.GetValue<string>()), "not-the-token", new SessionDataChannelOptions(), TimeProvider.System, CancellationToken.None));
    }

    [Fact]
    public async Task ExecuteCommand_TaskWithoutExecuteCommand_AnswersTheEcsError()
    {
        var (status, body, _) = await _client.EcsAsync("ExecuteCommand", new JsonObject
        {
            ["cluster"] = "staging", ["task"] = await TaskOfAsync("staging", "users"), ["container"] = "users", ["command"] = "/bin/sh", ["interactive"] = true,
        });

        Assert.Equal(400, (int)status);
        Assert.Equal("InvalidParameterException", body["__type"]!.GetValue<string>().Split('#')[^1]);
        Assert.Contains("execute command was not enabled", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task DescribeTasks_ProdUsers_ReportsExecuteCommandAndItsAgent()
    {
        var task = await TaskOfAsync("prod", "users");
        var (_, body, _) = await _client.EcsAsync("DescribeTasks", new JsonObject { ["cluster"] = "prod", ["tasks"] = new JsonArray(task) });

        var described = body["tasks"]![0]!;
        Assert.True(described["enableExecuteCommand"]!.GetValue<bool>());
        var agent = described["containers"]![0]!["managedAgents"]![0]!;
        Assert.Equal(("ExecuteCommandAgent", "RUNNING"), (agent["name"]!.GetValue<string>(), agent["lastStatus"]!.GetValue<string>()));
    }

    [Fact]
    public async Task UpdateService_EnableExecuteCommandAndForceNewDeployment_NewTasksAllowExec()
    {
        await _client.EcsAsync("UpdateService", new JsonObject { ["cluster"] = "staging", ["service"] = "users", ["enableExecuteCommand"] = true, ["forceNewDeployment"] = true });
        var (_, services, _) = await _client.EcsAsync("DescribeServices", new JsonObject { ["cluster"] = "staging", ["services"] = new JsonArray("users") });

        Assert.True(services["services"]![0]!["enableExecuteCommand"]!.GetValue<bool>());
    }
}
