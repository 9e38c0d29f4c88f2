using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Rollouts;

namespace EcsConsole.Core.Tests.Rollouts;

public sealed class DeploymentProgressReaderTests
{
    private static readonly DateTimeOffset Now = CannedDeployments.Created.AddMinutes(3);

    private static DeploymentProgress Read(ServiceDeployment deployment, DeploymentReadContext? context = null) =>
        DeploymentProgressReader.Read(deployment, context ?? DeploymentReadContext.Empty(Now));

    [Fact]
    public void Read_RollingInProgress_ShowsCountsBreakerAndScaleUpCurrent()
    {
        var context = DeploymentReadContext.Empty(Now) with
        {
            RevisionTaskDefinitions = new Dictionary<string, string?>
            {
                [CannedDeployments.BlueRevision] = "arn:aws:ecs:eu-west-1:000000000000:task-definition/news:4",
                [CannedDeployments.GreenRevision] = "arn:aws:ecs:eu-west-1:000000000000:task-definition/news:5",
            },
        };

        var progress = Read(CannedDeployments.Rolling(), context);

        Assert.Null(progress.Outcome);
        Assert.True(progress.IsInProgress);
        Assert.Equal(("prod", "news"), (progress.Cluster, progress.Service));
        Assert.Equal(DeploymentStrategyKind.Rolling, progress.Strategy);
        Assert.Equal([new StageStep("SCALE_UP", StepState.Current), new StageStep("CLEAN_UP", StepState.Pending)], progress.Stages);
        Assert.Equal(new RevisionProgress(CannedDeployments.GreenRevision, "news:5", 1, 1, 3, null, null), progress.Target);
        Assert.Equal("news:4", Assert.Single(progress.Sources).TaskDefinition);
        Assert.Equal(new CircuitBreakerProgress("MONITORING", 1, 3), progress.CircuitBreaker);
        Assert.False(progress.CircuitBreaker!.Tripped);
    }

    [Fact]
    public void Read_RollingSuccessful_EveryStageDone()
    {
        var progress = Read(CannedDeployments.Rolling("SUCCESSFUL") with { FinishedAt = Now });

        Assert.Equal(DeploymentOutcome.Succeeded, progress.Outcome);
        Assert.All(progress.Stages, s => Assert.Equal(StepState.Done, s.State));
        Assert.Equal(Now, progress.FinishedAt);
    }

    [Fact]
    public void Read_CircuitBreakerRollback_IsRolledBackAndAFailure()
    {
        var progress = Read(CannedDeployments.CircuitBreakerRolledBack());

        Assert.Equal(DeploymentOutcome.RolledBack, progress.Outcome);
        Assert.True(progress.Outcome!.Value.IsFailure());
        Assert.Equal("rolled back", progress.Outcome.Value.Describe());
        Assert.True(progress.CircuitBreaker!.Tripped);
        Assert.Equal(3, progress.CircuitBreaker.Failures);
        Assert.Equal("Circuit breaker: tasks failed to start", progress.RollbackReason);
    }

    [Theory]
    [InlineData("ROLLBACK_IN_PROGRESS")]
    [InlineData("ROLLBACK_REQUESTED")]
    [InlineData("STOP_REQUESTED")]
    [InlineData("PENDING")]
    public void Read_StillMoving_HasNoOutcome(string status)
    {
        Assert.Null(Read(CannedDeployments.Rolling(status)).Outcome);
    }

    [Fact]
    public void Read_StoppedAfterBreakerTripped_IsFailedNotStopped()
    {
        var deployment = CannedDeployments.Rolling("STOPPED") with
        {
            DeploymentCircuitBreaker = new ServiceDeploymentCircuitBreaker { Status = "TRIGGERED", FailureCount = 3, Threshold = 3 },
        };

        Assert.Equal(DeploymentOutcome.Failed, Read(deployment).Outcome);
    }

    [Fact]
    public void Read_StoppedByOperator_IsStopped()
    {
        Assert.Equal(DeploymentOutcome.Stopped, Read(CannedDeployments.Rolling("STOPPED")).Outcome);
    }

    [Fact]
    public void Read_RollbackFailed_IsFailed()
    {
        Assert.Equal(DeploymentOutcome.Failed, Read(CannedDeployments.Rolling("ROLLBACK_FAILED")).Outcome);
    }

    [Fact]
    public void Read_BlueGreenInTestTrafficShift_ShowsStepsAndEcsWeights()
    {
        var progress = Read(CannedDeployments.Staged("BLUE_GREEN", "TEST_TRAFFIC_SHIFT"));

        Assert.Equal(DeploymentStrategyKind.BlueGreen, progress.Strategy);
        Assert.Equal(
            ["PRE_SCALE_UP", "SCALE_UP", "POST_SCALE_UP", "TEST_TRAFFIC_SHIFT", "POST_TEST_TRAFFIC_SHIFT", "PRODUCTION_TRAFFIC_SHIFT", "POST_PRODUCTION_TRAFFIC_SHIFT", "BAKE_TIME", "CLEAN_UP"],
            progress.Stages.Select(s => s.Stage));
        Assert.Equal([StepState.Done, StepState.Done, StepState.Done, StepState.Current], progress.Stages.Take(4).Select(s => s.State));
        Assert.All(progress.Stages.Skip(4), s => Assert.Equal(StepState.Pending, s.State));
        Assert.Equal(10, progress.ProductionTrafficWeight);
        Assert.Equal(100, progress.TestTrafficWeight);
        Assert.Null(progress.PendingHook);
    }

    [Fact]
    public void Read_ListenerRuleWeightsKnown_PreferThemToRequested()
    {
        var context = DeploymentReadContext.Empty(Now) with { ProductionTrafficWeight = 25, TestTrafficWeight = 100 };

        var progress = Read(CannedDeployments.Staged("LINEAR", "PRODUCTION_TRAFFIC_SHIFT"), context);

        Assert.Equal(25, progress.ProductionTrafficWeight);
        Assert.Equal(DeploymentStrategyKind.Linear, progress.Strategy);
    }

    [Fact]
    public void Read_CanaryWaitingAtPauseHook_OffersTheHook()
    {
        var progress = Read(CannedDeployments.WaitingAtPause("CANARY"));

        Assert.Equal(DeploymentStrategyKind.Canary, progress.Strategy);
        Assert.Equal(new PendingHook("hook-1", "POST_TEST_TRAFFIC_SHIFT", "PAUSE", CannedDeployments.Created.AddDays(1), "ROLLBACK"), progress.PendingHook);
        Assert.Equal(StepState.Current, progress.Stages.Single(s => s.Stage == "POST_TEST_TRAFFIC_SHIFT").State);
    }

    [Fact]
    public void Read_HookAlreadySucceeded_OffersNothing()
    {
        var deployment = CannedDeployments.WaitingAtPause("BLUE_GREEN") with
        {
            LifecycleHookDetails = [new DeploymentLifecycleHookDetail { HookId = "hook-1", TargetType = "PAUSE", Status = "SUCCEEDED" }],
        };

        Assert.Null(Read(deployment).PendingHook);
    }

    [Fact]
    public void Read_InBakeTime_CountsDownFromWhenTheStageWasFirstSeen()
    {
        var seen = CannedDeployments.Created.AddMinutes(10);
        var context = DeploymentReadContext.Empty(seen.AddMinutes(2)) with { BakeStartedAt = seen };

        var progress = Read(CannedDeployments.Staged("BLUE_GREEN", "BAKE_TIME", bakeMinutes: 5), context);

        Assert.Equal(TimeSpan.FromMinutes(3), progress.BakeTimeRemaining);
        Assert.Equal(seen.AddMinutes(5), progress.BakeEndsAt);
    }

    [Fact]
    public void Read_BakeTimeOverrun_ShowsZeroNotNegative()
    {
        var seen = CannedDeployments.Created.AddMinutes(10);
        var context = DeploymentReadContext.Empty(seen.AddMinutes(9)) with { BakeStartedAt = seen };

        Assert.Equal(TimeSpan.Zero, Read(CannedDeployments.Staged("BLUE_GREEN", "BAKE_TIME", bakeMinutes: 5), context).BakeTimeRemaining);
    }

    [Fact]
    public void Read_NotInBakeTime_HasNoBakeTimer()
    {
        var context = DeploymentReadContext.Empty(Now) with { BakeStartedAt = CannedDeployments.Created };

        Assert.Null(Read(CannedDeployments.Staged("BLUE_GREEN", "CLEAN_UP"), context).BakeTimeRemaining);
    }

    [Fact]
    public void Read_Alarms_CarryCloudWatchStateAndWhichTripped()
    {
        var deployment = CannedDeployments.Rolling() with
        {
            Alarms = new ServiceDeploymentAlarms { Status = "TRIGGERED", AlarmNames = ["news-5xx", "news-latency"], TriggeredAlarmNames = ["news-5xx"] },
        };
        var context = DeploymentReadContext.Empty(Now) with
        {
            AlarmStates = new Dictionary<string, string?> { ["news-5xx"] = "ALARM", ["news-latency"] = "OK" },
        };

        var progress = Read(deployment, context);

        Assert.Equal([new AlarmProgress("news-5xx", "ALARM", true), new AlarmProgress("news-latency", "OK", false)], progress.Alarms);
    }

    [Fact]
    public void Read_SamePollTwice_ComparesEqual()
    {
        Assert.Equal(Read(CannedDeployments.WaitingAtPause("CANARY")), Read(CannedDeployments.WaitingAtPause("CANARY")));
    }
}
