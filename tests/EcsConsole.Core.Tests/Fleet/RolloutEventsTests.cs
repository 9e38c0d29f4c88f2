using EcsConsole.Core.Fleet;
namespace EcsConsole.Core.Tests.Fleet;

public sealed class RolloutEventsTests
{
    private static readonly DateTimeOffset Primary = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Refine_SteadyAfterRollbackEventOfThisDeployment_IsRolledBack() =>
        Assert.Equal(RolloutState.RolledBack, RolloutEvents.Refine(RolloutState.Steady, Primary,
            [(Primary.AddSeconds(-5), "(service users) rolling back to deployment ecs-svc/123."), (Primary.AddMinutes(3), "(service users) has reached a steady state.")]));

    [Fact]
    public void Refine_InProgressWithRollbackEvent_IsRollingBack() =>
        Assert.Equal(RolloutState.RollingBack, RolloutEvents.Refine(RolloutState.InProgress, Primary,
            [(Primary, "(service users) rolling back to deployment ecs-svc/123.")]));

    [Fact]
    public void Refine_RollbackEventOfAnEarlierDeployment_KeepsSteady() =>
        Assert.Equal(RolloutState.Steady, RolloutEvents.Refine(RolloutState.Steady, Primary,
            [(Primary.AddHours(-2), "(service users) rolling back to deployment ecs-svc/99.")]));

    [Fact]
    public void Refine_FailedFromDeployments_StaysFailed() =>
        Assert.Equal(RolloutState.Failed, RolloutEvents.Refine(RolloutState.Failed, Primary,
            [(Primary, "(service users) rolling back to deployment ecs-svc/123.")]));
}
