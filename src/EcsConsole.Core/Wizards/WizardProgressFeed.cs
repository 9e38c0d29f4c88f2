using System.Collections.Concurrent;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.Wizards;

/// <summary>One step of a run as the live progress shows it.</summary>
public sealed record WizardStepProgress(string RunId, int Index, string Operation, string Creates, WizardStepState State, string? Outcome, string? Error)
{
    public string Key => $"{RunId}/{Index}";
}

/// <summary>
/// Live step progress of the runs this console process has worked on, for pages to subscribe to. Singleton. Runs from
/// before a restart are read from the journal instead; their steps join the feed when resumed or rolled back.
/// </summary>
public sealed class WizardProgressFeed
{
    private readonly ConcurrentDictionary<string, WizardStepProgress> _steps = new(StringComparer.Ordinal);
    private readonly Lock _publishGate = new();

    public WizardProgressFeed(TimeProvider timeProvider)
    {
        Feed = new ChangeFeed<WizardStepProgress>(s => s.Key, timeProvider);
    }

    public ChangeFeed<WizardStepProgress> Feed { get; }

    public void Publish(WizardStepProgress step)
    {
        lock (_publishGate)
        {
            _steps[step.Key] = step;
            Feed.Replace(_steps.Values);
        }
    }
}
