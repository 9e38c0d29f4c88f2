namespace EcsConsole.EndToEnd.Tests.Quirks;

/// <summary>
/// The real app on a sandbox that answers like the independent endpoint of issue 12 (<c>Sandbox:Quirks:Enabled</c> with
/// its default profile): a container's cpu as a number, unknown members everywhere, ListServiceDeployments and
/// DescribeServiceDeployments answered with an HTML 500 page, UpdateService without currentServiceDeployment. Clock at
/// 30x so a rolling deployment finishes in seconds; no random task failures.
/// </summary>
public sealed class QuirksAppFixture() : InProcessAppFixture("quirks")
{
    protected override IEnumerable<string> Settings =>
    [
        "--Sandbox:TimeAcceleration=30",
        "--Sandbox:RandomFailuresPerTaskHour=0",
        "--Sandbox:Quirks:Enabled=true",
        "--Monitor:PollInterval=00:00:01",
        "--DeploymentMonitor:ActivePollInterval=00:00:00.5",
    ];
}
