using EcsConsole.Core.Fleet;
using EcsConsole.Core.Metrics;
using EcsConsole.Web.Model.Metrics;

namespace EcsConsole.Web.Tests.Model.Metrics;

public sealed class ChartModelTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Lines_GapOfMoreThanTwoPeriods_BreaksTheLine()
    {
        var geometry = new ChartGeometry(Start, Start.AddHours(1), 100, 600, 100);
        var points = new[] { 0, 1, 2, 10, 11 }.Select(m => new MetricPoint(Start.AddMinutes(m), 50)).ToList();

        var lines = geometry.Lines(points, TimeSpan.FromMinutes(1));

        Assert.Equal(2, lines.Count);
        Assert.Equal("0,50 10,50 20,50", lines[0]);
    }

    [Fact]
    public void NiceTop_Values_RoundUpToOneTwoOrFive()
    {
        Assert.Equal(100, ChartGeometry.NiceTop(3, percent: true));
        Assert.Equal(0.5, ChartGeometry.NiceTop(0.31, percent: false), 6);
        Assert.Equal(2000, ChartGeometry.NiceTop(1234, percent: false));
        Assert.Equal(1, ChartGeometry.NiceTop(null, percent: false));
    }

    [Fact]
    public void Side_IdleMinutes_HaveNoErrorRateAndShareSplitsRequests()
    {
        MetricSeries Series(params (int Minute, double Value)[] points) =>
            new("x", "", points.Select(p => new MetricPoint(Start.AddMinutes(p.Minute), p.Value)).ToList());

        var side = TrafficComparison.Side("Target", [Series((0, 0), (1, 100)), Series((1, 30)), Series((1, 0.2))], Series((0, 1000), (1, 900)));

        Assert.Equal([new MetricPoint(Start.AddMinutes(1), 30)], side.ErrorRate.Points);
        Assert.Equal([0.0, 10.0], side.RequestShare.Points.Select(p => p.Value));
    }

    [Fact]
    public void DeploymentMarkers_CompletedAndRunning_MarkStartsAndOnlyFinishedEnds()
    {
        var done = new DeploymentSummary("d1", "ACTIVE", "users:3", 2, 2, 0, 0, "COMPLETED", null, Start, Start.AddMinutes(5));
        var running = new DeploymentSummary("d2", "PRIMARY", "users:4", 2, 1, 1, 0, "IN_PROGRESS", null, Start.AddMinutes(10), Start.AddMinutes(11));

        var markers = DeploymentMarkers.From([running, done]);

        Assert.Equal([Start, Start.AddMinutes(5), Start.AddMinutes(10)], markers.Select(m => m.At));
        Assert.Equal([true, false, true], markers.Select(m => m.IsStart));
    }
}
