namespace EcsConsole.Sandbox;

/// <summary>
/// Faults the sandbox injects into every call, so the console can be exercised against a slow, throttling or failing AWS.
/// Shares are probabilities in [0, 1] drawn per call from a generator seeded with <see cref="SandboxOptions.RandomSeed"/>.
/// </summary>
public sealed record SandboxFaults
{
    /// <summary>Real milliseconds added before every answer (faults included).</summary>
    public int LatencyMs { get; init; }

    /// <summary>Share of calls answered with the service's throttling error (ThrottlingException, or Throttling over Query), status 400.</summary>
    public double ThrottleShare { get; init; }

    /// <summary>Share of calls answered with a server fault (ServerException for ECS and ECR, InternalFailure otherwise), status 500.</summary>
    public double ServerErrorShare { get; init; }

    /// <summary>Share of calls never answered: the sandbox holds them until the client gives up, then drops the connection.</summary>
    public double TimeoutShare { get; init; }

    /// <summary>The endpoint is down: every connection is dropped without an answer until this is switched off.</summary>
    public bool Down { get; init; }

    /// <summary>
    /// Share of calls carried out whose answer is lost: the sandbox does what was asked, then drops the connection, as when
    /// a network fails after AWS acted. The other faults act before a call takes effect; this one after.
    /// </summary>
    public double AnswerLostShare { get; init; }

    /// <summary>Operations (model names, e.g. <c>RegisterTaskDefinition</c>) whose every call is carried out and its answer lost.</summary>
    public IReadOnlyList<string> LoseAnswerOf { get; init; } = [];

    /// <summary>True when no fault is configured, so the pipeline can skip the draw.</summary>
    public bool None => LatencyMs <= 0 && ThrottleShare <= 0 && ServerErrorShare <= 0 && TimeoutShare <= 0 && !Down
        && AnswerLostShare <= 0 && LoseAnswerOf.Count == 0;
}
