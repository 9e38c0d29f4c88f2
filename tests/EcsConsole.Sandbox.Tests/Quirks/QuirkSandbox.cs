using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Tests.Conformance;
using EcsConsole.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Quirks;

/// <summary>A seeded sandbox on a fake clock playing the given quirks, called over HTTP with independently signed requests.</summary>
internal sealed class QuirkSandbox : IAsyncDisposable
{
    private QuirkSandbox(SandboxServer server, SandboxWire wire)
    {
        Server = server;
        Wire = wire;
    }

    public SandboxServer Server { get; }

    public SandboxWire Wire { get; }

    public static async Task<QuirkSandbox> StartAsync(SandboxQuirks quirks)
    {
        var options = SandboxTestContext.Options();
        options.Quirks = quirks;
        var server = await SandboxServer.StartAsync(options, new FakeTimeProvider(SandboxTestContext.Start), CancellationToken.None);
        return new QuirkSandbox(server, new SandboxWire(server.Url, options.Region, options.AccessKeyId, options.SecretAccessKey));
    }

    public Task<WireReply> EcsAsync(string operation, JsonObject body) => Wire.SendJsonAsync(Models.Ecs, operation, body);

    public Task<WireReply> EcrAsync(string operation, JsonObject body) => Wire.SendJsonAsync(Models.Ecr, operation, body);

    /// <summary>DescribeTasks of prod's running users tasks.</summary>
    public async Task<WireReply> DescribeUsersTasksAsync()
    {
        var list = (await EcsAsync("ListTasks", new JsonObject { ["cluster"] = "prod", ["serviceName"] = "users" })).Json!;
        var arns = new JsonArray([.. list["taskArns"]!.AsArray().Select(a => JsonValue.Create(a!.GetValue<string>()))]);
        return await EcsAsync("DescribeTasks", new JsonObject { ["cluster"] = "prod", ["tasks"] = arns });
    }

    public async ValueTask DisposeAsync()
    {
        Wire.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>The official models, loaded once for all quirk tests.</summary>
    public static class Models
    {
        private static readonly Lazy<ServiceModel> EcsModel = new(() => ServiceModel.Load("ecs"));
        private static readonly Lazy<ServiceModel> EcrModel = new(() => ServiceModel.Load("ecr"));
        private static readonly Lazy<ServiceModel> StsModel = new(() => ServiceModel.Load("sts"));

        public static ServiceModel Ecs => EcsModel.Value;

        public static ServiceModel Ecr => EcrModel.Value;

        public static ServiceModel Sts => StsModel.Value;
    }
}
