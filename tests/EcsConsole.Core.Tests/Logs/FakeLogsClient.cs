using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using EcsConsole.Aws;
using EcsConsole.Aws.Logs;

namespace EcsConsole.Core.Tests.Logs;

/// <summary>
/// CloudWatch Logs streams in memory with Logs' token rules: a forward token is the position after the page, and a
/// stream read to its end hands back the very token that was sent.
/// </summary>
internal sealed class FakeLogsClient : ILogsClient
{
    private readonly Dictionary<string, List<OutputLogEvent>> _streams = new(StringComparer.Ordinal);

    public List<GetLogEventsRequest> Requests { get; } = [];

    public List<FilterLogEventsRequest> Filters { get; } = [];

    /// <summary>When set, reading this stream fails with an AWS error of this code.</summary>
    public (string Stream, string Code)? Failure { get; set; }

    public void Write(string stream, DateTimeOffset at, string message)
    {
        if (!_streams.TryGetValue(stream, out var events))
        {
            events = [];
            _streams[stream] = events;
        }
        events.Add(new OutputLogEvent { Timestamp = at.ToUnixTimeMilliseconds(), Message = message });
    }

    public Task<GetLogEventsResponse> GetLogEventsAsync(GetLogEventsRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        if (Failure is { } failure && failure.Stream == request.LogStreamName)
        {
            throw new AwsServiceException("Logs", "GetLogEvents", failure.Code, "failed on purpose", "req-7", HttpStatusCode.BadRequest);
        }
        if (!_streams.TryGetValue(request.LogStreamName, out var events))
        {
            throw new AwsServiceException("Logs", "GetLogEvents", "ResourceNotFoundException", "The specified log stream does not exist.", "req-8", HttpStatusCode.BadRequest);
        }
        var start = request.NextToken is { } token ? int.Parse(token[2..], CultureInfo.InvariantCulture) : 0;
        var page = events.Skip(start).Take(request.Limit ?? 10_000).ToList();
        var next = page.Count == 0 && request.NextToken is not null ? request.NextToken : $"f/{start + page.Count}";
        return Task.FromResult(new GetLogEventsResponse { Events = page, NextForwardToken = next, NextBackwardToken = $"b/{start}" });
    }

    public async IAsyncEnumerable<FilteredLogEvent> FilterLogEventsAsync(
        FilterLogEventsRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Filters.Add(request);
        var phrase = request.FilterPattern?.Trim('"') ?? "";
        foreach (var stream in request.LogStreamNames ?? [])
        {
            foreach (var logEvent in _streams.GetValueOrDefault(stream) ?? [])
            {
                await Task.Yield();
                if (logEvent.Message!.Contains(phrase, StringComparison.Ordinal))
                {
                    yield return new FilteredLogEvent { LogStreamName = stream, Timestamp = logEvent.Timestamp, Message = logEvent.Message };
                }
            }
        }
    }

    public IAsyncEnumerable<LogGroup> DescribeLogGroupsAsync(DescribeLogGroupsRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The tail does not list log groups.");

    public IAsyncEnumerable<LogStream> DescribeLogStreamsAsync(DescribeLogStreamsRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The tail derives stream names; it does not list them.");

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The tail does not read tags.");

    public Task CreateLogGroupAsync(CreateLogGroupRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The tail never writes.");

    public Task DeleteLogGroupAsync(DeleteLogGroupRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The tail never writes.");

    public Task PutRetentionPolicyAsync(PutRetentionPolicyRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The tail never writes.");
}
