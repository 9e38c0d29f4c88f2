using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine;

internal sealed partial class Simulation
{
    /// <summary>
    /// Fails an in-progress deployment whose deploymentConfiguration.alarms has an alarm in ALARM, as ECS alarm-based
    /// failure detection does: rolled back when alarms.rollback is set, else stopped. A staged deployment is watched
    /// until its clean-up, through the bake time. True when the deployment failed now.
    /// </summary>
    private bool AlarmTripped(ClusterState cluster, ServiceState service, DeploymentState deployment, DateTimeOffset now)
    {
        if (deployment.Configuration.Alarms is not { Enable: true } alarms
            || deployment.RollsBack is not null
            || deployment.RolloutState != "IN_PROGRESS"
            || deployment.DeploymentStatus != "IN_PROGRESS"
            || deployment.Staged is { Phase: >= RolloutPhase.CleanUp })
        {
            return false;
        }

        var firing = DeploymentAlarmWatch.InAlarm(State, Arns, alarms.AlarmNames);
        if (firing.Count == 0)
        {
            return false;
        }

        deployment.TriggeredAlarmNames = firing;
        deployment.RolloutState = "FAILED";
        deployment.RolloutStateReason = $"ECS deployment alarms: {string.Join(", ", firing)} in ALARM.";
        deployment.UpdatedAt = now;
        AddEvent(service, now, $"(deployment {deployment.Id}) deployment failed: alarm(s) {string.Join(", ", firing)} in ALARM state.");
        if (alarms.Rollback)
        {
            var reason = $"Service deployment rolled back because alarm {firing[0]} went into ALARM.";
            if (deployment.Staged is not null)
            {
                RollBackStaged(cluster, service, deployment, reason, now, abort: false);
            }
            else if (!RollBack(cluster, service, deployment, reason, now))
            {
                StopRecord(deployment, reason, now);
            }

            return true;
        }

        if (deployment.Staged is not null)
        {
            deployment.Staged.Phase = RolloutPhase.Halted;
        }

        StopRecord(deployment, $"Service deployment stopped because alarm {firing[0]} went into ALARM.", now);
        return true;
    }
}
