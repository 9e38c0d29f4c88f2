using EcsConsole.Aws.Json;

namespace EcsConsole.Aws.Logs;

/// <summary>CloudWatch Logs over AWS JSON 1.1.</summary>
public sealed class LogsClient : ILogsClient
{
    private readonly AwsJsonClient _json;

    public LogsClient(AwsJsonClient json)
    {
        _json = json;
    }

    public Task<GetLogEventsResponse> GetLogEventsAsync(GetLogEventsRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.LogStreamName, "GetLogEvents needs a log stream name.", nameof(request));
        return _json.InvokeAsync<GetLogEventsRequest, GetLogEventsResponse>(AwsServices.Logs, "GetLogEvents", request, cancellationToken);
    }

    public IAsyncEnumerable<FilteredLogEvent> FilterLogEventsAsync(FilterLogEventsRequest request, CancellationToken cancellationToken = default) =>
        AwsJsonPaging.PageAsync<FilterLogEventsRequest, FilterLogEventsResponse, FilteredLogEvent>(
            _json, AwsServices.Logs, "FilterLogEvents", request, page => page.Events, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);

    public IAsyncEnumerable<LogGroup> DescribeLogGroupsAsync(DescribeLogGroupsRequest request, CancellationToken cancellationToken = default) =>
        AwsJsonPaging.PageAsync<DescribeLogGroupsRequest, DescribeLogGroupsResponse, LogGroup>(
            _json, AwsServices.Logs, "DescribeLogGroups", request, page => page.LogGroups, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);

    public IAsyncEnumerable<LogStream> DescribeLogStreamsAsync(DescribeLogStreamsRequest request, CancellationToken cancellationToken = default) =>
        AwsJsonPaging.PageAsync<DescribeLogStreamsRequest, DescribeLogStreamsResponse, LogStream>(
            _json, AwsServices.Logs, "DescribeLogStreams", request, page => page.LogStreams, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);

    public Task CreateLogGroupAsync(CreateLogGroupRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.LogGroupName, "CreateLogGroup needs a log group name.", nameof(request));
        return _json.InvokeAsync<CreateLogGroupRequest, NoOutput>(AwsServices.Logs, "CreateLogGroup", request, cancellationToken);
    }

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.ResourceArn, "ListTagsForResource needs the log group's ARN.", nameof(request));
        return _json.InvokeAsync<ListTagsForResourceRequest, ListTagsForResourceResponse>(AwsServices.Logs, "ListTagsForResource", request, cancellationToken);
    }

    public Task DeleteLogGroupAsync(DeleteLogGroupRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.LogGroupName, "DeleteLogGroup needs a log group name.", nameof(request));
        return _json.InvokeAsync<DeleteLogGroupRequest, NoOutput>(AwsServices.Logs, "DeleteLogGroup", request, cancellationToken);
    }

    public Task PutRetentionPolicyAsync(PutRetentionPolicyRequest request, CancellationToken cancellationToken = default)
    {
        Require(request.LogGroupName, "PutRetentionPolicy needs a log group name.", nameof(request));
        if (request.RetentionInDays <= 0)
        {
            throw new ArgumentException("PutRetentionPolicy needs a positive number of days.", nameof(request));
        }

        return _json.InvokeAsync<PutRetentionPolicyRequest, NoOutput>(AwsServices.Logs, "PutRetentionPolicy", request, cancellationToken);
    }

    private static void Require(string? value, string message, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException(message, parameter);
        }
    }

    /// <summary>Operations without output answer with an empty body or <c>{}</c>; nothing in it is read.</summary>
    private sealed record NoOutput;
}
