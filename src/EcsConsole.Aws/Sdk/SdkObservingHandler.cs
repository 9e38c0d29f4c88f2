using Amazon.Runtime;

namespace EcsConsole.Aws.Sdk;

/// <summary>The operation an SDK call is making, flowing with the async call into the HTTP handler that logs it.</summary>
internal static class SdkOperationScope
{
    private static readonly AsyncLocal<string?> Current = new();

    public static string Operation => Current.Value ?? "Unknown";

    public static IDisposable Begin(string operation)
    {
        var previous = Current.Value;
        Current.Value = operation;
        return new Restore(previous);
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

/// <summary>Hands the SDK our transport; it must not cache or dispose it.</summary>
internal sealed class SdkTransportHttpClientFactory(HttpMessageHandler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
}

/// <summary>Reports each attempt the SDK makes to the call log.</summary>
internal sealed class SdkObservingHandler(string serviceId, IAwsCallObserver observer, TimeProvider timeProvider, HttpMessageHandler inner)
    : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var startedAt = timeProvider.GetUtcNow();
        var started = timeProvider.GetTimestamp();
        var number = AttemptNumber(request);
        var operation = SdkOperationScope.Operation;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var requestId = response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.FirstOrDefault() : null;
            observer.OnAttempt(new AwsCallRecord(serviceId, operation, number, response.StatusCode, null,
                timeProvider.GetElapsedTime(started), requestId, startedAt));
            return response;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            observer.OnAttempt(new AwsCallRecord(serviceId, operation, number, null,
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
