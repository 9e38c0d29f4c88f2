namespace EcsConsole.EndToEnd.Tests.Rollouts;

/// <summary>
/// The real app for the rollout stories: sandbox clock at 30x (a rolling deployment takes a few seconds, slow enough to
/// see its steps on a page polled twice a second), no random task failures, and <c>prod</c> a production cluster so the
/// typed confirmation is part of the story.
/// </summary>
public sealed class RolloutAppFixture() : InProcessAppFixture("rollouts")
{
    protected override IEnumerable<string> Settings =>
    [
        "--Sandbox:TimeAcceleration=30",
        "--Sandbox:RandomFailuresPerTaskHour=0",
        "--Monitor:PollInterval=00:00:01",
        "--DeploymentMonitor:ActivePollInterval=00:00:00.5",
        "--Console:ProductionClusters:0=prod",
    ];
}
