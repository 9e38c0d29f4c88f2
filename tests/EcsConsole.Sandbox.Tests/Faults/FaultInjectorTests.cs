using EcsConsole.Sandbox.Faults;

namespace EcsConsole.Sandbox.Tests.Faults;

public sealed class FaultInjectorTests
{
    [Fact]
    public void Next_SameSeed_SameSequence()
    {
        var faults = new SandboxFaults { ThrottleShare = 0.2, ServerErrorShare = 0.05, TimeoutShare = 0.05 };
        var first = new FaultInjector(faults, 42);
        var second = new FaultInjector(faults, 42);

        var a = Enumerable.Range(0, 200).Select(_ => first.Next()).ToList();
        var b = Enumerable.Range(0, 200).Select(_ => second.Next()).ToList();

        Assert.Equal(a, b);
    }

    [Fact]
    public void Next_ConfiguredShares_DrawnInProportion()
    {
        var injector = new FaultInjector(new SandboxFaults { ThrottleShare = 0.2, ServerErrorShare = 0.05, TimeoutShare = 0.1 }, 7);

        var counts = Enumerable.Range(0, 20_000).Select(_ => injector.Next()).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count() / 20_000.0);

        Assert.InRange(counts[FaultKind.Throttle], 0.18, 0.22);
        Assert.InRange(counts[FaultKind.ServerError], 0.04, 0.06);
        Assert.InRange(counts[FaultKind.Timeout], 0.085, 0.115);
        Assert.InRange(counts[FaultKind.None], 0.62, 0.68);
    }

    [Fact]
    public void Next_NoFaults_AlwaysNone()
    {
        var injector = new FaultInjector(new SandboxFaults(), 1);

        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(FaultKind.None, injector.Next()));
    }

    [Fact]
    public void Faults_SwitchedDownAndBack_TakesEffectOnNextCall()
    {
        var injector = new FaultInjector(new SandboxFaults(), 1);

        injector.Faults = new SandboxFaults { Down = true };
        var whileDown = injector.Next();
        injector.Faults = new SandboxFaults();

        Assert.Equal(FaultKind.Down, whileDown);
        Assert.Equal(FaultKind.None, injector.Next());
    }
}
