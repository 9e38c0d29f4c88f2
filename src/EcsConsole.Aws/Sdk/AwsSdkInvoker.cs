using Amazon.Runtime;
using EcsConsole.Aws.Credentials;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Aws.Http;

namespace EcsConsole.Aws.Sdk;

/// <summary>
/// Runs calls through an AWS SDK client (EC2, SSM) configured like our own clients: the connection's credentials and
/// region, the endpoint our resolver picks (AWS_ENDPOINT_URL_&lt;ID&gt;, AWS_ENDPOINT_URL, connection URL, regional default),
/// our transport (so the sandbox and test fakes answer) and the call log. The SDK does standard-mode retries (3 attempts).
/// SDK failures become <see cref="AwsServiceException"/> with AWS's code, so callers never see SDK types.
/// </summary>
internal sealed class AwsSdkInvoker
{
    private readonly AwsServiceDescriptor _service;
    private readonly AwsConnection _connection;
    private readonly AwsCredentialsSource _credentials;
    private readonly AwsEndpointResolver _endpoints;
    private readonly HttpClientFactory _httpClientFactory;

    public AwsSdkInvoker(
        AwsServiceDescriptor service,
        AwsConnection connection,
        AwsCredentialsSource credentials,
        AwsEndpointResolver endpoints,
        HttpMessageHandler transport,
        IAwsCallObserver observer,
        TimeProvider timeProvider)
    {
        _service = service;
        _connection = connection;
        _credentials = credentials;
        _endpoints = endpoints;
        _httpClientFactory = new SdkTransportHttpClientFactory(new SdkObservingHandler(service.ServiceId, observer, timeProvider, transport));
    }

    /// <summary>
    /// Creates a client for the connection current now, runs <paramref name="call"/> on it and disposes it. The config is
    /// built fresh per call because the connection can switch between calls.
    /// </summary>
    public async Task<TResult> InvokeAsync<TConfig, TClient, TResult>(
        string operation,
        Func<AWSCredentials, TConfig, TClient> createClient,
        Func<TClient, CancellationToken, Task<TResult>> call,
        CancellationToken cancellationToken)
        where TConfig : ClientConfig, new()
        where TClient : IDisposable
    {
        var settings = _connection.Current;
        var endpoint = _endpoints.Resolve(_service, settings);
        var config = SdkClientConfig.For<TConfig>(endpoint, _httpClientFactory);

        AWSCredentials resolved;
        try
        {
            resolved = await _credentials.ResolveAsync(settings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not AwsServiceException)
        {
            throw new AwsServiceException(_service.ServiceId, operation, "CredentialsUnavailable", exception.Message, null, 0, exception);
        }

        using var client = createClient(resolved, config);
        using var scope = SdkOperationScope.Begin(operation);
        try
        {
            return await call(client, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonServiceException exception) when (exception.StatusCode != 0 && !string.IsNullOrEmpty(exception.ErrorCode))
        {
            throw new AwsServiceException(_service.ServiceId, operation, exception.ErrorCode, exception.Message,
                exception.RequestId, exception.StatusCode, exception);
        }
        catch (AmazonServiceException exception) when (exception.StatusCode != 0)
        {
            // An answer without an AWS error code (an HTML page from a proxy or an endpoint without the operation): the SDK's
            // message may carry the page, so the person gets the status and title only.
            var body = (exception as AmazonUnmarshallingException)?.ResponseBody ?? "";
            throw new AwsServiceException(_service.ServiceId, operation, $"Http{(int)exception.StatusCode}",
                NonAwsErrorBody.Describe(exception.StatusCode, System.Text.Encoding.UTF8.GetBytes(body)), exception.RequestId, exception.StatusCode, exception)
            {
                BodyWasAwsError = false,
            };
        }
        catch (Exception exception) when (exception is AmazonClientException or HttpRequestException or IOException)
        {
            throw new AwsServiceException(_service.ServiceId, operation, AwsServiceException.NetworkFailureCode,
                $"Could not reach {endpoint.Url}: {exception.Message}", null, 0, exception);
        }
    }
}
