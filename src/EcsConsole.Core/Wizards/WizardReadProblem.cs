using EcsConsole.Aws;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// What a wizard page says when one of its reads fails: the call that failed (not a guess at several), AWS's code and
/// message, and advice that fits the kind of failure, so a throttled read says it is retried rather than blaming names
/// or permissions.
/// </summary>
public static class WizardReadProblem
{
    /// <param name="call">The service and operation as people know them, e.g. <c>ECR DescribeImages</c>.</param>
    /// <param name="subject">What the call was about, e.g. a repository name; null when nothing in particular.</param>
    /// <param name="retrying">Whether the page tries again by itself (it does for transient failures).</param>
    public static string Describe(string call, string? subject, AwsServiceException error, bool retrying)
    {
        var message = (error.AwsMessage ?? "").Trim().TrimEnd('.');
        var what = $"{call} failed{(subject is null ? "" : $" for {subject}")}: {error.ErrorCode}{(message.Length > 0 ? $": {message}" : "")}.";
        return $"{what} {Advice(call, subject, error.Kind, retrying)}";
    }

    private static string Advice(string call, string? subject, AwsErrorKind kind, bool retrying) => kind switch
    {
        AwsErrorKind.Throttling => retrying ? "AWS is throttling, retrying." : "AWS is throttling: retry in a moment.",
        AwsErrorKind.Transient => retrying ? "AWS answered with a passing error, retrying." : "AWS answered with a passing error: retry in a moment.",
        AwsErrorKind.Network => retrying ? "AWS could not be reached, retrying." : "AWS could not be reached: check the connection, then retry.",
        AwsErrorKind.AccessDenied => $"The console's credentials may not call {call}: grant it (the IAM policy in the README lists it), then retry.",
        AwsErrorKind.Credentials => "The console's credentials were refused: renew them or sign in again, then retry.",
        AwsErrorKind.Unsupported => $"This endpoint does not offer {call}: type the value instead.",
        AwsErrorKind.NotFound => subject is null ? "It does not exist: check the region." : $"{subject} does not exist: check the name and the region.",
        AwsErrorKind.Validation => "AWS refused the request as invalid: check what was typed.",
        _ => "Retry, or type the value instead.",
    };
}
