using EcsConsole.Sandbox.Engine;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests;

/// <summary>A seeded sandbox engine on a fake clock, without random failures, so every test sees the same fleet.</summary>
internal sealed class SandboxTestContext : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public SandboxTestContext(bool seed = true)
    {
        Time = new FakeTimeProvider(Start);
        Engine = new SandboxEngine(Options(seed), Time);
    }

    public FakeTimeProvider Time { get; }

    public SandboxEngine Engine { get; }

    public static SandboxOptions Options(bool seed = true) => new()
    {
        Url = "http://127.0.0.1:0",
        Seed = seed,
        RandomSeed = 7,
        RandomFailuresPerTaskHour = 0,
    };

    public void Advance(double seconds) => Time.Advance(TimeSpan.FromSeconds(seconds));

    public ClusterState Cluster(SandboxState state, string name) => state.FindCluster(name)!;

    public ServiceState Service(SandboxState state, string cluster, string name) => Cluster(state, cluster).Services.Single(s => s.Name == name);

    /// <summary>The alive tasks of a service's PRIMARY deployment, oldest first.</summary>
    public List<TaskState> PrimaryTasks(SandboxState state, string cluster, string service)
    {
        var primary = Service(state, cluster, service).Primary!;
        return Cluster(state, cluster).Tasks.Where(t => t.DeploymentId == primary.Id).OrderBy(t => t.CreatedAt).ToList();
    }

    public T Read<T>(Func<SandboxState, T> read) => Engine.Read(read);

    public void Dispose() => Engine.Dispose();
}
