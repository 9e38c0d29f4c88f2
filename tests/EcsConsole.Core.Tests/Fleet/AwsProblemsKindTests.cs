using System.Net;
using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
namespace EcsConsole.Core.Tests.Fleet;

public sealed class AwsProblemsKindTests
{
    private static AwsProblem Describe(string code, HttpStatusCode status, string service = "ECS", string operation = "DescribeTasks", string? message = "AWS says no") =>
        AwsProblems.Describe(new FleetReadException($"{operation} in cluster prod", new AwsServiceException(service, operation, code, message, "req-7", status)));

    [Fact]
    public void Describe_Throttling_SaysTheConsoleRetriesAndNotToCheckPermissions()
    {
        var problem = Describe("ThrottlingException", HttpStatusCode.BadRequest);

        Assert.StartsWith("AWS is throttling requests; the console retries.", problem.Advice);
        Assert.DoesNotContain("permission", problem.Advice);
        Assert.True(problem.Transient);
    }

    [Fact]
    public void Describe_UnknownOperation_SaysTheEndpointDoesNotOfferItWithoutTryAgain()
    {
        var problem = Describe("UnknownOperationException", HttpStatusCode.BadRequest, operation: "DescribeServiceDeployments");

        Assert.StartsWith("This endpoint does not offer DescribeServiceDeployments.", problem.Advice);
        Assert.DoesNotContain("try again", problem.Advice, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("retries", problem.Advice);
        Assert.False(problem.Transient);
    }

    [Theory]
    [InlineData("ECS", "DescribeTasks", "ecs:DescribeTasks")]
    [InlineData("Elastic Load Balancing v2", "DescribeTargetHealth", "elasticloadbalancing:DescribeTargetHealth")]
    [InlineData("Application Auto Scaling", "DescribeScalableTargets", "application-autoscaling:DescribeScalableTargets")]
    [InlineData("CloudWatch", "GetMetricData", "cloudwatch:GetMetricData")]
    public void Describe_AccessDenied_NamesTheIamActionToGrant(string service, string operation, string action)
    {
        var problem = Describe("AccessDeniedException", HttpStatusCode.BadRequest, service, operation);

        Assert.Contains($"grant {action}", problem.Advice);
        Assert.False(problem.Transient);
        Assert.Equal(operation, problem.Operation);
    }

    [Fact]
    public void Describe_ExpiredCredentials_AdvisesSigningInAndIsLasting()
    {
        var problem = Describe("ExpiredTokenException", HttpStatusCode.BadRequest);

        Assert.Contains("sign in again", problem.Advice);
        Assert.False(problem.Transient);
    }

    [Fact]
    public void Describe_ServiceNotFound_SaysItMayHaveBeenDeleted() =>
        Assert.Contains("may have been deleted", Describe("ServiceNotFoundException", HttpStatusCode.BadRequest).Advice);

    [Fact]
    public void Describe_NetworkFailure_IsTransientAndHasNoCode()
    {
        var problem = AwsProblems.Describe(new AwsServiceException("ECS", "ListClusters", AwsServiceException.NetworkFailureCode, "Connection refused", null, 0));

        Assert.Null(problem.Code);
        Assert.True(problem.Transient);
        Assert.Contains("could not be reached", problem.Advice);
    }

    [Fact]
    public void Describe_HtmlErrorPage_ShowsStatusAndTitleNeverTheMarkup()
    {
        var page = "<html><head><title>503 Service Temporarily Unavailable</title></head><body><center>nginx</center></body></html>";
        var problem = AwsProblems.Describe(new AwsServiceException("ECS", "DescribeTasks", "Http503", page, null, HttpStatusCode.ServiceUnavailable) { BodyWasAwsError = false });

        Assert.Equal("HTTP 503: 503 Service Temporarily Unavailable", problem.Message);
        Assert.DoesNotContain("<", problem.ToString());
    }

    [Fact]
    public void Failure_MessageWithStop_OneSentence() =>
        Assert.Equal(
            "DescribeTasks failed (ThrottlingException): Rate exceeded.",
            new AwsProblem("DescribeTasks", "ThrottlingException", "Rate exceeded.", null, "Wait.").Failure);
}
