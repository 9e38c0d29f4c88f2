using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Tests.Fleet;

/// <summary>A service reader the test sets: it answers the current reading and counts its calls.</summary>
internal sealed class FakeServiceReader : IServiceReader
{
    private int _reads;

    public ServiceReading Reading { get; set; } = Sample(RolloutState.Steady, []);

    public int Reads => Volatile.Read(ref _reads);

    public Task<ServiceReading> ReadAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return Task.FromResult(Reading);
    }

    public static ServiceReading Sample(RolloutState rollout, IReadOnlyList<ServiceEventEntry> events, params TaskSummary[] tasks)
    {
        var configuration = new ServiceConfiguration(
            "users:4", "arn:aws:ecs:eu-west-1:000000000000:task-definition/users:4", new(["users: repo/users:1.4.1"]),
            new NetworkSettings(ValueList<string>.Empty, ValueList<string>.Empty, null),
            new DeploymentSettings("ECS", "ROLLING", 100, 200, "on, rolls back", ValueList<string>.Empty),
            60, "REPLICA", null, false, null, ValueList<TargetGroupHealth>.Empty, null, ValueList<DiscoveryEntry>.Empty, ValueList<SectionProblem>.Empty);
        var detail = new ServiceDetail(
            "prod", "users", "arn:aws:ecs:eu-west-1:000000000000:service/prod/users", "ACTIVE", 3, 3, 0, "EC2", rollout, null,
            configuration, ValueList<DeploymentSummary>.Empty);
        return new ServiceReading(detail, events, tasks);
    }
}
