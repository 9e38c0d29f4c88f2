using System.Net;
using EcsConsole.Aws;
using EcsConsole.Core.Security;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
namespace EcsConsole.Web.Tests.Rollouts;

public sealed class ActionProblemTests
{
    [Fact]
    public void ForAction_Denied_SaysNothingWasSentAndHowToGetTheRole()
    {
        var problem = AwsProblems.ForAction("Starting the rollout", new OperationDeniedException(MutatingOperation.RolloutStart, "viewer may not start rollouts."));

        Assert.Null(problem.Code);
        Assert.Equal("viewer may not start rollouts.", problem.Message);
        Assert.Contains("Nothing was sent to AWS", problem.Advice);
    }

    [Fact]
    public void ForAction_AwsError_KeepsAwsCodeMessageAndRequestId()
    {
        var aws = new AwsServiceException("ecs", "UpdateService", "InvalidParameterException", "minimumHealthyPercent must be <= maximumPercent", "req-7", HttpStatusCode.BadRequest);

        var problem = AwsProblems.ForAction("Starting the rollout", aws);

        Assert.Equal("InvalidParameterException", problem.Code);
        Assert.Equal("minimumHealthyPercent must be <= maximumPercent", problem.Message);
        Assert.Equal("req-7", problem.RequestId);
        Assert.Contains("correct the setting", problem.Advice);
    }

    [Fact]
    public void ForAction_Throttled_IsTransient()
    {
        var aws = new AwsServiceException("ecs", "UpdateService", "ThrottlingException", "Rate exceeded", "req-8", HttpStatusCode.BadRequest);

        var problem = AwsProblems.ForAction("Starting the rollout", aws);

        Assert.True(problem.Transient);
        Assert.Equal("UpdateService", problem.Operation);
    }

    [Fact]
    public void ForAction_Denied_IsLasting()
    {
        var problem = AwsProblems.ForAction("Scaling", new OperationDeniedException(MutatingOperation.RolloutStart, "viewer may not."));

        Assert.False(problem.Transient);
    }
}
