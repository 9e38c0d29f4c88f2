namespace EcsConsole.Sandbox.Engine.Rollouts;

/// <summary>Where a blue/green, linear or canary deployment is: its phase, the traffic it has moved and its hooks.</summary>
public sealed class StagedRolloutState
{
    public RolloutPhase Phase
    {
        get => _phase;
        set
        {
            _phase = value;
            if (value is not (RolloutPhase.Done or RolloutPhase.Halted))
            {
                _lastActivePhase = value;
            }
        }
    }

    private RolloutPhase _phase = RolloutPhase.PreScaleUp;

    // A finished deployment keeps reporting the stage it ended in: CLEAN_UP when it completed, else where it stopped.
    [System.Text.Json.Serialization.JsonInclude, System.Text.Json.Serialization.JsonPropertyName("LastActivePhase")]
    private RolloutPhase _lastActivePhase = RolloutPhase.PreScaleUp;

    /// <summary>Counts phase entries, so the hooks of a phase entered again (each linear step) are told apart.</summary>
    public int PhaseSequence { get; set; }

    public DateTimeOffset PhaseEnteredAt { get; set; }

    /// <summary>Percentage of production traffic on the green revision (requestedProductionTrafficWeight).</summary>
    public double ProductionTrafficPercent { get; set; }

    /// <summary>Percentage of test traffic on the green revision (requestedTestTrafficWeight).</summary>
    public double TestTrafficPercent { get; set; }

    /// <summary>Every hook invocation of this deployment, oldest first (lifecycleHookDetails).</summary>
    public List<LifecycleHookRunState> HookRuns { get; } = [];

    /// <summary>While true, the listener rules split traffic between blue and this deployment's green target group.</summary>
    public bool ShiftsListenerTraffic => Phase is not (RolloutPhase.Done or RolloutPhase.Halted);

    /// <summary>The ECS lifecycleStage this phase reports (ServiceDeploymentLifecycleStage).</summary>
    public string LifecycleStage => _lastActivePhase switch
    {
        RolloutPhase.PreScaleUp => "PRE_SCALE_UP",
        RolloutPhase.ScaleUp => "SCALE_UP",
        RolloutPhase.PostScaleUp => "POST_SCALE_UP",
        RolloutPhase.TestTrafficShift => "TEST_TRAFFIC_SHIFT",
        RolloutPhase.PostTestTrafficShift => "POST_TEST_TRAFFIC_SHIFT",

        // ECS has no lifecycle stage for the hooks before a production shift or the wait between steps: both are part of the shift.
        RolloutPhase.PreProductionTrafficShift or RolloutPhase.ProductionTrafficShift or RolloutPhase.StepBake => "PRODUCTION_TRAFFIC_SHIFT",
        RolloutPhase.PostProductionTrafficShift => "POST_PRODUCTION_TRAFFIC_SHIFT",
        RolloutPhase.BakeTime => "BAKE_TIME",
        _ => "CLEAN_UP",
    };
}

/// <summary>The phases of a staged deployment in the order ECS runs them; linear and canary loop through the shift phases.</summary>
public enum RolloutPhase
{
    PreScaleUp,
    ScaleUp,
    PostScaleUp,
    TestTrafficShift,
    PostTestTrafficShift,
    PreProductionTrafficShift,
    ProductionTrafficShift,
    StepBake,
    PostProductionTrafficShift,
    BakeTime,
    CleanUp,

    /// <summary>Finished: completed, or rolled back with traffic returned to blue.</summary>
    Done,

    /// <summary>Failed without rollback (circuit breaker without rollback, or ABORT): nothing moves any more.</summary>
    Halted,
}

/// <summary>One invocation of a lifecycle hook (DeploymentLifecycleHookDetail).</summary>
public sealed class LifecycleHookRunState
{
    public required string HookId { get; init; }

    public required LifecycleHookState Hook { get; init; }

    /// <summary>The DeploymentLifecycleHookStage it runs at.</summary>
    public required string Stage { get; init; }

    public required int PhaseSequence { get; init; }

    /// <summary>AWAITING_ACTION (PAUSE), IN_PROGRESS (Lambda), SUCCEEDED, FAILED or TIMED_OUT.</summary>
    public required string Status { get; set; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset ExpiresAt => StartedAt + Hook.Timeout;

    public DateTimeOffset? FinishedAt { get; set; }
}
