using System.Net;
using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
namespace EcsConsole.Core.Tests.Fleet;

public sealed class AwsProblemsTests
{
    private static AwsServiceException AwsError(string code, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        new("ECS", "ListClusters", code, "AWS says no", "req-7", status);

    [Fact]
    public void Describe_ExpiredToken_KeepsAwsCodeMessageAndRequestIdAndAdvisesSignIn()
    {
        var problem = AwsProblems.Describe(new FleetReadException("ListClusters", AwsError("ExpiredTokenException")));

        Assert.Equal(("ListClusters", "ExpiredTokenException", "AWS says no", "req-7"), (problem.What, problem.Code, problem.Message, problem.RequestId));
        Assert.Contains("sso login", problem.Advice);
    }

    [Fact]
    public void Describe_NetworkFailure_AdvisesCheckingEndpointWithoutInventingCode()
    {
        var failure = new AwsServiceException("ECS", "ListClusters", AwsServiceException.NetworkFailureCode, "Connection refused (127.0.0.1:4566)", null, 0);

        var problem = AwsProblems.Describe(new FleetReadException("ListClusters", failure));

        Assert.Null(problem.Code);
        Assert.Contains("Connection refused", problem.Message);
        Assert.Contains("endpoint could not be reached", problem.Advice);
    }

    [Fact]
    public void Describe_ServerError_SaysAwsHadAProblem()
    {
        var problem = AwsProblems.Describe(AwsError("InternalFailure", HttpStatusCode.InternalServerError));

        Assert.Contains("internal problem", problem.Advice);
    }

    [Fact]
    public void ToString_Problem_ReadsAsOneSentenceForLogs()
    {
        var text = new AwsProblem("ListClusters", "AccessDeniedException", "denied", null, "Add permissions.").ToString();

        Assert.Equal("ListClusters failed: AccessDeniedException: denied. Add permissions.", text);
    }
}
