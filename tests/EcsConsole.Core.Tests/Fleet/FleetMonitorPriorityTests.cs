using EcsConsole.Aws.Budget;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Tests.Support;

namespace EcsConsole.Core.Tests.Fleet;

public sealed class FleetMonitorPriorityTests
{
    [Fact]
    public async Task Poll_ReadsTheFleet_AsBackgroundWorkAsync()
    {
        var ecs = new FakeEcsClient();
        ecs.AddCluster("prod", runningTasks: 1);
        var reader = new PriorityRecordingReader(new EcsFleetReader(ecs));
        await using var harness = new MonitorHarness(reader);

        await harness.StartAsync();

        Assert.Equal(AwsCallPriority.Background, reader.Seen);
        Assert.Equal(AwsCallPriority.Interactive, AwsCallPriorityScope.Current);
    }

    private sealed class PriorityRecordingReader(IFleetReader inner) : IFleetReader
    {
        public AwsCallPriority? Seen { get; private set; }

        public Task<FleetSnapshot> ReadAsync(CancellationToken cancellationToken)
        {
            Seen = AwsCallPriorityScope.Current;
            return inner.ReadAsync(cancellationToken);
        }
    }
}
