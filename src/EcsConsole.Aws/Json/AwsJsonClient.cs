using System.Text.Json;
using EcsConsole.Aws.Http;

namespace EcsConsole.Aws.Json;

/// <summary>
/// Generic AWS JSON call: serializes a request record with the model's member names, sends it through the
/// pipeline (endpoint, signing, retries) and deserializes the answer. Adding a typed operation is one line on top.
/// </summary>
public sealed class AwsJsonClient
{
    private readonly AwsHttpPipeline pipeline;

    public AwsJsonClient(AwsHttpPipeline pipeline)
    {
        this.pipeline = pipeline;
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
            return AwsJsonProtocol.Deserialize<TResponse>(response.Body);
        }
        catch (JsonException exception)
        {
            throw new AwsServiceException(service.ServiceId, operation, "UnreadableResponse",
                $"The response could not be read: {exception.Message}", response.Header("x-amzn-RequestId"), response.StatusCode, exception);
        }
    }
}
