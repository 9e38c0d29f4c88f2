using System.Net;
using EcsConsole.Aws;

namespace EcsConsole.Core.Connection;

public enum CapabilityState
{
    /// <summary>The operation answered.</summary>
    Works,

    /// <summary>The operation is lacking or refused; the console shows a view derived from other calls instead.</summary>
    Derived,

    /// <summary>The operation is lacking or refused and nothing replaces it.</summary>
    Unavailable,
}

/// <summary>One AWS operation on one connection: whether it works, and if not, why and what replaces it.</summary>
/// <param name="Fallback">What is shown instead when <see cref="State"/> is <see cref="CapabilityState.Derived"/>.</param>
/// <param name="Reason">The failure it was learnt from; null when it works.</param>
/// <param name="LearntAt">When the state was last confirmed (the last answer or failure), on the injected clock.</param>
public sealed record OperationCapability(
    string Service,
    string Operation,
    CapabilityState State,
    string? Fallback,
    CapabilityReason? Reason,
    DateTimeOffset LearntAt);

/// <summary>Why an operation is lacking: the kind of failure, AWS's code, the HTTP status and a message safe to show (never a raw page).</summary>
public sealed record CapabilityReason(AwsErrorKind Kind, string Code, int StatusCode, string Message, string? RequestId)
{
    public static CapabilityReason From(AwsServiceException exception) =>
        new(exception.Kind, exception.ErrorCode, (int)exception.StatusCode, FailureText.Message(exception), exception.RequestId);

    /// <summary>The reason in a few words: "the endpoint does not offer it (HTTP 500, not an AWS error)", "access denied (AccessDeniedException)".</summary>
    public string Summary => Kind switch
    {
        AwsErrorKind.AccessDenied => $"the identity in use is not allowed to call it ({Code})",
        _ when Code is "" or "UnknownError" => $"the endpoint does not offer it (HTTP {StatusCode}{StatusPhrase})",
        _ => $"the endpoint does not offer it ({Code}, HTTP {StatusCode})",
    };

    private string StatusPhrase => Enum.IsDefined(typeof(HttpStatusCode), StatusCode) ? $" {(HttpStatusCode)StatusCode}" : "";
}

public static class OperationCapabilities
{
    /// <summary>Why a derived view stands in for the operation, in words: "this endpoint does not offer ListServiceDeployments".</summary>
    public static string Why(this OperationCapability capability) => capability.Reason?.Kind == AwsErrorKind.AccessDenied
        ? $"the AWS identity in use may not call {capability.Operation} ({capability.Reason.Code})"
        : $"this endpoint does not offer {capability.Operation}";
}
