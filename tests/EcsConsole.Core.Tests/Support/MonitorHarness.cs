using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Support;

/// <summary>A <see cref="FleetMonitor"/> on a fake clock, started and stopped by the test.</summary>
internal sealed class MonitorHarness : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public MonitorHarness(IFleetReader reader, AwsConnection? connection = null, FakeTimeProvider? time = null, IFleetSnapshotStore? kept = null)
    {
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
        Connection = connection ?? new AwsConnection(Settings("first"));
        Monitor = new FleetMonitor(
            reader,
            Connection,
            Options.Create(new MonitorOptions { PollInterval = Interval }),
            Time,
            NullLogger<FleetMonitor>.Instance,
            keptSnapshots: kept);
    }

    public FakeTimeProvider Time { get; }

    public AwsConnection Connection { get; }

    public FleetMonitor Monitor { get; }

    public static AwsConnectionSettings Settings(string label) =>
        new("eu-west-1", null, "http://127.0.0.1:1", new BasicAWSCredentials("k", "s"), label);

    public async Task StartAsync()
    {
        await Monitor.StartAsync(CancellationToken.None);
        await WaitForPollsAsync(1);
    }

    public async Task WaitForPollsAsync(int count) =>
        await Eventually.TrueAsync(() => Monitor.PollCount >= count, $"{count} polls (have {Monitor.PollCount})");

    /// <summary>Moves the fake clock one interval and waits for the poll it triggers.</summary>
    public async Task NextPollAsync()
    {
        var next = Monitor.PollCount + 1;
        // The monitor's delay may not be scheduled yet; advancing in small steps until the poll lands avoids a race.
        await Eventually.TrueAsync(() =>
        {
            if (Monitor.PollCount >= next)
            {
                return true;
            }
            Time.Advance(Interval);
            return Monitor.PollCount >= next;
        }, $"poll {next}");
    }

    public async ValueTask DisposeAsync()
    {
        await Monitor.StopAsync(CancellationToken.None);
        Monitor.Dispose();
    }
}
