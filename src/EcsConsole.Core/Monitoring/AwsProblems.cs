using System.Net;
using EcsConsole.Aws;

namespace EcsConsole.Core.Monitoring;

/// <summary>Explains a failed AWS call for the person at the console.</summary>
public static class AwsProblems
{
    private const string Unreachable =
        "The endpoint could not be reached: check the network, the region and the endpoint URL (or that the sandbox is running).";

    public static AwsProblem Describe(Exception exception)
    {
        var what = exception is FleetReadException read ? read.Operation : "Reading the ECS fleet";
        var cause = exception is FleetReadException ? exception.InnerException ?? exception : exception;
        return cause switch
        {
            AwsServiceException { IsNetworkFailure: true } aws => new AwsProblem(
                what, null, aws.AwsMessage ?? aws.InnerException?.Message ?? aws.Message, null, Unreachable),
            AwsServiceException aws => new AwsProblem(
                what, aws.ErrorCode, aws.AwsMessage ?? aws.Message, aws.RequestId, AdviceFor(aws.ErrorCode, aws.StatusCode)),
            HttpRequestException => new AwsProblem(what, null, cause.Message, null, Unreachable),
            TimeoutException or TaskCanceledException => new AwsProblem(
                what, null, "The request timed out", null, "AWS did not answer in time; the console retries on the next poll."),
            _ => new AwsProblem(what, null, cause.Message, null, "The console retries on the next poll; if this persists, check the server log."),
        };
    }

    private static string AdviceFor(string code, HttpStatusCode status) => code switch
    {
        "ExpiredTokenException" or "ExpiredToken" or "RequestExpired" =>
            "The session has expired: sign in again (for SSO profiles run `aws sso login --profile <name>`), then switch the connection.",
        "UnrecognizedClientException" or "InvalidClientTokenId" or "InvalidSignatureException" or "SignatureDoesNotMatch" or "IncompleteSignature" =>
            "AWS does not accept these credentials: check the access key, the secret and the profile in use.",
        "AccessDeniedException" or "AccessDenied" =>
            "The identity in use lacks permission for this call: add the ECS read permissions (ecs:List*, ecs:Describe*) to its IAM policy.",
        "ThrottlingException" or "TooManyRequestsException" or "RequestLimitExceeded" =>
            "AWS is throttling requests: the console retries on the next poll; raise Monitor:PollInterval if this persists.",
        "ClusterNotFoundException" =>
            "The cluster no longer exists in this region: it may have been deleted, or the region is wrong.",
        _ when status is >= HttpStatusCode.InternalServerError =>
            "AWS had an internal problem: the console retries on the next poll.",
        _ => "Check the error above against the AWS documentation for this call; the console retries on the next poll.",
    };
}
