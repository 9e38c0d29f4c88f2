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
    private readonly AwsHttpPipeline pipeline;
    private readonly AwsReadIssueLog readIssues;

    public AwsJsonClient(AwsHttpPipeline pipeline, ILogger<AwsJsonClient>? logger = null)
    {
        this.pipeline = pipeline;
        readIssues = new AwsReadIssueLog(logger ?? (ILogger)NullLogger.Instance);
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
        var response = await pipeline.SendAsync(service, operation, AwsJsonProtocol.CreateRequest(service, operation, body),
            AwsJsonProtocol.ParseError, cancellationToken).ConfigureAwait(false);
        try
        {
            return AwsResponseReader.Read<TResponse>(response.Body, service.ServiceId, operation, readIssues);
        }
        catch (JsonException exception)
        {
            throw new AwsServiceException(service.ServiceId, operation, "UnreadableResponse",
                AwsResponseReader.Describe(exception),
                response.Header("x-amzn-RequestId"), response.StatusCode, exception);
        }
    }
}
