using EcsConsole.Core.Rollouts;

namespace EcsConsole.Core.Tests.Rollouts;

public sealed class DeploymentStagesTests
{
    [Fact]
    public void For_ReportedStageOutsideTheList_JoinsInEcsOrder()
    {
        var stages = DeploymentStages.For(DeploymentStrategyKind.BlueGreen, "RECONCILE_SERVICE");

        Assert.Equal("RECONCILE_SERVICE", stages[0]);
        Assert.Equal("PRE_SCALE_UP", stages[1]);
    }

    [Fact]
    public void Steps_RunningWithoutStage_FirstIsCurrent()
    {
        var steps = DeploymentStages.Steps(DeploymentStrategyKind.Rolling, null, null);

        Assert.Equal(StepState.Current, steps[0].State);
        Assert.Equal(StepState.Pending, steps[1].State);
    }

    [Fact]
    public void Steps_EndedWithoutStage_NothingCurrent()
    {
        var steps = DeploymentStages.Steps(DeploymentStrategyKind.Rolling, null, DeploymentOutcome.RolledBack);

        Assert.All(steps, s => Assert.Equal(StepState.Pending, s.State));
    }
}
