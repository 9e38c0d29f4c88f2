using System.Net;
using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Core.Wizards;

namespace EcsConsole.Core.Tests.Wizards;

/// <summary>Calls that take an idempotency token carry one derived from their run and step, so a resume repeats the same call.</summary>
public sealed class RunIdempotencyTokenTests : IAsyncLifetime
{
    private WizardSandbox _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await WizardSandbox.StartAsync();

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    private static WizardPlan Plan() => new("test", "one namespace",
    [
        new PlannedCall("servicediscovery", "CreateHttpNamespace", """{"Name":"shop","CreatorRequestId":"planned"}""", "namespace shop", null, "ListNamespaces shop"),
    ]);

    [Fact]
    public async Task ResumeAsync_AnswerOfTokenCallLost_SendsTheSameRunTokenAgainAsync()
    {
        var executor = new AnswerLostOnceExecutor();
        var runner = _sandbox.NewRunner(executor);

        var failed = await runner.StartAsync(Plan(), "alice", null, CancellationToken.None);
        var resumed = await runner.ResumeAsync(failed.Id, null, null, CancellationToken.None);

        Assert.Equal(WizardRunState.Failed, failed.State);
        Assert.Equal(WizardStepState.Running, failed.Steps[0].State);
        Assert.Equal(WizardRunState.Succeeded, resumed.State);
        var tokens = executor.Bodies.Select(b => JsonNode.Parse(b)!["CreatorRequestId"]!.GetValue<string>()).ToList();
        Assert.Equal(2, tokens.Count);
        Assert.Equal(RunIdempotencyTokens.For(failed.Id, 0), tokens[0]);
        Assert.Equal(tokens[0], tokens[1]);
    }

    [Fact]
    public void For_OtherRunOrStep_GivesAnotherToken()
    {
        Assert.NotEqual(RunIdempotencyTokens.For("run1", 0), RunIdempotencyTokens.For("run2", 0));
        Assert.NotEqual(RunIdempotencyTokens.For("run1", 0), RunIdempotencyTokens.For("run1", 1));
        Assert.Equal(32, RunIdempotencyTokens.For("run1", 0).Length);
    }

    [Fact]
    public void Stamped_OperationWithoutToken_LeavesTheBodyAlone()
    {
        var call = new PlannedCall("ecs", "CreateCluster", """{"clusterName":"walk"}""", "cluster walk", null, "DescribeClusters walk");

        Assert.Same(call, RunIdempotencyTokens.Stamped(call, "run1", 0));
    }

    /// <summary>Cloud Map as seen through a lost answer: the first create fails with a 500 (it may have landed), the next one succeeds.</summary>
    private sealed class AnswerLostOnceExecutor : IWizardCallExecutor
    {
        public List<string> Bodies { get; } = [];

        public string Service => "servicediscovery";

        public IReadOnlyCollection<string> Operations => ["CreateHttpNamespace"];

        public Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken) => Task.FromResult(ExistenceCheckResult.Missing);

        public Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken)
        {
            Bodies.Add(call.Body);
            return Bodies.Count == 1
                ? throw new AwsServiceException("ServiceDiscovery", "CreateHttpNamespace", "InternalFailure", "injected", null, HttpStatusCode.InternalServerError)
                : Task.FromResult(new CallResult("op-1", null));
        }

        public Task UndoAsync(PlannedCall call, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
