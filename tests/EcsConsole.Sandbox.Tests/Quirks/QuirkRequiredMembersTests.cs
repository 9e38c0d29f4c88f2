using EcsConsole.Sandbox.Quirks;
using EcsConsole.Sandbox.Tests.Conformance;
using EcsConsole.Testing;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Quirks;

// Dropping optional members must never drop one the model requires: a real endpoint cannot leave those out either.
public sealed class QuirkRequiredMembersTests : IAsyncLifetime
{
    private static readonly string[] JsonServices = ["ecs", "ecr", "logs", "application-autoscaling", "cloudwatch", "servicediscovery", "codedeploy"];
    private static readonly Dictionary<string, Lazy<ServiceModel>> Models = new(StringComparer.Ordinal);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private readonly SandboxOptions _options = new()
    {
        Url = "http://127.0.0.1:0",
        Quirks = new SandboxQuirks { Enabled = true, Share = 1, ScalarKinds = false, UnknownMembers = false, UnknownEnumValues = false, HtmlErrorOperations = "" },
    };

    private SandboxServer _sandbox = null!;
    private SandboxWire _wire = null!;

    public static TheoryData<string> JsonCases =>
        [.. SandboxConformanceCases.All.Keys.Where(id => JsonServices.Contains(id[..id.IndexOf(':')]))];

    public async Task InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(_options, _time, CancellationToken.None);
        _wire = new SandboxWire(_sandbox.Url, _options.Region, _options.AccessKeyId, _options.SecretAccessKey);
        for (var step = 0; step < 180; step++)
        {
            _time.Advance(TimeSpan.FromSeconds(10));
        }
    }

    public async Task DisposeAsync()
    {
        _wire.Dispose();
        await _sandbox.DisposeAsync();
    }

    [RequiresAwsModelsTheory]
    [MemberData(nameof(JsonCases))]
    public async Task Operation_EveryOptionalMemberDropped_KeepsEveryModelRequiredMemberAsync(string id)
    {
        var session = new SandboxConformanceSession(_wire, Model);

        await SandboxConformanceCases.All[id](session, span =>
        {
            for (var elapsed = TimeSpan.Zero; elapsed < span; elapsed += TimeSpan.FromSeconds(10))
            {
                _time.Advance(TimeSpan.FromSeconds(10));
            }
        });

        Assert.NotEmpty(session.Exchanges);
        var missing = session.Exchanges
            .Where(e => e.Model.Metadata.Protocol == "json")
            .SelectMany(e => e.Model.ValidateJsonOutput(e.Operation, e.Reply.Json).Select(v => $"{e.Operation}: {v}"))
            .Where(v => v.Contains("required member", StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [RequiresAwsModelsFact]
    public void IsKept_EveryMemberAModelRequiresInAnAnswer_IsKept()
    {
        var required = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var model in JsonServices.Select(Model))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var operation in model.Operations.Values.Where(o => o.OutputShape is not null))
            {
                CollectRequired(model, operation.OutputShape!, seen, required);
            }
        }

        Assert.Contains("image", required);
        var dropped = required.Where(name => !QuirkMembers.IsKept(name)).ToList();
        Assert.True(dropped.Count == 0, $"required in answers but droppable: {string.Join(", ", dropped)}");
    }

    private static void CollectRequired(ServiceModel model, string shapeName, HashSet<string> seen, SortedSet<string> required)
    {
        if (!seen.Add(shapeName) || !model.Shapes.TryGetValue(shapeName, out var shape))
        {
            return;
        }

        required.UnionWith(shape.Required.Select(name => shape.Members.TryGetValue(name, out var member) ? member.WireName : name));
        foreach (var member in shape.Members.Values.Append(shape.Member).Append(shape.Key).Append(shape.Value).OfType<MemberModel>())
        {
            CollectRequired(model, member.Shape, seen, required);
        }
    }

    private static ServiceModel Model(string service)
    {
        Lazy<ServiceModel> lazy;
        lock (Models)
        {
            lazy = Models.TryGetValue(service, out var found) ? found : Models[service] = new Lazy<ServiceModel>(() => ServiceModel.Load(service));
        }

        return lazy.Value;
    }
}
