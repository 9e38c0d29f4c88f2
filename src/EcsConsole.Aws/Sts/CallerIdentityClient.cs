using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using EcsConsole.Aws.Credentials;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Sdk;

namespace EcsConsole.Aws.Sts;

/// <summary>
/// STS GetCallerIdentity through AWSSDK.SecurityToken, pointed at our resolved endpoint and transport so the sandbox,
/// test fakes and the call log see it like any other call. The SDK does its own standard-mode retries (3 attempts).
/// </summary>
public sealed class CallerIdentityClient : ICallerIdentityClient
{
    private const string Operation = "GetCallerIdentity";
    private readonly AwsConnection _connection;
    private readonly AwsCredentialsSource _credentials;
    private readonly AwsEndpointResolver _endpoints;
    private readonly HttpClientFactory _httpClientFactory;

    public CallerIdentityClient(
        AwsConnection connection,
        AwsCredentialsSource credentials,
        AwsEndpointResolver endpoints,
        HttpMessageHandler transport,
        IAwsCallObserver observer,
        TimeProvider timeProvider)
    {
        _connection = connection;
        _credentials = credentials;
        _endpoints = endpoints;
        _httpClientFactory = new TransportHttpClientFactory(new ObservingHandler(observer, timeProvider, transport));
    }

    public async Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken cancellationToken = default)
    {
        var settings = _connection.Current;
        var endpoint = _endpoints.Resolve(AwsServices.Sts, settings);
        var config = SdkClientConfig.For<AmazonSecurityTokenServiceConfig>(endpoint, _httpClientFactory);
        AWSCredentials resolved;
        try
        {
            resolved = await _credentials.ResolveAsync(settings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not AwsServiceException)
        {
            throw new AwsServiceException(AwsServices.Sts.ServiceId, Operation, "CredentialsUnavailable", exception.Message, null, 0, exception);
        }

        using var client = new AmazonSecurityTokenServiceClient(resolved, config);
        try
        {
            var response = await client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);
            return new CallerIdentity(response.Account, response.Arn, response.UserId);
        }
        catch (AmazonServiceException exception) when (exception.StatusCode != 0 && !string.IsNullOrEmpty(exception.ErrorCode))
        {
            throw new AwsServiceException(AwsServices.Sts.ServiceId, Operation, exception.ErrorCode, exception.Message,
                exception.RequestId, exception.StatusCode, exception);
        }
        catch (Exception exception) when (exception is AmazonClientException or HttpRequestException or IOException)
        {
            throw new AwsServiceException(AwsServices.Sts.ServiceId, Operation, AwsServiceException.NetworkFailureCode,
                $"Could not reach {endpoint.Url}: {exception.Message}", null, 0, exception);
        }
    }

    /// <summary>Hands the SDK our transport; it must not cache or dispose it.</summary>
    private sealed class TransportHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

        public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

        public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
    }

    /// <summary>Reports each attempt the SDK makes to the call log.</summary>
    private sealed class ObservingHandler(IAwsCallObserver observer, TimeProvider timeProvider, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var startedAt = timeProvider.GetUtcNow();
            var started = timeProvider.GetTimestamp();
            var number = AttemptNumber(request);
            try
            {
                var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var requestId = response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.FirstOrDefault() : null;
                observer.OnAttempt(new AwsCallRecord(AwsServices.Sts.ServiceId, Operation, number, response.StatusCode, null,
                    timeProvider.GetElapsedTime(started), requestId, startedAt));
                return response;
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException)
            {
                observer.OnAttempt(new AwsCallRecord(AwsServices.Sts.ServiceId, Operation, number, null,
                    AwsServiceException.NetworkFailureCode, timeProvider.GetElapsedTime(started), null, startedAt));
                throw;
            }
        }

        // The SDK states the attempt in its "amz-sdk-request: attempt=2; max=3" header.
        private static int AttemptNumber(HttpRequestMessage request)
        {
            if (request.Headers.TryGetValues("amz-sdk-request", out var values))
            {
                foreach (var part in string.Join(";", values).Split(';', StringSplitOptions.TrimEntries))
                {
                    if (part.StartsWith("attempt=", StringComparison.Ordinal) && int.TryParse(part["attempt=".Length..], out var number))
                    {
                        return number;
                    }
                }
            }

            return 1;
        }
    }
}
