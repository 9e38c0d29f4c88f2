using EcsConsole.Core.Metrics;

namespace EcsConsole.Web.Tests.Support;

/// <summary>Answers every metric with a rising line over the range (or fails when told), and records what was asked.</summary>
internal sealed class FakeMetricsReader(TimeProvider time) : IMetricsReader
{
    public List<(IReadOnlyList<MetricRequest> Requests, MetricRange Range, bool Background)> Reads { get; } = [];

    public Exception? Failure { get; set; }

    public Task<IReadOnlyList<MetricSeries>> ReadAsync(IReadOnlyList<MetricRequest> requests, MetricRange range, bool background, CancellationToken cancellationToken)
    {
        lock (Reads)
        {
            Reads.Add((requests, range, background));
        }

        if (Failure is { } failure)
        {
            return Task.FromException<IReadOnlyList<MetricSeries>>(failure);
        }

        var end = time.GetUtcNow();
        IReadOnlyList<MetricSeries> series = requests.Select(r => new MetricSeries(r.Label, r.Unit,
            Enumerable.Range(0, 6).Select(i => new MetricPoint(end - range.Length + range.Length / 6 * i, 10 + i * 5)).ToList())).ToList();
        return Task.FromResult(series);
    }
}
