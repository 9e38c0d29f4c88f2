namespace EcsConsole.Sandbox;

/// <summary>
/// One more region the sandbox serves beside <see cref="SandboxOptions.Region"/>, bound from "Sandbox:Regions:{region}".
/// Every account the sandbox serves has its own engine in it (a request's region is its signing scope's, as in AWS); the
/// default account's is seeded with <see cref="Fleet"/>, the other accounts' start empty. IAM and STS are global and
/// shared across an account's regions.
/// </summary>
public sealed class SandboxRegionOptions
{
    /// <summary>A small Fargate cluster "edge" running "edge-proxy" and "geo-router", with their repositories and network.</summary>
    public const string EdgeFleet = "edge";

    /// <summary>Seeds nothing.</summary>
    public const string NoFleet = "none";

    /// <summary>False leaves the region out (the way to remove the default second region in configuration).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><see cref="EdgeFleet"/> or <see cref="NoFleet"/>: what the default account runs in this region.</summary>
    public string Fleet { get; set; } = EdgeFleet;
}
