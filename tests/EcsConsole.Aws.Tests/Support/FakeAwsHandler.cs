using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace EcsConsole.Aws.Tests.Support;

/// <summary>
/// Stands in for the network: records every request it receives (after signing) with its body, and answers from a
/// queue of scripted responses or exceptions; when the queue is empty it repeats the last entry.
/// </summary>
public sealed class FakeAwsHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _script = new();
    private Func<HttpRequestMessage, HttpResponseMessage>? _last;

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>When set, each recorded request notes the clock's time, so tests can measure backoff.</summary>
    public TimeProvider? Clock { get; set; }

    public FakeAwsHandler Respond(HttpStatusCode status, string body, params (string Name, string Value)[] headers)
    {
        _script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.1") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    public FakeAwsHandler RespondJson(string body) => Respond(HttpStatusCode.OK, body, ("x-amzn-RequestId", "req-ok"));

    public FakeAwsHandler Throw(Exception exception)
    {
        _script.Enqueue(_ => throw exception);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add(new RecordedRequest(
                request.Method.Method,
                request.RequestUri!,
                request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                    .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
                body,
                Clock?.GetUtcNow()));
        }

        if (_script.TryDequeue(out var next))
        {
            _last = next;
        }

        return (_last ?? throw new InvalidOperationException("FakeAwsHandler has no scripted response."))(request);
    }
}

public sealed record RecordedRequest(string Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset? At = null)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
