namespace EcsConsole.Aws.CloudWatch;

/// <summary>
/// CloudWatch alarm reads (deployment alarms of a service). Singleton; failures surface as <see cref="AwsServiceException"/>.
/// </summary>
public interface ICloudWatchClient
{
    /// <summary>
    /// One page of alarms; pass the answer's <c>NextToken</c> to continue. By name (at most 100 names) the console needs
    /// one page. Without <c>AlarmTypes</c> CloudWatch returns metric alarms only.
    /// </summary>
    Task<DescribeAlarmsResponse> DescribeAlarmsAsync(DescribeAlarmsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of metric data for up to 500 queries; pass the answer's <c>NextToken</c> to continue. A query with no data
    /// in the range answers empty lists, not an error.
    /// </summary>
    Task<GetMetricDataResponse> GetMetricDataAsync(GetMetricDataRequest request, CancellationToken cancellationToken = default);
}
