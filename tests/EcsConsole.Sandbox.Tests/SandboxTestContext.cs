using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Persistence;
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

    /// <summary>
    /// Also checks that whatever state the test left reads back from its saved form unchanged, so every engine test is a
    /// round trip of <see cref="SandboxStateSerializer"/> over the state it built.
    /// </summary>
    public void Dispose()
    {
        var (json, shared) = Engine.Read(s => (SandboxStateSerializer.Serialize(s), SharedObjects(s)));
        Engine.Dispose();
        var restored = SandboxStateSerializer.Deserialize(json);
        Assert.Equal(json, SandboxStateSerializer.Serialize(restored));
        // What the engine holds in two places (and changes through either) is still one object after the round trip.
        Assert.Equal(shared, SharedObjects(restored));
    }

    private static bool Mutable(Type type) =>
        type.GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public).Any(p =>
            p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit))
            || p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() is var definition && (definition == typeof(List<>) || definition == typeof(Dictionary<,>)));

    /// <summary>The sandbox objects reachable on more than one path, by type, as "Type×count".</summary>
    private static List<string> SharedObjects(SandboxState state)
    {
        var seen = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>([state]);
        while (pending.TryPop(out var current))
        {
            if (seen.TryGetValue(current, out var count))
            {
                seen[current] = count + 1;
                continue;
            }

            seen[current] = 1;
            var children = current is System.Collections.IEnumerable items and not string
                ? items.Cast<object?>()
                : current.GetType().Assembly == typeof(SandboxState).Assembly
                    ? current.GetType().GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public)
                        .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null).Select(p => p.GetValue(current))
                    : [];
            foreach (var child in children)
            {
                if (child is not null && !child.GetType().IsValueType && child is not string)
                {
                    pending.Push(child);
                }
            }
        }

        // Only what can change matters: immutable values (init-only records, read-only lists) may be shared or not.
        return seen.Where(e => e.Value > 1 && e.Key.GetType().Assembly == typeof(SandboxState).Assembly && Mutable(e.Key.GetType()))
            .GroupBy(e => e.Key.GetType().Name).Select(g => $"{g.Key}×{g.Count()}").Order(StringComparer.Ordinal).ToList();
    }
}
