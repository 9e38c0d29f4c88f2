using System.Net;
using EcsConsole.Aws.Http;

namespace EcsConsole.Aws;

/// <summary>Sorts an AWS error code and HTTP status into an <see cref="AwsErrorKind"/>.</summary>
public static class AwsErrorClassifier
{
    private static readonly HashSet<string> UnsupportedCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "UnknownOperationException", "UnknownOperation", "InvalidAction", "NotImplemented", "NotImplementedException",
        "UnsupportedOperation", "UnsupportedOperationException", "UnsupportedCommandException",
    };

    private static readonly HashSet<string> AccessDeniedCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError", "Forbidden",
        "UnauthorizedAccess", "NotAuthorized",
    };

    private static readonly HashSet<string> CredentialCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "ExpiredTokenException", "ExpiredToken", "RequestExpired", "UnrecognizedClientException", "InvalidClientTokenId",
        "InvalidSignatureException", "SignatureDoesNotMatch", "IncompleteSignature", "MissingAuthenticationToken",
        "CredentialsUnavailable", "AuthFailure", "InvalidAccessKeyId", "MissingAuthenticationTokenException",
    };

    private static readonly HashSet<string> ValidationCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "ValidationException", "ValidationError", "InvalidParameterException", "InvalidParameterValue",
        "InvalidParameterValueException", "InvalidParameterCombination", "MissingParameter", "InvalidRequestException",
        "SerializationException", "ClientException",
    };

    public static AwsErrorKind Classify(string? errorCode, HttpStatusCode statusCode, bool bodyWasAwsError = true)
    {
        var code = errorCode ?? string.Empty;
        if (code == AwsServiceException.NetworkFailureCode)
        {
            return AwsErrorKind.Network;
        }

        if (code == "UnreadableResponse")
        {
            return AwsErrorKind.Unreadable;
        }

        if (AwsRetryPolicy.ThrottlingCodes.Contains(code) || statusCode == HttpStatusCode.TooManyRequests)
        {
            return AwsErrorKind.Throttling;
        }

        // A gateway's own page (502/503/504 from a load balancer or proxy) says the way to AWS failed for now, not that
        // the operation is missing.
        if (!bodyWasAwsError && statusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
        {
            return AwsErrorKind.Transient;
        }

        if (UnsupportedCodes.Contains(code) || statusCode is HttpStatusCode.NotImplemented
            || (statusCode == HttpStatusCode.NotFound && !code.Contains("NotFound", StringComparison.OrdinalIgnoreCase) && !code.StartsWith("NoSuch", StringComparison.OrdinalIgnoreCase))
            || (!bodyWasAwsError && (int)statusCode >= 500))
        {
            return AwsErrorKind.Unsupported;
        }

        if (AccessDeniedCodes.Contains(code))
        {
            return AwsErrorKind.AccessDenied;
        }

        if (CredentialCodes.Contains(code))
        {
            return AwsErrorKind.Credentials;
        }

        if (code.Contains("NotFound", StringComparison.OrdinalIgnoreCase) || code.StartsWith("NoSuch", StringComparison.OrdinalIgnoreCase))
        {
            return AwsErrorKind.NotFound;
        }

        if (AwsRetryPolicy.TransientCodes.Contains(code) || (int)statusCode >= 500)
        {
            return AwsErrorKind.Transient;
        }

        if (ValidationCodes.Contains(code))
        {
            return AwsErrorKind.Validation;
        }

        return statusCode == HttpStatusCode.Forbidden ? AwsErrorKind.AccessDenied : AwsErrorKind.Other;
    }
}
