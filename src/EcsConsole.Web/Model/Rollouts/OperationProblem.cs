using System.Net;
using EcsConsole.Aws;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;

namespace EcsConsole.Web.Model.Rollouts;

/// <summary>
/// A refused or failed rollout action told for the operator: what failed, AWS's code and message when AWS answered,
/// and what to do next. Built from the exception the service layer threw, so nothing is swallowed.
/// </summary>
public sealed record OperationProblem(string What, string? Code, string Message, string? RequestId, string Advice)
{
    public static OperationProblem From(string what, Exception exception) => exception switch
    {
        OperationDeniedException denied => new OperationProblem(
            what, null, denied.Message, null,
            "Nothing was sent to AWS. Ask an administrator for the Operator role, or type the confirmation exactly as asked."),
        AwsServiceException { IsNetworkFailure: true } aws => new OperationProblem(
            what, null, aws.AwsMessage ?? aws.Message, null,
            "AWS could not be reached: check the network, the region and the endpoint, then try again."),
        // Never a raw page: an endpoint that lacks the call may answer with HTML, shown as its status and title only.
        AwsServiceException aws => new OperationProblem(
            what, aws.BodyWasAwsError ? aws.ErrorCode : null, aws.AwsMessage is null ? FailureText.Strip(aws.Message) : FailureText.Message(aws), aws.RequestId, AdviceFor(aws)),
        RolloutNotFollowedException => new OperationProblem(
            what, null, exception.Message, null, "ECS accepted the change, so do not start it again blindly; the audit trail records this outcome."),
        ArgumentException or InvalidOperationException => new OperationProblem(
            what, null, FailureText.Strip(exception.Message), null, "Correct the input above and try again; nothing was sent to AWS."),
        _ => new OperationProblem(what, null, exception.Message, null, "Try again; if this persists, check the server log."),
    };

    private static string AdviceFor(AwsServiceException aws) => aws.Kind switch
    {
        // Permanent for this connection: trying again cannot help, so the advice says where to look instead.
        AwsErrorKind.Unsupported =>
            $"This endpoint does not offer {aws.Operation}; trying again will not help. The Connection page lists what this connection offers.",
        AwsErrorKind.Throttling => "AWS is throttling requests: wait a few seconds and try again.",
        AwsErrorKind.Transient => "AWS had a temporary problem: try again in a moment.",
        _ => AdviceForCode(aws),
    };

    private static string AdviceForCode(AwsServiceException aws) => aws.ErrorCode switch
    {
        "AccessDeniedException" or "AccessDenied" =>
            $"The AWS identity in use may not call {aws.Operation}: add it to the console's IAM policy (Admin → IAM policy).",
        "InvalidParameterException" or "ClientException" =>
            "ECS refused the request as sent: read its message above, correct the setting and try again.",
        "ServiceNotFoundException" or "ServiceNotActiveException" or "ClusterNotFoundException" =>
            "The service or cluster is gone or inactive: reload the service page.",
        "ThrottlingException" or "TooManyRequestsException" =>
            "AWS is throttling requests: wait a few seconds and try again.",
        "ServiceDeploymentNotFoundException" =>
            "ECS no longer knows this deployment: open the service's deployment history.",
        "ConflictException" =>
            "The deployment changed meanwhile (it may have finished or been stopped): look at its current state before acting again.",
        _ when aws.StatusCode >= HttpStatusCode.InternalServerError => "AWS had an internal problem: try again in a moment.",
        _ => "Check the message above against the ECS documentation for this call, then try again.",
    };
}
