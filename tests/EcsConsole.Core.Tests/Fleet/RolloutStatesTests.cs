using EcsConsole.Core.Fleet;

namespace EcsConsole.Core.Tests.Fleet;

public sealed class RolloutStatesTests
{
    [Theory]
    [InlineData("COMPLETED", null, RolloutState.Steady)]
    [InlineData("IN_PROGRESS", null, RolloutState.InProgress)]
    [InlineData("FAILED", null, RolloutState.Failed)]
    [InlineData("IN_PROGRESS", "FAILED", RolloutState.RollingBack)]
    [InlineData("COMPLETED", "FAILED", RolloutState.RolledBack)]
    public void Derive_PrimaryAndOtherDeployment_GivesState(string primary, string? other, RolloutState expected)
    {
        List<DeploymentFacts> deployments = [new("PRIMARY", primary, 2, 2)];
        if (other is not null)
        {
            deployments.Add(new("ACTIVE", other, 0, 0));
        }

        Assert.Equal(expected, RolloutStates.Derive(deployments));
    }

    [Fact]
    public void Derive_NoRolloutTrackingAndTwoDeployments_IsInProgress()
    {
        var state = RolloutStates.Derive([new("PRIMARY", null, 2, 1), new("ACTIVE", null, 1, 1)]);

        Assert.Equal(RolloutState.InProgress, state);
    }
}
