namespace EcsConsole.Core.Rollouts;

/// <summary>The lifecycle stages each strategy goes through, in order, and the step view over them.</summary>
public static class DeploymentStages
{
    // ServiceDeploymentLifecycleStage in the order ECS moves through them.
    private static readonly string[] Canonical =
    [
        "RECONCILE_SERVICE", "PRE_SCALE_UP", "SCALE_UP", "POST_SCALE_UP", "TEST_TRAFFIC_SHIFT", "POST_TEST_TRAFFIC_SHIFT",
        "PRODUCTION_TRAFFIC_SHIFT", "POST_PRODUCTION_TRAFFIC_SHIFT", "BAKE_TIME", "CLEAN_UP",
    ];

    private static readonly string[] Rolling = ["SCALE_UP", "CLEAN_UP"];

    private static readonly string[] TrafficShifting =
    [
        "PRE_SCALE_UP", "SCALE_UP", "POST_SCALE_UP", "TEST_TRAFFIC_SHIFT", "POST_TEST_TRAFFIC_SHIFT",
        "PRODUCTION_TRAFFIC_SHIFT", "POST_PRODUCTION_TRAFFIC_SHIFT", "BAKE_TIME", "CLEAN_UP",
    ];

    /// <summary>The stages of <paramref name="strategy"/>; a stage ECS reports outside them (e.g. RECONCILE_SERVICE) joins in its place.</summary>
    public static IReadOnlyList<string> For(DeploymentStrategyKind strategy, string? reported = null)
    {
        var stages = strategy == DeploymentStrategyKind.Rolling ? Rolling : TrafficShifting;
        if (reported is null || stages.Contains(reported))
        {
            return stages;
        }
        return [.. stages.Append(reported).OrderBy(s => Array.IndexOf(Canonical, s) is var i and >= 0 ? i : int.MaxValue)];
    }

    /// <summary>
    /// Done / current / pending per stage. A successful deployment has every stage done; a running one is at the reported
    /// stage (the first when ECS reports none yet); one that ended otherwise stays marked where it stopped.
    /// </summary>
    public static IReadOnlyList<StageStep> Steps(DeploymentStrategyKind strategy, string? reported, DeploymentOutcome? outcome)
    {
        var stages = For(strategy, reported);
        if (outcome == DeploymentOutcome.Succeeded)
        {
            return [.. stages.Select(s => new StageStep(s, StepState.Done))];
        }
        var current = reported is null ? (outcome is null ? 0 : -1) : Math.Max(0, IndexOf(stages, reported));
        return [.. stages.Select((s, i) => new StageStep(s, i < current ? StepState.Done : i == current ? StepState.Current : StepState.Pending))];
    }

    private static int IndexOf(IReadOnlyList<string> stages, string stage)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i] == stage)
            {
                return i;
            }
        }
        return -1;
    }
}
