using System.Net.Http.Headers;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;
using Amazon.SecurityToken;

namespace EcsConsole.Aws.Signing;

/// <summary>
/// Signs an <see cref="HttpRequestMessage"/> with SigV4 by handing it to AWSSDK.Core's own <see cref="AWS4Signer"/>,
/// so canonicalization is the SDK's, not ours. Every client request and the SigV4 test suite go through here.
/// </summary>
public static class AwsRequestSigner
{
    private const string SecurityTokenHeader = "X-Amz-Security-Token";
    private static readonly AWS4Signer Signer = new(signPayload: true);

    // The signer reads only the authentication region and service name from the config; the request overrides
    // both, so one shared config object suffices.
    private static readonly AmazonSecurityTokenServiceConfig SignerConfig = new();

    /// <summary>
    /// Adds Authorization, X-Amz-Date and (for temporary credentials) X-Amz-Security-Token.
    /// <paramref name="body"/> must be the exact bytes that will be sent.
    /// </summary>
    public static AwsSignature Sign(
        HttpRequestMessage request,
        ReadOnlyMemory<byte> body,
        ImmutableCredentials credentials,
        string signingRegion,
        string signingName,
        DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(request.RequestUri);
        var uri = request.RequestUri;

        // Signing again (e.g. a retried attempt) must not sign the previous attempt's signature headers.
        request.Headers.Remove("Authorization");
        request.Headers.Remove("X-Amz-Date");
        request.Headers.Remove(SecurityTokenHeader);

        using var sdkRequest = new DefaultRequest(new UnsignedRequest(), signingName)
        {
            HttpMethod = request.Method.Method,
            Endpoint = new Uri(uri.GetLeftPart(UriPartial.Authority)),
            ResourcePath = uri.AbsolutePath,
            Content = body.ToArray(),
            AuthenticationRegion = signingRegion,
            OverrideSigningServiceName = signingName,
            UseQueryString = true,
        };
        foreach (var (name, value) in QueryParameters(uri))
        {
            sdkRequest.ParameterCollection.Add(name, value);
        }

        foreach (var header in AllHeaders(request))
        {
            sdkRequest.Headers[header.Key] = string.Join(",", header.Value);
        }

        if (credentials.UseToken)
        {
            sdkRequest.Headers[SecurityTokenHeader] = credentials.Token;
        }

        var result = Signer.SignRequest(sdkRequest, SignerConfig, null, credentials.AccessKey, credentials.SecretKey, signedAt.UtcDateTime);

        request.Headers.TryAddWithoutValidation("X-Amz-Date", sdkRequest.Headers["X-Amz-Date"]);
        if (credentials.UseToken)
        {
            request.Headers.TryAddWithoutValidation(SecurityTokenHeader, credentials.Token);
        }

        request.Headers.TryAddWithoutValidation("Authorization", result.ForAuthorizationHeader);
        return new AwsSignature(result.ForAuthorizationHeader, result.Signature);
    }

    private static IEnumerable<KeyValuePair<string, IEnumerable<string>>> AllHeaders(HttpRequestMessage request)
    {
        IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers = request.Headers.NonValidated
            .Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value));
        if (request.Content is not null)
        {
            headers = headers.Concat(request.Content.Headers.NonValidated
                .Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value)));
        }

        return headers;
    }

    private static IEnumerable<(string Name, string Value)> QueryParameters(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            yield break;
        }

        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=');
            var name = separator < 0 ? pair : pair[..separator];
            var value = separator < 0 ? "" : pair[(separator + 1)..];
            yield return (Uri.UnescapeDataString(name), Uri.UnescapeDataString(value));
        }
    }

    /// <summary>The SDK's request type needs an originating request object; ours carries nothing.</summary>
    private sealed class UnsignedRequest : AmazonWebServiceRequest;
}

/// <summary>The Authorization header value and the bare signature, for diagnostics and tests.</summary>
public sealed record AwsSignature(string AuthorizationHeader, string Signature);
