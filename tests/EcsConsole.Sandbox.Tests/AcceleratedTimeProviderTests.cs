using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests;

public sealed class AcceleratedTimeProviderTests
{
    private readonly FakeTimeProvider _real = new(SandboxTestContext.Start);

    [Fact]
    public void GetUtcNow_AfterRealSeconds_RunsFactorTimesFaster()
    {
        var clock = new AcceleratedTimeProvider(10, _real);

        _real.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(SandboxTestContext.Start + TimeSpan.FromSeconds(30), clock.GetUtcNow());
    }

    [Fact]
    public void GetElapsedTime_AfterRealSeconds_IsSimulatedTime()
    {
        var clock = new AcceleratedTimeProvider(4, _real);
        var start = clock.GetTimestamp();

        _real.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(20), clock.GetElapsedTime(start));
    }

    [Fact]
    public void CreateTimer_SimulatedPeriod_FiresAfterScaledRealTime()
    {
        var clock = new AcceleratedTimeProvider(10, _real);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));

        _real.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(0, fired);
        _real.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, fired);
        _real.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(3, fired);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(double.NaN)]
    public void Constructor_NonPositiveFactor_Throws(double factor) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AcceleratedTimeProvider(factor, _real));
}
