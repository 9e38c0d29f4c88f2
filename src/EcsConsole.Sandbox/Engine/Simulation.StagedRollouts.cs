using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine;

/// <summary>
/// ECS-native BLUE_GREEN, LINEAR and CANARY deployments: the green revision scales up in the standby target group next to
/// blue, test and then production listener traffic shift to it (at once, in linear steps, or canary first), the bake
/// time keeps blue ready for an instant rollback, and clean-up scales blue down. Lifecycle hooks run at their stages.
/// </summary>
internal sealed partial class Simulation
{
    /// <summary>How long a simulated Lambda hook takes to answer.</summary>
    private static readonly TimeSpan LambdaHookDuration = TimeSpan.FromSeconds(5);

    private void AdvanceStaged(ClusterState cluster, ServiceState service, DeploymentState green, DateTimeOffset now)
    {
        var rollout = green.Staged!;
        if (rollout.Phase is >= RolloutPhase.ScaleUp and < RolloutPhase.CleanUp)
        {
            KeepGreenAtDesired(cluster, service, green, now);
        }

        // Phases without a wait pass within the same second, as ECS moves through them without delay.
        while (green.RolloutState == "IN_PROGRESS" && rollout.Phase is not (RolloutPhase.Done or RolloutPhase.Halted))
        {
            if (!PhaseActionDone(cluster, service, green, now) || !HooksDone(cluster, service, green, now))
            {
                return;
            }

            EnterPhase(cluster, service, green, NextPhase(green), now);
        }
    }

    private void KeepGreenAtDesired(ClusterState cluster, ServiceState service, DeploymentState green, DateTimeOffset now)
    {
        var alive = cluster.Tasks.Count(t => t.DeploymentId == green.Id && t.IsAlive);
        if (alive < service.DesiredCount)
        {
            StartServiceTasks(cluster, service, green, service.DesiredCount - alive, now);
        }
    }

    private bool PhaseActionDone(ClusterState cluster, ServiceState service, DeploymentState green, DateTimeOffset now)
    {
        var rollout = green.Staged!;
        return rollout.Phase switch
        {
            RolloutPhase.ScaleUp => cluster.Tasks.Count(t => t.DeploymentId == green.Id && IsHealthy(t)) >= service.DesiredCount,
            RolloutPhase.StepBake => now >= rollout.PhaseEnteredAt + TimeSpan.FromMinutes(StepBakeMinutes(green.Configuration)),
            RolloutPhase.BakeTime => now >= rollout.PhaseEnteredAt + TimeSpan.FromMinutes(green.Configuration.BakeTimeInMinutes ?? 0),
            RolloutPhase.CleanUp => !cluster.Tasks.Any(t => t.ServiceName == service.Name && t.DeploymentId != green.Id && t.LastStatus != "STOPPED"),
            _ => true,
        };
    }

    private static RolloutPhase NextPhase(DeploymentState green) => green.Staged!.Phase switch
    {
        RolloutPhase.ProductionTrafficShift => green.Staged.ProductionTrafficPercent < 100 ? RolloutPhase.StepBake : RolloutPhase.PostProductionTrafficShift,
        RolloutPhase.StepBake => RolloutPhase.PreProductionTrafficShift,
        RolloutPhase.CleanUp => RolloutPhase.Done,
        var phase => phase + 1,
    };

    private void EnterPhase(ClusterState cluster, ServiceState service, DeploymentState green, RolloutPhase phase, DateTimeOffset now)
    {
        var rollout = green.Staged!;
        rollout.Phase = phase;
        rollout.PhaseEnteredAt = now;
        rollout.PhaseSequence++;
        green.UpdatedAt = now;
        switch (phase)
        {
            case RolloutPhase.ScaleUp:
                AddEvent(service, now, $"(deployment {green.Id}) is scaling up the new service revision in (target-group {green.TargetGroupArn}).");
                KeepGreenAtDesired(cluster, service, green, now);
                break;
            case RolloutPhase.TestTrafficShift:
                rollout.TestTrafficPercent = 100;
                AddEvent(service, now, service.AdvancedConfiguration?.TestListenerRule is null
                    ? $"(deployment {green.Id}) has no test listener rule; test traffic shift skipped."
                    : $"(deployment {green.Id}) shifted 100% of test traffic to (target-group {green.TargetGroupArn}).");
                break;
            case RolloutPhase.ProductionTrafficShift:
                rollout.ProductionTrafficPercent = NextProductionPercent(green.Configuration, rollout.ProductionTrafficPercent);
                AddEvent(service, now, $"(deployment {green.Id}) shifted {rollout.ProductionTrafficPercent:0.#}% of production traffic to (target-group {green.TargetGroupArn}).");
                break;
            case RolloutPhase.StepBake:
                AddEvent(service, now, $"(deployment {green.Id}) is baking for {StepBakeMinutes(green.Configuration)} minutes before the next traffic shift.");
                break;
            case RolloutPhase.BakeTime:
                AddEvent(service, now, $"(deployment {green.Id}) is baking for {green.Configuration.BakeTimeInMinutes ?? 0} minutes; the previous revision stays ready for rollback.");
                break;
            case RolloutPhase.CleanUp:
                StopBlueTasks(cluster, service, green, now);
                break;
            case RolloutPhase.Done:
                FinishStaged(service, green, now);
                return;
        }

        StartHooks(service, green, now);
    }

    private void StopBlueTasks(ClusterState cluster, ServiceState service, DeploymentState green, DateTimeOffset now)
    {
        var blue = cluster.Tasks.Where(t => t.ServiceName == service.Name && t.DeploymentId != green.Id && t.IsAlive).ToList();
        var running = blue.Where(t => t.LastStatus == "RUNNING").ToList();
        if (running.Count > 0)
        {
            AddEvent(service, now, $"has stopped {running.Count} running tasks: {TaskList(running)}.");
        }

        foreach (var task in blue)
        {
            BeginStop(cluster, task, now, "ServiceSchedulerInitiated", $"Scaling activity initiated by (deployment {green.Id})", countsAsFailure: false);
        }
    }

    private void FinishStaged(ServiceState service, DeploymentState green, DateTimeOffset now)
    {
        // From now on the green target group is the production one; the next deployment's green goes to the other.
        service.ProductionTargetGroupArn = green.TargetGroupArn;
        green.RolloutState = "COMPLETED";
        green.RolloutStateReason = $"ECS deployment {green.Id} completed.";
        CompleteDeployment(green, now);
        AddEvent(service, now, $"(deployment {green.Id}) deployment completed.");
    }

    private static double NextProductionPercent(DeploymentConfigurationState configuration, double current) => configuration.Strategy switch
    {
        DeploymentStrategies.Linear => Math.Min(100, Math.Round(current + (configuration.Linear ?? new()).StepPercent, 1)),
        DeploymentStrategies.Canary when current == 0 => (configuration.Canary ?? new()).CanaryPercent,
        _ => 100,
    };

    private static int StepBakeMinutes(DeploymentConfigurationState configuration) => configuration.Strategy switch
    {
        DeploymentStrategies.Linear => (configuration.Linear ?? new()).StepBakeTimeInMinutes,
        DeploymentStrategies.Canary => (configuration.Canary ?? new()).CanaryBakeTimeInMinutes,
        _ => 0,
    };
}
