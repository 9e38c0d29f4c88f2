using Amazon.Runtime;
using EcsConsole.Aws.Endpoints;

namespace EcsConsole.Aws.Sdk;

/// <summary>
/// The settings of every AWS SDK client the console builds: the endpoint and signing region it resolved (so endpoint
/// overrides and the sandbox apply as they do to our own clients), the SDK's standard retries with two at most, and our
/// transport (observed, with the console's HTTP handler).
/// </summary>
internal static class SdkClientConfig
{
    public static TConfig For<TConfig>(AwsEndpoint endpoint, HttpClientFactory httpClientFactory)
        where TConfig : ClientConfig, new() => new()
        {
            ServiceURL = endpoint.Url.ToString(),
            AuthenticationRegion = endpoint.SigningRegion,
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = 2,
            HttpClientFactory = httpClientFactory,
        };
}
