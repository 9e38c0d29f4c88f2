namespace EcsConsole.EndToEnd.Tests;

/// <summary>The app for the everyday journeys: sandbox clock at 50x, the fleet polled every second.</summary>
public sealed class ConsoleAppFixture() : InProcessAppFixture("console")
{
    protected override IEnumerable<string> Settings =>
    [
        "--Sandbox:TimeAcceleration=50",
        "--Monitor:PollInterval=00:00:01",
    ];
}
