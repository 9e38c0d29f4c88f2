namespace EcsConsole.Core.Rollouts;

/// <summary>Settings or a plan the console will not send, with every problem written for the operator.</summary>
public sealed class RolloutValidationException(IReadOnlyList<string> problems)
    : Exception(string.Join(" ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
