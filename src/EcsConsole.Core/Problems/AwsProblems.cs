using System.Net;
using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;
using EcsConsole.Core.Text;

namespace EcsConsole.Core.Problems;

/// <summary>
/// Explains a failure for the person at the console as an <see cref="AwsProblem"/>, the one problem type every page shows
/// (through <c>ProblemAlert</c>): a failed read (<see cref="Describe"/>) or a refused or failed action (<see cref="ForAction"/>).
/// </summary>
public static class AwsProblems
{
    private const string Unreachable =
        "The endpoint could not be reached: check the network, the region and the endpoint URL (or that the sandbox is running). The console retries.";

    private const string Unreadable =
        "The console could not read the endpoint's answer: it does not match the AWS model for this call. Trying again will not help until the endpoint or the console changes.";

    // IAM names services by their own prefix, which is not always the endpoint's signing name.
    private static readonly Dictionary<string, string> IamPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ECS"] = "ecs", ["ECR"] = "ecr", ["CloudWatch Logs"] = "logs", ["Application Auto Scaling"] = "application-autoscaling",
        ["CodeDeploy"] = "codedeploy", ["ServiceDiscovery"] = "servicediscovery", ["Secrets Manager"] = "secretsmanager",
        ["CloudWatch"] = "cloudwatch", ["IAM"] = "iam", ["Elastic Load Balancing v2"] = "elasticloadbalancing",
        ["Auto Scaling"] = "autoscaling", ["EC2"] = "ec2", ["SSM"] = "ssm", ["STS"] = "sts",
    };

    public static AwsProblem Describe(Exception exception)
    {
        var what = exception is FleetReadException read ? read.Operation : "Reading the ECS fleet";
        var cause = exception is FleetReadException ? exception.InnerException ?? exception : exception;
        return cause switch
        {
            AwsServiceException aws => FromAws(what, aws),
            HttpRequestException => new AwsProblem(what, null, cause.Message, null, Unreachable) { Transient = true },
            TimeoutException or TaskCanceledException => new AwsProblem(
                what, null, "The request timed out", null, "AWS did not answer in time; the console retries.")
            { Transient = true },
            JsonException => new AwsProblem(what, null, MarkupText.ForPeople(cause.Message, 0), null, Unreadable),
            _ => new AwsProblem(what, null, MarkupText.ForPeople(cause.Message, 0), null,
                "The console retries; if this persists, check the server log."),
        };
    }

    /// <summary>
    /// A refused or failed action told for the operator (a rollout, a wizard run, a change of settings): what failed,
    /// AWS's code and message when AWS answered, whether trying again can help, and what to do next.
    /// </summary>
    public static AwsProblem ForAction(string what, Exception exception) => exception switch
    {
        OperationDeniedException denied => new AwsProblem(
            what, null, denied.Message, null,
            "Nothing was sent to AWS. Ask an administrator for the Operator role, or type the confirmation exactly as asked."),
        AwsServiceException { IsNetworkFailure: true } aws => new AwsProblem(
            what, null, aws.AwsMessage ?? aws.Message, null,
            "AWS could not be reached: check the network, the region and the endpoint, then try again.")
        { Transient = true, Operation = aws.Operation },
        // Never a raw page: an endpoint that lacks the call may answer with HTML, shown as its status and title only.
        AwsServiceException aws => new AwsProblem(
            what, aws.BodyWasAwsError ? aws.ErrorCode : null, aws.AwsMessage is null ? FailureText.Strip(aws.Message) : FailureText.Message(aws), aws.RequestId,
            ActionAdviceFor(aws))
        { Transient = aws.IsTransient, Operation = aws.Operation },
        RolloutNotFollowedException => new AwsProblem(
            what, null, exception.Message, null, "ECS accepted the change, so do not start it again blindly; the audit trail records this outcome."),
        ArgumentException or InvalidOperationException or RolloutValidationException => new AwsProblem(
            what, null, FailureText.Strip(exception.Message), null, "Correct the input above and try again; nothing was sent to AWS."),
        _ => new AwsProblem(what, null, exception.Message, null, "Try again; if this persists, check the server log."),
    };

    private static string ActionAdviceFor(AwsServiceException aws) => aws.Kind switch
    {
        // Permanent for this connection: trying again cannot help, so the advice says where to look instead.
        AwsErrorKind.Unsupported =>
            $"This endpoint does not offer {aws.Operation}; trying again will not help. The Connection page lists what this connection offers.",
        AwsErrorKind.Throttling => "AWS is throttling requests: wait a few seconds and try again.",
        AwsErrorKind.Transient => "AWS had a temporary problem: try again in a moment.",
        _ => aws.ErrorCode switch
        {
            "InvalidParameterException" when aws.Operation == "ExecuteCommand" && (aws.AwsMessage ?? "").Contains("execute command was not enabled", StringComparison.OrdinalIgnoreCase) =>
                "Execute command is off for this task, or its exec agent is not running yet: an Operator can Enable and redeploy (new tasks start with it on); a task that just started needs a minute.",
            "TargetNotConnectedException" =>
                "The task's exec agent could not reach Session Manager: give the task role ssmmessages:CreateControlChannel, ssmmessages:CreateDataChannel, ssmmessages:OpenControlChannel and ssmmessages:OpenDataChannel, let the task reach ssmmessages (NAT or a VPC endpoint), then start new tasks.",
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
        },
    };

    /// <summary>The IAM action that allows the call, as <c>ecs:DescribeTasks</c>.</summary>
    public static string IamAction(string service, string operation) =>
        $"{(IamPrefixes.TryGetValue(service, out var prefix) ? prefix : service.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal))}:{operation}";

    private static AwsProblem FromAws(string what, AwsServiceException aws)
    {
        var kind = aws.Kind;
        var message = MarkupText.ForPeople(aws.AwsMessage ?? aws.InnerException?.Message ?? aws.Message, aws.StatusCode);
        var code = kind == AwsErrorKind.Network ? null : aws.ErrorCode;
        return new AwsProblem(what, code, message, aws.RequestId, AdviceFor(aws, kind))
        {
            Transient = aws.IsTransient,
            Operation = aws.Operation,
        };
    }

    private static string AdviceFor(AwsServiceException aws, AwsErrorKind kind) => kind switch
    {
        AwsErrorKind.Network => Unreachable,
        AwsErrorKind.Throttling => "AWS is throttling requests; the console retries. If this persists, raise Monitor:PollInterval.",
        AwsErrorKind.Transient => "AWS had an internal problem; the console retries.",
        AwsErrorKind.Unsupported => $"This endpoint does not offer {aws.Operation}. The console shows everything else it can read.",
        AwsErrorKind.AccessDenied =>
            $"The identity in use lacks permission to call {aws.Operation}: grant {IamAction(aws.Service, aws.Operation)} in its IAM policy.",
        AwsErrorKind.Credentials when aws.ErrorCode is "ExpiredTokenException" or "ExpiredToken" or "RequestExpired" =>
            "The session has expired: sign in again (for SSO profiles run `aws sso login --profile <name>`), then switch the connection.",
        AwsErrorKind.Credentials =>
            "AWS does not accept these credentials: check the access key, the secret and the profile in use.",
        AwsErrorKind.NotFound when aws.ErrorCode == "ClusterNotFoundException" =>
            "The cluster no longer exists in this region: it may have been deleted, or the region is wrong.",
        AwsErrorKind.NotFound => "AWS does not know this resource in this region: it may have been deleted, or the region is wrong.",
        AwsErrorKind.Validation => "AWS refused the request as invalid: check the values it names.",
        AwsErrorKind.Unreadable => Unreadable,
        _ when aws.StatusCode >= HttpStatusCode.InternalServerError => "AWS had an internal problem; the console retries.",
        _ => "Check the error against the AWS documentation for this call.",
    };
}
