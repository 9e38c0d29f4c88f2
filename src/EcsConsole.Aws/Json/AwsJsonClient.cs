using System.Text.Json;
using EcsConsole.Aws.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EcsConsole.Aws.Json;

/// <summary>
/// Generic AWS JSON call: serializes a request record with the model's member names, sends it through the
/// pipeline (endpoint, signing, retries) and reads the answer tolerantly (see <see cref="AwsResponseReader"/>): elements
/// that cannot be read are left out and reported through <see cref="AwsReadIssues"/>. Adding a typed operation is one line on top.
/// </summary>
public sealed class AwsJsonClient
{
    private readonly AwsHttpPipeline _pipeline;
    private readonly AwsReadIssueLog _readIssues;

    public AwsJsonClient(AwsHttpPipeline pipeline, ILogger<AwsJsonClient>? logger = null)
    {
        _pipeline = pipeline;
        _readIssues = new AwsReadIssueLog(logger ?? (ILogger)NullLogger.Instance);
    }

    public async Task<TResponse> InvokeAsync<TRequest, TResponse>(
        AwsServiceDescriptor service,
        string operation,
        TRequest request,
        CancellationToken cancellationToken = default)
    {
        if (service.Protocol != AwsProtocol.Json)
        {
            throw new ArgumentException($"{service.ServiceId} does not speak the AWS JSON protocol.", nameof(service));
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(request, AwsJsonSerializer.Options);
        var wire = AwsJsonProtocol.CreateRequest(service, operation, body);
        if (AwsResendRule.TokenMember(service, operation) is { } tokenMember)
        {
            wire = WithIdempotencyToken(wire, tokenMember);
        }

        var response = await _pipeline.SendAsync(service, operation, wire, AwsJsonProtocol.ParseError, cancellationToken).ConfigureAwait(false);
        try
        {
            return AwsResponseReader.Read<TResponse>(response.Body, service.ServiceId, operation, _readIssues);
        }
        catch (JsonException exception)
        {
            throw new AwsServiceException(service.ServiceId, operation, "UnreadableResponse",
                AwsResponseReader.Describe(exception),
                response.Header("x-amzn-RequestId"), response.StatusCode, exception);
        }
    }

    /// <summary>
    /// As the AWS SDKs do: a token member the caller left empty gets a fresh one, so the pipeline's retries of this call
    /// repeat it safely. A caller that must repeat the call across processes (a resumed wizard run) passes its own.
    /// </summary>
    internal static AwsWireRequest WithIdempotencyToken(AwsWireRequest wire, string tokenMember)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(wire.Body) as System.Text.Json.Nodes.JsonObject ?? [];
        if (json[tokenMember] is not System.Text.Json.Nodes.JsonValue value || value.GetValue<string>() is not { Length: > 0 })
        {
            json[tokenMember] = Guid.NewGuid().ToString();
            wire = wire with { Body = JsonSerializer.SerializeToUtf8Bytes(json) };
        }

        return wire with { CarriesIdempotencyToken = true };
    }
}
