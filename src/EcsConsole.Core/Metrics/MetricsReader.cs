using System.Collections.Concurrent;
using EcsConsole.Aws;
using EcsConsole.Aws.Budget;
using EcsConsole.Aws.CloudWatch;

namespace EcsConsole.Core.Metrics;

/// <summary>
/// <see cref="IMetricsReader"/> over CloudWatch GetMetricData. Requests not fresh in the cache are read together: one
/// GetMetricData call per 500 queries (following NextToken), and a request already being read by another caller is
/// joined rather than read again. Answers are read tolerantly: paired timestamps and values, unpaired tails dropped,
/// partial or failed series kept with a note.
/// </summary>
public sealed class MetricsReader(ICloudWatchClient cloudWatch, AwsConnection connection, TimeProvider time) : IMetricsReader
{
    private const int MaxCacheEntries = 5_000;

    private readonly ConcurrentDictionary<string, Entry> _cache = new(StringComparer.Ordinal);

    private sealed record Entry(DateTimeOffset ReadAt, Task<MetricSeries> Series);

    public async Task<IReadOnlyList<MetricSeries>> ReadAsync(IReadOnlyList<MetricRequest> requests, MetricRange range, bool background, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tasks = new Task<MetricSeries>[requests.Count];
        var toRead = new List<(MetricRequest Request, TaskCompletionSource<MetricSeries> Answer)>();
        // Metrics of one account and region are not another's: the connection in use is part of the key.
        var settings = connection.Current;
        var scope = $"{settings.ConnectionName ?? settings.Profile ?? settings.ModeLabel}|{settings.EndpointUrl}|{settings.Region}|{range.Key}|";
        lock (_cache)
        {
            Prune(now);
            for (var i = 0; i < requests.Count; i++)
            {
                var key = scope + requests[i].Key;
                if (_cache.TryGetValue(key, out var entry) && (!entry.Series.IsCompleted || now - entry.ReadAt < range.Freshness) && !entry.Series.IsFaulted)
                {
                    tasks[i] = entry.Series;
                    continue;
                }

                var answer = new TaskCompletionSource<MetricSeries>(TaskCreationOptions.RunContinuationsAsynchronously);
                _cache[key] = new Entry(now, answer.Task);
                toRead.Add((requests[i], answer));
                tasks[i] = answer.Task;
            }
        }

        if (toRead.Count > 0)
        {
            // The read is shared, so it must not end when this caller gives up; it runs to its own end.
            _ = ReadBatchAsync(toRead, range, now, background);
        }

        var series = await Task.WhenAll(tasks).WaitAsync(cancellationToken);
        return series;
    }

    private async Task ReadBatchAsync(List<(MetricRequest Request, TaskCompletionSource<MetricSeries> Answer)> batch, MetricRange range, DateTimeOffset now, bool background)
    {
        var end = Align(now, range.PeriodSeconds) + TimeSpan.FromSeconds(range.PeriodSeconds);
        var start = end - range.Length;
        foreach (var chunk in batch.Chunk(CloudWatchClient.MaxQueriesPerCall))
        {
            try
            {
                var results = await ReadChunkAsync(chunk.Select(c => c.Request).ToList(), start, end, range.PeriodSeconds, background);
                for (var i = 0; i < chunk.Length; i++)
                {
                    chunk[i].Answer.TrySetResult(results[i]);
                }
            }
            catch (Exception error)
            {
                foreach (var (_, answer) in chunk)
                {
                    answer.TrySetException(error);
                }
            }
        }
    }

    private async Task<MetricSeries[]> ReadChunkAsync(List<MetricRequest> requests, DateTimeOffset start, DateTimeOffset end, int period, bool background)
    {
        var queries = requests.Select((r, i) => new MetricDataQuery
        {
            Id = $"m{i}",
            ReturnData = true,
            MetricStat = new MetricStat
            {
                Metric = new Metric
                {
                    Namespace = r.Namespace,
                    MetricName = r.MetricName,
                    Dimensions = r.Dimensions.Select(d => new Dimension { Name = d.Key, Value = d.Value }).ToList(),
                },
                Period = period,
                Stat = r.Stat,
            },
        }).ToList();
        var points = requests.Select(_ => new SortedDictionary<DateTimeOffset, double>()).ToArray();
        var notes = new string?[requests.Count];
        string? token = null;
        do
        {
            GetMetricDataResponse response;
            using (background ? AwsCallPriorityScope.Background() : null)
            {
                response = await cloudWatch.GetMetricDataAsync(new GetMetricDataRequest
                {
                    MetricDataQueries = queries,
                    StartTime = start,
                    EndTime = end,
                    ScanBy = "TimestampAscending",
                    NextToken = token,
                });
            }

            foreach (var result in response.MetricDataResults ?? [])
            {
                if (result.Id is not { Length: > 1 } id || !int.TryParse(id.AsSpan(1), out var index) || index < 0 || index >= requests.Count)
                {
                    continue;
                }

                var timestamps = result.Timestamps ?? [];
                var values = result.Values ?? [];
                for (var i = 0; i < Math.Min(timestamps.Count, values.Count); i++)
                {
                    if (double.IsFinite(values[i]))
                    {
                        points[index][timestamps[i]] = values[i];
                    }
                }

                notes[index] = result.StatusCode switch
                {
                    null or "Complete" or "PartialData" => notes[index],
                    var status => $"CloudWatch answered {status}" + (result.Messages?.FirstOrDefault()?.Value is { } message ? $": {message}" : "."),
                };
            }

            token = response.NextToken;
        }
        while (!string.IsNullOrEmpty(token));

        return requests.Select((r, i) => new MetricSeries(r.Label, r.Unit, points[i].Select(p => new MetricPoint(p.Key, p.Value)).ToList(), notes[i])).ToArray();
    }

    private void Prune(DateTimeOffset now)
    {
        if (_cache.Count < MaxCacheEntries)
        {
            return;
        }

        foreach (var (key, entry) in _cache)
        {
            if (entry.Series.IsCompleted && now - entry.ReadAt > TimeSpan.FromMinutes(10))
            {
                _cache.TryRemove(key, out _);
            }
        }
    }

    private static DateTimeOffset Align(DateTimeOffset instant, int periodSeconds)
    {
        var seconds = instant.ToUnixTimeSeconds();
        return DateTimeOffset.FromUnixTimeSeconds(seconds - seconds % periodSeconds);
    }
}
