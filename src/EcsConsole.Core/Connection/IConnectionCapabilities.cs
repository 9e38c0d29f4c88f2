namespace EcsConsole.Core.Connection;

/// <summary>
/// What the current connection offers, learnt from the answers it gave: per AWS operation, whether it works, is replaced by
/// a fallback (derived), or is unavailable, and why. Singleton, thread-safe. Keyed by connection (mode, region, endpoint),
/// so a switch starts over and switching back finds what was learnt. A lacking operation is re-tried after
/// <see cref="ConnectionCapabilities.ReprobeInterval"/>, so one wrong conclusion does not stick.
/// </summary>
public interface IConnectionCapabilities
{
    /// <summary>Raised after something new was learnt, on the caller's thread.</summary>
    event Action? Changed;

    /// <summary>False while the operation is known lacking on this connection and not yet due for another try.</summary>
    bool ShouldTry(string service, string operation);

    /// <summary>The operation answered: it works (again).</summary>
    void Worked(string service, string operation);

    /// <summary>
    /// Learns from a failed call. True when the failure is permanent for this connection and the caller should use
    /// <paramref name="fallback"/> (or say the operation is unavailable when it is null): the endpoint lacks the operation,
    /// or refused it with AccessDenied while a fallback exists. False for anything else (throttling, a 5xx with an AWS
    /// error, a bad request): the caller reports it and trying again can help.
    /// </summary>
    /// <param name="fallback">What is shown instead, in words (e.g. "DescribeServices deployments[]"); null when nothing is.</param>
    bool Learn(Exception exception, string? fallback);

    /// <summary>What is known of one operation on the current connection; null when it was never tried.</summary>
    OperationCapability? Get(string service, string operation);

    /// <summary>Every operation tried on the current connection, by service then name.</summary>
    IReadOnlyList<OperationCapability> Current { get; }
}
