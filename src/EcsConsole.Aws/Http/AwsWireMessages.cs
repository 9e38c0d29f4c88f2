using System.Net;

namespace EcsConsole.Aws.Http;

/// <summary>A protocol-built request before endpoint, signing and retries: POST / with these headers and body.</summary>
public sealed record AwsWireRequest(string ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    /// <summary>The body carries the operation's idempotency token, so every attempt of it means the same one call.</summary>
    public bool CarriesIdempotencyToken { get; init; }
}

/// <summary>A response as received: status, headers (case-insensitive) and the raw body.</summary>
public sealed record AwsWireResponse(HttpStatusCode StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>Turns a protocol's error response into an <see cref="AwsServiceException"/>.</summary>
public delegate AwsServiceException AwsErrorParser(AwsServiceDescriptor service, string operation, AwsWireResponse response);
