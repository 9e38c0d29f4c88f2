namespace EcsConsole.Sandbox.Http;

/// <summary>The Query protocol names the shared authentication and protocol errors differently from JSON services.</summary>
public static class QueryErrorCodes
{
    public static string For(string jsonCode) => jsonCode switch
    {
        "MissingAuthenticationTokenException" => "MissingAuthenticationToken",
        "InvalidSignatureException" => "SignatureDoesNotMatch",
        "IncompleteSignatureException" => "IncompleteSignature",
        "UnknownOperationException" => "InvalidAction",
        "SerializationException" => "MalformedQueryString",
        "UnrecognizedClientException" => "InvalidClientTokenId",
        "ExpiredTokenException" => "ExpiredToken",
        _ => jsonCode,
    };

    /// <summary>Query services answer authentication failures with 403, like STS.</summary>
    public static int Status(string queryCode, int status) =>
        queryCode is "MissingAuthenticationToken" or "SignatureDoesNotMatch" or "IncompleteSignature" or "InvalidClientTokenId" or "ExpiredToken" ? 403 : status;
}
