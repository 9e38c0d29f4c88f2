namespace EcsConsole.EndToEnd.Tests;

/// <summary>
/// The real app with its sandbox clock at 600x, so an hour of sandbox time (after which ECS forgets a stopped task) passes
/// in six seconds, and the stopped-task archive sweeping every second.
/// </summary>
public sealed class FastClockAppFixture() : InProcessAppFixture("fast")
{
    protected override IEnumerable<string> Settings =>
    [
        "--Sandbox:TimeAcceleration=600",
        "--Sandbox:RandomFailuresPerTaskHour=0",
        "--Monitor:PollInterval=00:00:01",
        "--StoppedTaskArchive:SweepInterval=00:00:01",
    ];
}
