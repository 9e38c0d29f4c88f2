using System.Net;
using EcsConsole.Aws;
using EcsConsole.Core.Security;
using EcsConsole.Web.Model.Rollouts;

namespace EcsConsole.Web.Tests.Rollouts;

public sealed class OperationProblemTests
{
    [Fact]
    public void From_Denied_SaysNothingWasSentAndHowToGetTheRole()
    {
        var problem = OperationProblem.From("Starting the rollout", new OperationDeniedException(MutatingOperation.RolloutStart, "viewer may not start rollouts."));

        Assert.Null(problem.Code);
        Assert.Equal("viewer may not start rollouts.", problem.Message);
        Assert.Contains("Nothing was sent to AWS", problem.Advice);
    }

    [Fact]
    public void From_AwsError_KeepsAwsCodeMessageAndRequestId()
    {
        var aws = new AwsServiceException("ecs", "UpdateService", "InvalidParameterException", "minimumHealthyPercent must be <= maximumPercent", "req-7", HttpStatusCode.BadRequest);

        var problem = OperationProblem.From("Starting the rollout", aws);

        Assert.Equal("InvalidParameterException", problem.Code);
        Assert.Equal("minimumHealthyPercent must be <= maximumPercent", problem.Message);
        Assert.Equal("req-7", problem.RequestId);
        Assert.Contains("correct the setting", problem.Advice);
    }
}
