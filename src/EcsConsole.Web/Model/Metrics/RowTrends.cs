using EcsConsole.Core.Metrics;

namespace EcsConsole.Web.Model.Metrics;

/// <summary>
/// The CPU trends of a list page's rows: one loop per page (not per row) asks the shared metrics reader for all rows
/// at background priority, at first as soon as rows exist and then once per <see cref="MetricRange.Freshness"/>.
/// A failed read leaves the last trends in place; the rows show "–" where no trend is known.
/// </summary>
public sealed class RowTrends(IMetricsReader reader, TimeProvider time)
{
    private static readonly TimeSpan FirstRowsPoll = TimeSpan.FromSeconds(2);

    private Dictionary<string, MetricSeries> _series = new(StringComparer.Ordinal);

    public DateTimeOffset ReadAt { get; private set; }

    public MetricRange Range => MetricRange.Trend;

    public MetricSeries? For(MetricRequest request) => _series.GetValueOrDefault(request.Key);

    /// <summary>Reads the trends of <paramref name="rows"/>' current requests (asked on the page's dispatcher) until cancelled; <paramref name="changed"/> re-renders the page.</summary>
    public async Task RunAsync(Func<Task<IReadOnlyList<MetricRequest>>> rows, Func<Task> changed, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var requests = await rows();
                if (requests.Count > 0)
                {
                    try
                    {
                        var series = await reader.ReadAsync(requests, Range, background: true, cancellationToken);
                        _series = requests.Zip(series).ToDictionary(p => p.First.Key, p => p.Second, StringComparer.Ordinal);
                        ReadAt = time.GetUtcNow();
                        await changed();
                    }
                    catch (Exception error) when (error is not OperationCanceledException)
                    {
                        // Trends are a garnish: the rows stay without them, and the next round tries again.
                    }
                }

                await Task.Delay(requests.Count > 0 && _series.Count > 0 ? Range.Freshness : FirstRowsPoll, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page is going away.
        }
    }
}
