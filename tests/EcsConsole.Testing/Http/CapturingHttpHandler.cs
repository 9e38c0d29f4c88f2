using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace EcsConsole.Testing;

/// <summary>
/// A transport that records every request and answers from a callback, so client tests see exactly what
/// would go on the wire without a network. Thread-safe.
/// </summary>
public sealed class CapturingHttpHandler(Func<CapturedRequest, HttpResponseMessage> respond) : HttpMessageHandler
{
    private readonly ConcurrentQueue<CapturedRequest> _requests = new();

    public IReadOnlyList<CapturedRequest> Requests => _requests.ToArray();

    public static HttpResponseMessage Json(HttpStatusCode status, string body, string contentType = "application/x-amz-json-1.1") =>
        Text(status, body, contentType);

    public static HttpResponseMessage Xml(HttpStatusCode status, string body) => Text(status, body, "text/xml");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = string.Join(",", header.Value);
        }

        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }
        }

        var captured = new CapturedRequest(request.Method, request.RequestUri, headers, body);
        _requests.Enqueue(captured);
        var response = respond(captured);
        response.RequestMessage = request;
        return response;
    }

    private static HttpResponseMessage Text(HttpStatusCode status, string body, string contentType)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", Guid.NewGuid().ToString());
        return response;
    }
}
