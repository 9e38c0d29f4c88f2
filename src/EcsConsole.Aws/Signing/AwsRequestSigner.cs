using Amazon.Runtime;
using Amazon.Runtime.Internal.Auth;

namespace EcsConsole.Aws.Signing;

/// <summary>
/// Signs an <see cref="HttpRequestMessage"/> with SigV4: we build the canonical request (<see cref="SigV4CanonicalRequest"/>),
/// AWSSDK.Core's <see cref="AWS4Signer"/> derives the signing key, builds the string to sign and computes the signature.
/// Every client request and the SigV4 test suite go through here.
/// </summary>
public static class AwsRequestSigner
{
    private const string SecurityTokenHeader = "X-Amz-Security-Token";
    private const string DateHeader = "X-Amz-Date";

    /// <summary>
    /// Sets X-Amz-Date, X-Amz-Security-Token (temporary credentials) and Authorization, replacing any from an earlier
    /// attempt. <paramref name="body"/> must be the exact bytes that will be sent.
    /// </summary>
    public static AwsSignature Sign(
        HttpRequestMessage request,
        ReadOnlySpan<byte> body,
        ImmutableCredentials credentials,
        string signingRegion,
        string signingName,
        DateTimeOffset signedAt)
    {
        ArgumentNullException.ThrowIfNull(request.RequestUri);
        var utc = signedAt.UtcDateTime;

        request.Headers.Remove("Authorization");
        request.Headers.Remove(DateHeader);
        request.Headers.Remove(SecurityTokenHeader);
        request.Headers.TryAddWithoutValidation(DateHeader, AWS4Signer.FormatDateTime(utc, "yyyyMMdd'T'HHmmss'Z'"));
        if (credentials.UseToken)
        {
            request.Headers.TryAddWithoutValidation(SecurityTokenHeader, credentials.Token);
        }

        var canonical = SigV4CanonicalRequest.Create(request.Method.Method, request.RequestUri, HeadersToSign(request), body);
        var result = AWS4Signer.ComputeSignature(credentials, signingRegion, utc, signingName, canonical.SignedHeaders, canonical.Text);
        var authorization = result.ForAuthorizationHeader;
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return new AwsSignature(authorization, result.Signature, canonical.Text);
    }

    private static IEnumerable<KeyValuePair<string, string>> HeadersToSign(HttpRequestMessage request)
    {
        // HttpClient derives Host from the URI; sign exactly what it will send.
        var host = request.Headers.Host ?? SigV4CanonicalRequest.HostHeader(request.RequestUri!);
        yield return new("host", host);
        foreach (var header in request.Headers.NonValidated)
        {
            if (!header.Key.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var value in header.Value)
                {
                    yield return new(header.Key, value);
                }
            }
        }

        if (request.Content is null)
        {
            yield break;
        }

        foreach (var header in request.Content.Headers.NonValidated)
        {
            foreach (var value in header.Value)
            {
                yield return new(header.Key, value);
            }
        }
    }
}

/// <summary>The Authorization header value, the bare signature and the canonical request, for diagnostics and tests.</summary>
public sealed record AwsSignature(string AuthorizationHeader, string Signature, string CanonicalRequest);
