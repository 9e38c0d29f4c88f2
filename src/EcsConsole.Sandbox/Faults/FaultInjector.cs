namespace EcsConsole.Sandbox.Faults;

/// <summary>
/// Draws the fault for each call from the current <see cref="SandboxFaults"/>, which may be replaced at any time.
/// The generator is seeded so a run with the same seed and call order sees the same faults.
/// </summary>
public sealed class FaultInjector(SandboxFaults initial, int randomSeed)
{
    private readonly Random _random = new(randomSeed);
    private readonly Lock _gate = new();
    private SandboxFaults _current = initial;

    public SandboxFaults Faults
    {
        get => Volatile.Read(ref _current);
        set => Volatile.Write(ref _current, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>Whether the answer to a call of <paramref name="operation"/> that was carried out is lost on its way back.</summary>
    public bool LosesAnswer(string operation)
    {
        var faults = Faults;
        if (faults.LoseAnswerOf.Contains(operation, StringComparer.Ordinal))
        {
            return true;
        }

        if (faults.AnswerLostShare <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            return _random.NextDouble() < faults.AnswerLostShare;
        }
    }

    /// <summary>One draw decides between throttle, server error and timeout, so their shares add up rather than overlap.</summary>
    public FaultKind Next()
    {
        var faults = Faults;
        if (faults.Down)
        {
            return FaultKind.Down;
        }

        if (faults.ThrottleShare <= 0 && faults.ServerErrorShare <= 0 && faults.TimeoutShare <= 0)
        {
            return FaultKind.None;
        }

        double draw;
        lock (_gate)
        {
            draw = _random.NextDouble();
        }

        if (draw < faults.ThrottleShare)
        {
            return FaultKind.Throttle;
        }

        draw -= faults.ThrottleShare;
        if (draw < faults.ServerErrorShare)
        {
            return FaultKind.ServerError;
        }

        return draw - faults.ServerErrorShare < faults.TimeoutShare ? FaultKind.Timeout : FaultKind.None;
    }
}
