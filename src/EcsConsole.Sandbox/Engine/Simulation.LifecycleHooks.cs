using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine;

/// <summary>
/// Lifecycle hooks of staged deployments. A PAUSE hook waits (AWAITING_ACTION) for ContinueServiceDeployment until its
/// timeout, then takes its timeout action. The sandbox has no Lambda: an AWS_LAMBDA hook answers after a few seconds,
/// SUCCEEDED, or FAILED when the function name contains "fail", so a demo can show a hook rejecting a deployment.
/// </summary>
internal sealed partial class Simulation
{
    private static string? HookStage(RolloutPhase phase) => phase switch
    {
        RolloutPhase.PreScaleUp => "PRE_SCALE_UP",
        RolloutPhase.PostScaleUp => "POST_SCALE_UP",
        RolloutPhase.TestTrafficShift => "TEST_TRAFFIC_SHIFT",
        RolloutPhase.PostTestTrafficShift => "POST_TEST_TRAFFIC_SHIFT",
        RolloutPhase.PreProductionTrafficShift => "PRE_PRODUCTION_TRAFFIC_SHIFT",
        RolloutPhase.ProductionTrafficShift => "PRODUCTION_TRAFFIC_SHIFT",
        RolloutPhase.PostProductionTrafficShift => "POST_PRODUCTION_TRAFFIC_SHIFT",
        _ => null,
    };

    private void StartHooks(ServiceState service, DeploymentState green, DateTimeOffset now)
    {
        var rollout = green.Staged!;
        if (HookStage(rollout.Phase) is not { } stage)
        {
            return;
        }

        foreach (var hook in green.Configuration.LifecycleHooks.Where(h => h.LifecycleStages.Contains(stage)))
        {
            var run = new LifecycleHookRunState
            {
                HookId = Ids.Alphanumeric(20),
                Hook = hook,
                Stage = stage,
                PhaseSequence = rollout.PhaseSequence,
                Status = hook.TargetType == LifecycleHookState.Pause ? "AWAITING_ACTION" : "IN_PROGRESS",
                StartedAt = now,
            };
            rollout.HookRuns.Add(run);
            AddEvent(service, now, hook.TargetType == LifecycleHookState.Pause
                ? $"(deployment {green.Id}) is paused at lifecycle stage {stage} (hook {run.HookId}) until the deployment is continued or rolled back."
                : $"(deployment {green.Id}) invoked lifecycle hook {hook.HookTargetArn} at lifecycle stage {stage} (hook {run.HookId}).");
        }
    }

    /// <summary>True when every hook of the current phase has let the deployment go on; may roll the deployment back.</summary>
    private bool HooksDone(ClusterState cluster, ServiceState service, DeploymentState green, DateTimeOffset now)
    {
        var rollout = green.Staged!;
        foreach (var run in rollout.HookRuns.Where(r => r.PhaseSequence == rollout.PhaseSequence))
        {
            if (run.Status == "IN_PROGRESS" && now >= run.StartedAt + LambdaHookDuration)
            {
                var fails = run.Hook.HookTargetArn?.Split(':')[^1].Contains("fail", StringComparison.OrdinalIgnoreCase) == true;
                run.Status = fails ? "FAILED" : "SUCCEEDED";
                run.FinishedAt = now;
                AddEvent(service, now, $"(deployment {green.Id}) lifecycle hook {run.HookId} at {run.Stage} {(fails ? "failed" : "succeeded")}.");
            }
            else if (run.Status == "AWAITING_ACTION" && now >= run.ExpiresAt)
            {
                run.Status = "TIMED_OUT";
                run.FinishedAt = now;
                AddEvent(service, now, $"(deployment {green.Id}) lifecycle hook {run.HookId} at {run.Stage} timed out; taking its timeout action {run.Hook.EffectiveTimeoutAction}.");
            }

            if (run.Status == "FAILED" || (run.Status == "TIMED_OUT" && run.Hook.EffectiveTimeoutAction == "ROLLBACK"))
            {
                RollBackStaged(cluster, service, green, $"Service deployment rolled back because lifecycle hook {run.HookId} at {run.Stage} {(run.Status == "FAILED" ? "failed" : "timed out")}.", now, abort: false);
                return false;
            }
        }

        return rollout.HookRuns.Where(r => r.PhaseSequence == rollout.PhaseSequence).All(r => r.Status is "SUCCEEDED" or "TIMED_OUT");
    }

    /// <summary>ContinueServiceDeployment: the operator's answer to a PAUSE hook that is waiting.</summary>
    public void ContinueHook(ClusterState cluster, ServiceState service, DeploymentState green, LifecycleHookRunState run, bool rollBack, DateTimeOffset now)
    {
        run.Status = rollBack ? "FAILED" : "SUCCEEDED";
        run.FinishedAt = now;
        green.UpdatedAt = now;
        if (rollBack)
        {
            AddEvent(service, now, $"(deployment {green.Id}) lifecycle hook {run.HookId} at {run.Stage}: rollback requested.");
            RollBackStaged(cluster, service, green, $"Service deployment rolled back at lifecycle hook {run.HookId} ({run.Stage}) on request.", now, abort: false);
        }
        else
        {
            AddEvent(service, now, $"(deployment {green.Id}) lifecycle hook {run.HookId} at {run.Stage}: continued.");
        }
    }
}
