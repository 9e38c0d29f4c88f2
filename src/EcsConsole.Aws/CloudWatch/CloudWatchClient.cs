using EcsConsole.Aws.Json;

namespace EcsConsole.Aws.CloudWatch;

/// <summary>CloudWatch over AWS JSON 1.0 (query-compatible; see <see cref="AwsServices.CloudWatch"/>).</summary>
public sealed class CloudWatchClient : ICloudWatchClient
{
    /// <summary>CloudWatch's limit on queries in one GetMetricData call.</summary>
    public const int MaxQueriesPerCall = 500;

    private readonly AwsJsonClient _json;

    public CloudWatchClient(AwsJsonClient json)
    {
        _json = json;
    }

    public Task<DescribeAlarmsResponse> DescribeAlarmsAsync(DescribeAlarmsRequest request, CancellationToken cancellationToken = default)
    {
        if (request.AlarmNames is { Count: > 100 })
        {
            throw new ArgumentException($"CloudWatch describes at most 100 alarm names per call; {request.AlarmNames.Count} were given. Split the list into batches.", nameof(request));
        }

        return _json.InvokeAsync<DescribeAlarmsRequest, DescribeAlarmsResponse>(AwsServices.CloudWatch, "DescribeAlarms", request, cancellationToken);
    }

    public Task<GetMetricDataResponse> GetMetricDataAsync(GetMetricDataRequest request, CancellationToken cancellationToken = default)
    {
        if (request.MetricDataQueries.Count is 0 or > MaxQueriesPerCall)
        {
            throw new ArgumentException($"GetMetricData takes 1 to {MaxQueriesPerCall} queries per call; {request.MetricDataQueries.Count} were given. Split the queries into batches.", nameof(request));
        }

        return _json.InvokeAsync<GetMetricDataRequest, GetMetricDataResponse>(AwsServices.CloudWatch, "GetMetricData", request, cancellationToken);
    }
}
