namespace EcsConsole.Aws;

/// <summary>
/// What kind of failure an AWS call met, so callers can tell a person the right thing ("AWS is throttling, retrying"
/// vs "this endpoint does not offer the operation") and decide whether trying again can help.
/// </summary>
public enum AwsErrorKind
{
    /// <summary>Any other error AWS named: usually a bad request or a state conflict; trying again unchanged will not help.</summary>
    Other,

    /// <summary>AWS is throttling the account (ThrottlingException, Rate exceeded, ...): transient.</summary>
    Throttling,

    /// <summary>A 5xx with an AWS error code, a timeout or a transient AWS code: transient.</summary>
    Transient,

    /// <summary>The endpoint could not be reached: transient.</summary>
    Network,

    /// <summary>The identity lacks permission for this call: permanent until the IAM policy changes.</summary>
    AccessDenied,

    /// <summary>Credentials are missing, expired or not accepted: permanent until someone signs in again.</summary>
    Credentials,

    /// <summary>
    /// The endpoint does not offer the operation (UnknownOperationException, 404/501, or a 5xx answered with a page that
    /// is not an AWS error): permanent for this connection.
    /// </summary>
    Unsupported,

    /// <summary>The named resource does not exist (ClusterNotFoundException, NoSuchEntity, ...): permanent.</summary>
    NotFound,

    /// <summary>The request was refused as invalid (ValidationException, InvalidParameterException, ...): permanent.</summary>
    Validation,

    /// <summary>The answer could not be read at all: permanent for this response shape.</summary>
    Unreadable,
}
