using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>The runner carrying outputs from call to call, with an in-memory service so only the engine is under test.</summary>
public sealed class WizardReferencesRunnerTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;
    private readonly DemoExecutor _demo = new();

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task StartAsync_LaterCallRefersToAnOutput_SendsItFilledInAndJournalsTheOutputsAsync()
    {
        var run = await _sandbox.NewRunner(_demo).StartAsync(Plan("alb"), "alice", null, CancellationToken.None);

        Assert.Equal(WizardRunState.Succeeded, run.State);
        var link = _demo.Sent.Single(s => s.Operation == "CreateLink");
        Assert.Equal("arn:demo:thing/alb", JsonNode.Parse(link.Body)!["ThingArn"]!.GetValue<string>());
        Assert.Equal("listener on arn:demo:thing/alb", JsonNode.Parse(link.Body)!["Description"]!.GetValue<string>());
        Assert.Equal("arn:demo:thing/alb", run.Steps[0].OutputValues()["Arn"]);
    }

    [Fact]
    public async Task StartAsync_ReferencedResourceExistsAlready_UsesTheExistingOneAndNeverUndoesItAsync()
    {
        _demo.Things["alb"] = "arn:demo:thing/alb-from-before";

        var run = await _sandbox.NewRunner(_demo).StartAsync(Plan("alb"), "alice", null, CancellationToken.None);
        var rolledBack = await _sandbox.NewRunner(_demo).RollbackAsync(run.Id, CancellationToken.None);

        Assert.Equal(WizardStepState.SkippedExisting, run.Steps[0].State);
        Assert.Equal("arn:demo:thing/alb-from-before", JsonNode.Parse(_demo.Sent.Single(s => s.Operation == "CreateLink").Body)!["ThingArn"]!.GetValue<string>());
        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        Assert.True(_demo.Things.ContainsKey("alb"));
        Assert.Empty(_demo.Links);
    }

    [Fact]
    public async Task RollbackAsync_UndoRefersToTheCallsOwnOutput_DeletesByTheCreatedArnNewestFirstAsync()
    {
        var run = await _sandbox.NewRunner(_demo).StartAsync(Plan("alb"), "alice", null, CancellationToken.None);

        var rolledBack = await _sandbox.NewRunner(_demo).RollbackAsync(run.Id, CancellationToken.None);

        Assert.Equal(WizardRunState.RolledBack, rolledBack.State);
        Assert.Equal(["DeleteLink", "DeleteThing"], _demo.Undone.Select(u => u.Operation).ToArray());
        Assert.Equal("arn:demo:thing/alb", JsonNode.Parse(_demo.Undone[1].Body)!["Arn"]!.GetValue<string>());
        Assert.Empty(_demo.Things);
    }

    [Fact]
    public async Task ResumeAsync_OnANewRunnerAfterAFailure_TakesEarlierOutputsFromTheJournalAsync()
    {
        _demo.FailLinks = true;
        var failed = await _sandbox.NewRunner(_demo).StartAsync(Plan("alb"), "alice", null, CancellationToken.None);
        _demo.FailLinks = false;

        var resumed = await _sandbox.NewRunner(_demo).ResumeAsync(failed.Id, null, null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, failed.State);
        Assert.Contains("DemoFailure", failed.Error, StringComparison.Ordinal);
        Assert.Equal(WizardRunState.Succeeded, resumed.State);
        Assert.Single(_demo.Sent, s => s.Operation == "CreateThing");
        Assert.Equal("arn:demo:thing/alb", _demo.Links["listener"]);
    }

    [Fact]
    public async Task InspectAsync_CallHangingOnAMissingResource_ReportsMissingWithoutCallingAsync()
    {
        var checks = await _sandbox.NewRunner(_demo).InspectAsync(Plan("alb"), CancellationToken.None);

        Assert.All(checks, c => Assert.Equal(ExistenceState.Missing, c.State));
        Assert.Empty(_demo.Sent);
    }

    internal static WizardPlan Plan(string thing) => new("demo", "demo", [
        new PlannedCall("demo", "CreateThing", $$"""{"Name":"{{thing}}"}""", $"thing {thing}", new UndoCall("DeleteThing", """{"Arn":"${Thing.Arn}"}"""), "GetThing")
        {
            Key = "Thing",
            Outputs = new Dictionary<string, string> { ["Arn"] = "Thing.Arn" },
            Lookup = new CallLookup("GetThing", $$"""{"Name":"{{thing}}"}""", new Dictionary<string, string> { ["Arn"] = "Thing.Arn" }),
        },
        new PlannedCall("demo", "CreateLink", """{"Name":"listener","ThingArn":"${Thing.Arn}","Description":"listener on ${Thing.Arn}"}""", "link listener",
            new UndoCall("DeleteLink", """{"Name":"listener"}"""), "GetLink"),
    ]);

    /// <summary>A tiny service: things with ARNs, and links naming a thing's ARN.</summary>
    private sealed class DemoExecutor : IWizardCallExecutor
    {
        public ConcurrentDictionary<string, string> Things { get; } = new();

        public ConcurrentDictionary<string, string> Links { get; } = new();

        public List<PlannedCall> Sent { get; } = [];

        public List<UndoCall> Undone { get; } = [];

        public bool FailLinks { get; set; }

        public string Service => "demo";

        public IReadOnlyCollection<string> Operations { get; } = ["CreateThing", "CreateLink"];

        public Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken)
        {
            var body = JsonNode.Parse(call.Body)!;
            var name = body["Name"]!.GetValue<string>();
            if (call.Operation == "CreateThing" && Things.TryGetValue(name, out var arn))
            {
                return Task.FromResult(new ExistenceCheckResult(ExistenceState.Exists, $"thing {name} exists") { Response = Response(arn) });
            }

            return Task.FromResult(call.Operation == "CreateLink" && Links.ContainsKey(name)
                ? new ExistenceCheckResult(ExistenceState.Exists, $"link {name} exists")
                : ExistenceCheckResult.Missing);
        }

        public Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken)
        {
            Sent.Add(call);
            var body = JsonNode.Parse(call.Body)!;
            var name = body["Name"]!.GetValue<string>();
            if (call.Operation == "CreateThing")
            {
                var arn = $"arn:demo:thing/{name}";
                Things[name] = arn;
                return Task.FromResult(new CallResult(arn, Response(arn)));
            }

            if (FailLinks)
            {
                throw new EcsConsole.Aws.AwsServiceException("demo", "CreateLink", "DemoFailure", "links are off", null, System.Net.HttpStatusCode.BadRequest);
            }

            Links[name] = body["ThingArn"]!.GetValue<string>();
            return Task.FromResult(CallResult.None);
        }

        public Task UndoAsync(PlannedCall call, CancellationToken cancellationToken)
        {
            Undone.Add(call.Undo!);
            var body = JsonNode.Parse(call.Undo!.Body)!;
            if (call.Undo.Operation == "DeleteThing")
            {
                var arn = body["Arn"]!.GetValue<string>();
                foreach (var (name, _) in Things.Where(t => t.Value == arn))
                {
                    Things.TryRemove(name, out _);
                }
            }
            else
            {
                Links.TryRemove(body["Name"]!.GetValue<string>(), out _);
            }

            return Task.CompletedTask;
        }

        private static JsonNode Response(string arn) => new JsonObject { ["Thing"] = new JsonObject { ["Arn"] = arn } };
    }
}
