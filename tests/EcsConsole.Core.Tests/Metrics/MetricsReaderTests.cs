using EcsConsole.Aws;
using EcsConsole.Aws.CloudWatch;
using EcsConsole.Core.Metrics;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Metrics;

public sealed class MetricsReaderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 30, TimeSpan.Zero));
    private readonly RecordingCloudWatch _cloudWatch = new();

    private MetricsReader Reader() =>
        new(_cloudWatch, new AwsConnection(new AwsConnectionSettings("eu-west-1", null, "http://sandbox", null, AwsConnectionSettings.SandboxMode)), _time);

    [Fact]
    public async Task ReadAsync_TwoViewersOfOneService_OneCall()
    {
        var reader = Reader();
        var requests = new[] { MetricRequest.ServiceCpu("prod", "users"), MetricRequest.ServiceMemory("prod", "users") };

        var first = await reader.ReadAsync(requests, MetricRange.Hour, background: false, CancellationToken.None);
        var second = await reader.ReadAsync(requests, MetricRange.Hour, background: false, CancellationToken.None);

        Assert.Single(_cloudWatch.Requests);
        Assert.Equal(2, _cloudWatch.Requests[0].MetricDataQueries.Count);
        Assert.Equal(first[0].Points, second[0].Points);
    }

    [Fact]
    public async Task ReadAsync_AfterFreshnessPasses_ReadsAgain()
    {
        var reader = Reader();
        await reader.ReadAsync([MetricRequest.ServiceCpu("prod", "users")], MetricRange.Hour, false, CancellationToken.None);

        _time.Advance(MetricRange.Hour.Freshness + TimeSpan.FromSeconds(1));
        await reader.ReadAsync([MetricRequest.ServiceCpu("prod", "users")], MetricRange.Hour, false, CancellationToken.None);

        Assert.Equal(2, _cloudWatch.Requests.Count);
    }

    [Fact]
    public async Task ReadAsync_1200Rows_BatchesInto500QueryCalls()
    {
        var requests = Enumerable.Range(0, 1200).Select(i => MetricRequest.ServiceCpu("prod", $"svc-{i}")).ToList();

        var series = await Reader().ReadAsync(requests, MetricRange.Trend, background: true, CancellationToken.None);

        Assert.Equal([500, 500, 200], _cloudWatch.Requests.Select(r => r.MetricDataQueries.Count));
        Assert.Equal(1200, series.Count);
        Assert.All(series, s => Assert.NotEmpty(s.Points));
    }

    [Fact]
    public async Task ReadAsync_UnpairedAndMissingPoints_KeepsPairsOldestFirst()
    {
        var start = _time.GetUtcNow();
        _cloudWatch.Answer = queries => new GetMetricDataResponse
        {
            MetricDataResults =
            [
                new MetricDataResult { Id = queries[0].Id, Timestamps = [start.AddMinutes(2), start.AddMinutes(1), start.AddMinutes(3)], Values = [2, 1], StatusCode = "Complete" },
                new MetricDataResult { Id = "not-ours", Timestamps = [start], Values = [9] },
            ],
        };

        var series = await Reader().ReadAsync([MetricRequest.ServiceCpu("prod", "users"), MetricRequest.ServiceMemory("prod", "users")], MetricRange.Hour, false, CancellationToken.None);

        Assert.Equal([1.0, 2.0], series[0].Points.Select(p => p.Value));
        Assert.Empty(series[1].Points);
    }

    [Fact]
    public async Task ReadAsync_CloudWatchFails_ThrowsAndDoesNotCacheTheFailure()
    {
        var reader = Reader();
        _cloudWatch.Failure = new AwsServiceException("CloudWatch", "GetMetricData", "AccessDenied", "User is not authorized to perform: cloudwatch:GetMetricData", "req-1", System.Net.HttpStatusCode.Forbidden);

        await Assert.ThrowsAsync<AwsServiceException>(() => reader.ReadAsync([MetricRequest.ServiceCpu("prod", "users")], MetricRange.Hour, false, CancellationToken.None));
        _cloudWatch.Failure = null;
        var series = await reader.ReadAsync([MetricRequest.ServiceCpu("prod", "users")], MetricRange.Hour, false, CancellationToken.None);

        Assert.NotEmpty(series[0].Points);
        Assert.Equal(2, _cloudWatch.Requests.Count);
    }

    private sealed class RecordingCloudWatch : ICloudWatchClient
    {
        public List<GetMetricDataRequest> Requests { get; } = [];

        public Exception? Failure { get; set; }

        public Func<IReadOnlyList<MetricDataQuery>, GetMetricDataResponse>? Answer { get; set; }

        public Task<DescribeAlarmsResponse> DescribeAlarmsAsync(DescribeAlarmsRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(new DescribeAlarmsResponse());

        public Task<GetMetricDataResponse> GetMetricDataAsync(GetMetricDataRequest request, CancellationToken cancellationToken = default)
        {
            lock (Requests)
            {
                Requests.Add(request);
            }

            if (Failure is { } failure)
            {
                return Task.FromException<GetMetricDataResponse>(failure);
            }

            return Task.FromResult(Answer?.Invoke(request.MetricDataQueries) ?? new GetMetricDataResponse
            {
                MetricDataResults = request.MetricDataQueries.Select(q => new MetricDataResult
                {
                    Id = q.Id,
                    Timestamps = [request.StartTime, request.StartTime.AddSeconds(q.MetricStat!.Period!.Value)],
                    Values = [10, 20],
                    StatusCode = "Complete",
                }).ToList(),
            });
        }
    }
}
