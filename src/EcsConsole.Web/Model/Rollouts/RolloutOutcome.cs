using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using EcsConsole.Core.Rollouts;

namespace EcsConsole.Web.Model.Rollouts;

/// <summary>What the rollout dialog does with a started rollout: open its live page, or say why there is none to open.</summary>
public static class RolloutOutcome
{
    /// <summary>Null when the rollout names a deployment to follow; otherwise the problem the dialog shows instead of closing.</summary>
    public static AwsProblem? ProblemWith(RolloutStarted started) => started.DeploymentToWatch is null
        ? new AwsProblem(
            "Following the rollout", null,
            $"ECS accepted the change to {started.Cluster}/{started.Service} but named no deployment to follow",
            null,
            "Open the service page and look at its deployments before trying again; the audit trail records the attempt.")
        : null;
}
