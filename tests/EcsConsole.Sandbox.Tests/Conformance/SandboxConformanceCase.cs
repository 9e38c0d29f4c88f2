using System.Text.Json.Nodes;
using EcsConsole.Testing;

namespace EcsConsole.Sandbox.Tests.Conformance;

/// <summary>One exchange with the sandbox: the request sent and what came back, with the model that judges both.</summary>
internal sealed record WireExchange(ServiceModel Model, string Operation, WireReply Reply, JsonNode? Request);

/// <summary>
/// Drives one sandbox operation with realistic requests against the seeded fleet and records every exchange;
/// the test validates each reply and then the case's own expectations (e.g. stopped tasks are present).
/// </summary>
internal sealed class SandboxConformanceSession(SandboxWire wire, Func<string, ServiceModel> models)
{
    private readonly List<WireExchange> _exchanges = [];

    public IReadOnlyList<WireExchange> Exchanges => _exchanges;

    public async Task<JsonNode> JsonAsync(string service, string operation, JsonObject body)
    {
        var model = models(service);
        var sent = body.DeepClone();
        var reply = await wire.SendJsonAsync(model, operation, body);
        _exchanges.Add(new WireExchange(model, operation, reply, sent));
        Assert.True(reply.Status == System.Net.HttpStatusCode.OK, $"{service}:{operation} {body.ToJsonString()} answered {(int)reply.Status}: {reply.Body}");
        return reply.Json!;
    }

    public async Task<System.Xml.Linq.XDocument> QueryAsync(string service, string operation, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var model = models(service);
        var form = new Dictionary<string, string>(parameters ?? new Dictionary<string, string>()) { ["Action"] = operation, ["Version"] = model.Metadata.ApiVersion };
        var reply = await wire.SendQueryAsync(model, form);
        _exchanges.Add(new WireExchange(model, operation, reply, null));
        Assert.True(reply.Status == System.Net.HttpStatusCode.OK, $"{service}:{operation} answered {(int)reply.Status}: {reply.Body}");
        return reply.Xml;
    }
}
