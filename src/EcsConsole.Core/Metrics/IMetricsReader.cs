namespace EcsConsole.Core.Metrics;

/// <summary>
/// CloudWatch metrics for charts. Singleton and shared by every viewer: one read per metric and range is made at a time and
/// its answer is kept for <see cref="MetricRange.Freshness"/>, so a hundred circuits on one service page cost one read.
/// Reads are batched into GetMetricData calls of up to 500 queries and go through the rate budget. A failed read throws
/// (an <c>AwsServiceException</c> or a connection failure) for the caller to show; it is not cached.
/// </summary>
public interface IMetricsReader
{
    /// <summary>
    /// The requested metrics over <paramref name="range"/> ending now, in the order asked. <paramref name="background"/> reads
    /// (row trends) wait behind interactive ones in the rate budget. Cancellation abandons only this caller's wait.
    /// </summary>
    Task<IReadOnlyList<MetricSeries>> ReadAsync(IReadOnlyList<MetricRequest> requests, MetricRange range, bool background, CancellationToken cancellationToken);
}
