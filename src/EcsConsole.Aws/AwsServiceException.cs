using System.Net;

namespace EcsConsole.Aws;

/// <summary>
/// An AWS call that failed: either AWS answered with an error (<see cref="ErrorCode"/> is AWS's own code), or the
/// endpoint could not be reached after retries (<see cref="ErrorCode"/> is <see cref="NetworkFailureCode"/> and
/// <see cref="StatusCode"/> is 0). The message is written for a person.
/// </summary>
public sealed class AwsServiceException : Exception
{
    public const string NetworkFailureCode = "NetworkFailure";

    public AwsServiceException(
        string service,
        string operation,
        string errorCode,
        string? awsMessage,
        string? requestId,
        HttpStatusCode statusCode,
        Exception? innerException = null)
        : base(Describe(service, operation, errorCode, awsMessage, requestId), innerException)
    {
        Service = service;
        Operation = operation;
        ErrorCode = errorCode;
        AwsMessage = awsMessage;
        RequestId = requestId;
        StatusCode = statusCode;
    }

    public string Service { get; }
    public string Operation { get; }
    public string ErrorCode { get; }
    public string? AwsMessage { get; }
    public string? RequestId { get; }
    public HttpStatusCode StatusCode { get; }

    public bool IsNetworkFailure => ErrorCode == NetworkFailureCode;

    /// <summary>What kind of failure this is; see <see cref="AwsErrorKind"/>.</summary>
    public AwsErrorKind Kind => AwsErrorClassifier.Classify(ErrorCode, StatusCode, BodyWasAwsError);

    /// <summary>True when trying the same call again later can succeed (throttling, 5xx, network).</summary>
    public bool IsTransient => Kind is AwsErrorKind.Throttling or AwsErrorKind.Transient or AwsErrorKind.Network;

    /// <summary>
    /// False when the error body was not an AWS error document (an HTML or plain-text page from a proxy or an endpoint that
    /// lacks the operation); such bodies are never shown raw. True by default.
    /// </summary>
    public bool BodyWasAwsError { get; init; } = true;

    private static string Describe(string service, string operation, string errorCode, string? awsMessage, string? requestId)
    {
        var text = $"{service} {operation} failed: {errorCode}";
        if (!string.IsNullOrWhiteSpace(awsMessage))
        {
            text += $": {awsMessage.Trim()}";
        }

        // Exactly one full stop, however the message ended ("Rate exceeded", "Not found.", "Try again...").
        text = text.TrimEnd('.', ' ') + ".";

        return string.IsNullOrEmpty(requestId) ? text : $"{text} (request id {requestId})";
    }
}
