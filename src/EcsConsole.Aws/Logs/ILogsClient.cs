namespace EcsConsole.Aws.Logs;

/// <summary>
/// CloudWatch Logs operations behind the log views. Singleton; uses the connection current at each call. Times in
/// requests and events are epoch milliseconds (<c>long</c>), as Logs speaks them. Failures surface as
/// <see cref="AwsServiceException"/> after the standard retries.
/// </summary>
public interface ILogsClient
{
    /// <summary>
    /// One page of a log stream. The tokens never run out: when a direction is exhausted, Logs returns the token that
    /// was sent. Use <see cref="LogsClientExtensions.ReadLogEventsAsync"/> to read to the end, or keep
    /// <c>NextForwardToken</c> to poll a live tail.
    /// </summary>
    Task<GetLogEventsResponse> GetLogEventsAsync(GetLogEventsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Matching events across streams and pages; <c>request.NextToken</c> is the starting page.</summary>
    IAsyncEnumerable<FilteredLogEvent> FilterLogEventsAsync(FilterLogEventsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Log groups across pages.</summary>
    IAsyncEnumerable<LogGroup> DescribeLogGroupsAsync(DescribeLogGroupsRequest request, CancellationToken cancellationToken = default);

    /// <summary>A log group's tags, by its ARN without the trailing <c>:*</c> (<see cref="LogGroup.LogGroupArn"/>).</summary>
    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Streams of one log group across pages (order by <c>LastEventTime</c> with <c>Descending</c> for the newest first).</summary>
    IAsyncEnumerable<LogStream> DescribeLogStreamsAsync(DescribeLogStreamsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a log group; fails with ResourceAlreadyExistsException when it exists.</summary>
    Task CreateLogGroupAsync(CreateLogGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a log group and its events; fails with ResourceNotFoundException when there is none.</summary>
    Task DeleteLogGroupAsync(DeleteLogGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets how many days a log group keeps events (1, 3, 5, 7, 14, 30, ... as Logs allows).</summary>
    Task PutRetentionPolicyAsync(PutRetentionPolicyRequest request, CancellationToken cancellationToken = default);
}
