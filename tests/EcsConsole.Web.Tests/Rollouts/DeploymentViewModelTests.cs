using System.Collections.Immutable;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Rollouts;
using EcsConsole.Web.Model.Rollouts;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Web.Tests.Rollouts;

public sealed class DeploymentViewModelTests
{
    private readonly FakeTimeProvider _time = new(RolloutSamples.At);

    private DeploymentViewModel Model(DeploymentProgress progress, params ServiceEventEntry[] events)
    {
        var model = new DeploymentViewModel(_time);
        model.Reset(
            new Subscription<DeploymentProgress>([progress], AsyncEnumerable.Empty<IReadOnlyList<Change<DeploymentProgress>>>()),
            new Subscription<ServiceEventEntry>([.. events], AsyncEnumerable.Empty<IReadOnlyList<Change<ServiceEventEntry>>>()));
        return model;
    }

    [Fact]
    public void BakeRemaining_ClockAdvancesBetweenPolls_CountsDown()
    {
        var model = Model(RolloutSamples.Progress(DeploymentStrategyKind.BlueGreen, "BAKE_TIME", bake: TimeSpan.FromMinutes(2)));

        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(90), model.BakeRemaining);
    }

    [Fact]
    public void BakeRemaining_ServiceLayerGivesTheEnd_CountsToThatInstant()
    {
        var model = Model(RolloutSamples.Progress(DeploymentStrategyKind.BlueGreen, "BAKE_TIME", bake: TimeSpan.FromMinutes(2)) with { BakeEndsAt = RolloutSamples.At.AddMinutes(1) });

        _time.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(TimeSpan.FromSeconds(40), model.BakeRemaining);
    }

    [Fact]
    public void BakeRemaining_PastTheEnd_StaysAtZero()
    {
        var model = Model(RolloutSamples.Progress(DeploymentStrategyKind.BlueGreen, "BAKE_TIME", bake: TimeSpan.FromSeconds(5)));

        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(TimeSpan.Zero, model.BakeRemaining);
    }

    [Fact]
    public void BakeRemaining_OutsideBakeTime_IsNull() =>
        Assert.Null(Model(RolloutSamples.Progress()).BakeRemaining);

    [Fact]
    public void AwaitsApproval_HookWaitingWhileRunning_IsTrueAndFalseOnceEnded()
    {
        var hook = new PendingHook("hook-1", "POST_TEST_TRAFFIC_SHIFT", "PAUSE", null, null);
        var model = Model(RolloutSamples.Progress(hook: hook));
        Assert.True(model.AwaitsApproval);

        model.ApplyProgress([new Change<DeploymentProgress>(ChangeKind.Updated, RolloutSamples.Progress(hook: hook, outcome: DeploymentOutcome.RolledBack, status: "ROLLBACK_SUCCESSFUL"))]);

        Assert.False(model.AwaitsApproval);
        Assert.False(model.CanStop);
    }

    [Fact]
    public void CanStop_RollbackRequested_IsFalse() =>
        Assert.False(Model(RolloutSamples.Progress(status: "ROLLBACK_REQUESTED")).CanStop);

    [Fact]
    public void Events_ArriveOutOfOrder_NewestFirst()
    {
        var model = Model(RolloutSamples.Progress(), new ServiceEventEntry("e1", RolloutSamples.At, "started"));

        model.ApplyEvents([new Change<ServiceEventEntry>(ChangeKind.Added, new ServiceEventEntry("e2", RolloutSamples.At.AddMinutes(1), "steady"))]);

        Assert.Equal(["steady", "started"], model.Events.Select(e => e.Message));
    }
}
