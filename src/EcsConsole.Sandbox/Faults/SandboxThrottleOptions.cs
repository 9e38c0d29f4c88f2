namespace EcsConsole.Sandbox;

/// <summary>
/// The sandbox throttling the way AWS does (configuration "Sandbox:Throttle"): a token bucket per account, region,
/// service and throttle category, of AWS's documented sizes (<see cref="Faults.SandboxThrottle"/>), refilled on the real
/// clock; a call that finds its bucket empty is answered with the service's throttling error (ThrottlingException over
/// JSON, Throttling over Query, status 400, "Rate exceeded"). Off by default.
/// </summary>
public sealed record SandboxThrottleOptions
{
    public bool Enabled { get; set; }

    /// <summary>
    /// Multiplies every bucket's sustained rate and burst; 1 is AWS's figures. Below 1 plays a busier account whose other
    /// tools already use part of the budget.
    /// </summary>
    public double Scale { get; set; } = 1;

    /// <summary>Throws with what to fix when the figures cannot make buckets.</summary>
    public SandboxThrottleOptions Validated()
    {
        if (!double.IsFinite(Scale) || Scale <= 0)
        {
            throw new ArgumentException($"Sandbox:Throttle:Scale must be a number above 0 (1 is AWS's documented rates); it is {Scale}.");
        }

        return this;
    }
}
