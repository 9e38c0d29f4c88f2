using System.Net.Sockets;

namespace EcsConsole.Aws.Http;

/// <summary>
/// Whether a failed attempt may be sent again. A read may always be. A write that AWS may have carried out (a timeout, a
/// dropped connection, a 5xx) is sent again only when it carries an idempotency token, which makes AWS answer the second
/// attempt with the first one's result; otherwise a create that succeeded would come back "already exists". A write AWS
/// refused before doing anything (throttled, or the connection never opened) is always safe to send again.
/// </summary>
public static class AwsResendRule
{
    // Operations whose names start with these verbs change nothing.
    private static readonly string[] ReadVerbs = ["Describe", "List", "Get", "BatchGet", "Search", "Lookup", "Discover"];

    /// <summary>
    /// The members the official service models mark <c>"idempotencyToken": true</c>, by the descriptor's service id and
    /// operation (a test checks this table against ../shared/aws-models).
    /// </summary>
    public static IReadOnlyDictionary<(string ServiceId, string Operation), string> IdempotencyTokens { get; } =
        new Dictionary<(string, string), string>
        {
            [("ServiceDiscovery", "CreateHttpNamespace")] = "CreatorRequestId",
            [("ServiceDiscovery", "CreatePrivateDnsNamespace")] = "CreatorRequestId",
            [("ServiceDiscovery", "CreatePublicDnsNamespace")] = "CreatorRequestId",
            [("ServiceDiscovery", "CreateService")] = "CreatorRequestId",
            [("ServiceDiscovery", "RegisterInstance")] = "CreatorRequestId",
            [("ServiceDiscovery", "UpdateHttpNamespace")] = "UpdaterRequestId",
            [("ServiceDiscovery", "UpdatePrivateDnsNamespace")] = "UpdaterRequestId",
            [("ServiceDiscovery", "UpdatePublicDnsNamespace")] = "UpdaterRequestId",
            [("ECS", "RunTask")] = "clientToken",
            [("Secrets Manager", "CreateSecret")] = "ClientRequestToken",
            [("Secrets Manager", "PutSecretValue")] = "ClientRequestToken",
            [("Secrets Manager", "RotateSecret")] = "ClientRequestToken",
            [("Secrets Manager", "UpdateSecret")] = "ClientRequestToken",
            [("CloudWatch Logs", "PutQueryDefinition")] = "clientToken",
            [("Auto Scaling", "LaunchInstances")] = "ClientToken",
        };

    /// <summary>The model's idempotency token member of the operation, or null when it takes none.</summary>
    public static string? TokenMember(AwsServiceDescriptor service, string operation) =>
        IdempotencyTokens.TryGetValue((service.ServiceId, operation), out var member) ? member : null;

    public static bool IsRead(string operation) => ReadVerbs.Any(verb => operation.StartsWith(verb, StringComparison.Ordinal));

    /// <summary>True when sending <paramref name="request"/> twice does what sending it once does.</summary>
    public static bool MayRepeat(string operation, AwsWireRequest request) => IsRead(operation) || request.CarriesIdempotencyToken;

    /// <summary>After AWS answered with <paramref name="error"/>: a throttled write was refused, not done.</summary>
    public static bool MayResendAfter(AwsServiceException error, string operation, AwsWireRequest request) =>
        MayRepeat(operation, request) || (error.ErrorCode is { } code && AwsRetryPolicy.ThrottlingCodes.Contains(code));

    /// <summary>After the attempt got no answer: only a connection that never opened certainly did not deliver the request.</summary>
    public static bool MayResendAfter(Exception networkFailure, string operation, AwsWireRequest request) =>
        MayRepeat(operation, request) || NeverConnected(networkFailure);

    private static bool NeverConnected(Exception failure) =>
        failure is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError }
            or HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable } };
}
