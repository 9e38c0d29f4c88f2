namespace EcsConsole.Sandbox;

/// <summary>Settings of the embedded AWS-compatible endpoint, bound from the "Sandbox" configuration section.</summary>
public sealed record SandboxOptions
{
    /// <summary>Listen URL; must name a loopback host. Port 0 picks a free port (see <see cref="SandboxServer.Url"/>).</summary>
    public string Url { get; set; } = "http://127.0.0.1:4566";

    /// <summary>The sandbox's home region: where the default account's demo fleet and the further accounts' fleets run.</summary>
    public string Region { get; set; } = "eu-west-1";

    /// <summary>The second region the sandbox serves by default (see <see cref="Regions"/>).</summary>
    public const string EdgeRegion = "us-east-1";

    /// <summary>
    /// Further regions, keyed by name, each with one engine per account; a request acts in the region its signature is
    /// scoped to. By default one: <see cref="EdgeRegion"/>, where the default account runs the small "edge" fleet.
    /// </summary>
    public Dictionary<string, SandboxRegionOptions> Regions { get; set; } = new(StringComparer.Ordinal)
    {
        [EdgeRegion] = new SandboxRegionOptions(),
    };

    public string AccountId { get; set; } = "000000000000";

    /// <summary>
    /// Requests signed with this key have their signature verified; so have those signed with temporary credentials the
    /// sandbox's STS issued (they act in the role's account); any other key is accepted unverified, in this account.
    /// </summary>
    public string AccessKeyId { get; set; } = "sandbox";

    public string SecretAccessKey { get; set; } = "sandbox-secret";

    /// <summary>How many simulated seconds pass per real second in the hosted sandbox.</summary>
    public double TimeAcceleration { get; set; } = 10;

    /// <summary>Create the demo fleet (clusters, services, task definitions, repositories) at start.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>Seed of the simulation's random numbers, so a run can be repeated exactly.</summary>
    public int RandomSeed { get; set; } = 20140113;

    /// <summary>Chance per running service task per simulated hour that it fails its health check, so the demo fleet moves.</summary>
    public double RandomFailuresPerTaskHour { get; set; } = 0.05;

    /// <summary>Simulated hours between pushes of a new patch release (tagged latest) to one of the ECR repositories; 0 turns the simulated pipeline off.</summary>
    public double PipelinePushIntervalHours { get; set; } = 4;

    /// <summary>Faults injected into every call (latency, throttling, server errors, timeouts, down); none by default.</summary>
    public SandboxFaults Faults { get; set; } = new();

    /// <summary>AWS-like throttling: token buckets of AWS's documented sizes per account, region and category; off by default.</summary>
    public SandboxThrottleOptions Throttle { get; set; } = new();

    /// <summary>Quirks of a differing AWS-compatible endpoint played on the answers; off by default.</summary>
    public SandboxQuirks Quirks { get; set; } = new();

    /// <summary>A synthetic fleet seeded beside (or, with <see cref="Seed"/> off, instead of) the demo one; none by default.</summary>
    public SandboxScale Scale { get; set; } = new();

    /// <summary>The id of the second account the sandbox serves by default (see <see cref="Accounts"/>).</summary>
    public const string PlatformAccountId = "222222222222";

    /// <summary>
    /// Further accounts, keyed by their 12-digit id, each with its own engine and seed, reached by STS AssumeRole from this
    /// (the default) account. By default one: <see cref="PlatformAccountId"/> with the "platform" fleet and the role
    /// EcsConsoleAccess trusting the default account.
    /// </summary>
    public Dictionary<string, SandboxAccountOptions> Accounts { get; set; } = new(StringComparer.Ordinal)
    {
        [PlatformAccountId] = new SandboxAccountOptions(),
    };

    /// <summary>
    /// Where the sandbox keeps its state across restarts (one <c>sandbox-state-&lt;account&gt;.json</c> per account); null or
    /// empty keeps it in memory only. The console sets it beside its SQLite store unless configured.
    /// </summary>
    public string? StateDirectory { get; set; }

    /// <summary>Real seconds between saves of the state to <see cref="StateDirectory"/> (it is saved on stop too); 0 saves only on stop.</summary>
    public int StateSaveIntervalSeconds { get; set; } = 30;
}
