using EcsConsole.Core.Live;

namespace EcsConsole.Core.Tests.Live;

/// <summary>One keyed registry with leases for every monitor kind: shared per key, stopped when nobody watches.</summary>
public sealed class SharedMonitorsTests
{
    private readonly List<string> _log = [];

    private SharedMonitors<Probe> NewRegistry() => new(p => _log.Add($"start {p.Name}"), p =>
    {
        _log.Add($"stop {p.Name}");
        return ValueTask.CompletedTask;
    });

    [Fact]
    public async Task Acquire_TwoViewersOfOneKey_OneMonitorStoppedAfterTheLast()
    {
        var registry = NewRegistry();
        var first = registry.Acquire<Probe>("k", () => new Probe("a"));
        var second = registry.Acquire<Probe>("k", () => new Probe("b"));

        Assert.Same(first.Monitor, second.Monitor);
        await first.DisposeAsync();
        Assert.Equal(1, registry.ActiveCount);
        await second.DisposeAsync();

        Assert.Equal(0, registry.ActiveCount);
        Assert.Equal(["start a", "stop a"], _log);
    }

    [Fact]
    public async Task Acquire_MonitorNoLongerFits_ReplacedAndItsViewersCountForTheNewOne()
    {
        var registry = NewRegistry();
        var old = registry.Acquire<Probe>("k", () => new Probe("a"));
        var fresh = registry.Acquire<Probe>("k", () => new Probe("b"), fits: p => p.Name == "b");

        Assert.Equal("b", fresh.Monitor.Name);
        await old.DisposeAsync();
        Assert.Equal(1, registry.ActiveCount);
        await fresh.DisposeAsync();

        Assert.Equal(0, registry.ActiveCount);
        Assert.Equal(["start a", "start b", "stop a", "stop b"], _log);
    }

    [Fact]
    public async Task Release_Twice_CountsOnce()
    {
        var registry = NewRegistry();
        var first = registry.Acquire<Probe>("k", () => new Probe("a"));
        var second = registry.Acquire<Probe>("k", () => new Probe("a"));

        await first.DisposeAsync();
        await first.DisposeAsync();

        Assert.Equal(1, registry.ActiveCount);
        await second.DisposeAsync();
        Assert.Equal(0, registry.ActiveCount);
    }

    private sealed record Probe(string Name);
}
