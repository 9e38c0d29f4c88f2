namespace EcsConsole.Testing;

/// <summary>Error codes any AWS service may return that operation models do not list.</summary>
public static class CommonAwsErrors
{
    public static IReadOnlySet<string> Codes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "AccessDenied", "AccessDeniedException", "ExpiredToken", "ExpiredTokenException", "IncompleteSignature",
        "InternalFailure", "InternalServerError", "InvalidAction", "InvalidClientTokenId", "InvalidParameterCombination",
        "InvalidParameterValue", "InvalidQueryParameter", "InvalidSignatureException", "MalformedQueryString",
        "MissingAction", "MissingAuthenticationToken", "MissingAuthenticationTokenException", "MissingParameter",
        "NotAuthorized", "OptInRequired", "RequestExpired", "SerializationException", "ServiceUnavailable",
        "SignatureDoesNotMatch", "Throttling", "ThrottlingException", "UnknownOperationException",
        "UnrecognizedClientException", "ValidationError", "ValidationException",
    };
}
