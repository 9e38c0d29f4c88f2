namespace EcsConsole.Core.Scaling;

/// <summary>Checks a new size before anything is sent; the scale dialog shows the same words as the operator types.</summary>
public static class ScaleChangeValidator
{
    /// <summary>What is wrong with <paramref name="change"/> for a service in state <paramref name="current"/>; empty when nothing.</summary>
    public static IReadOnlyList<string> Validate(ServiceScale current, ScaleChange change)
    {
        var problems = new List<string>();
        if (change.DesiredCount < 0)
        {
            problems.Add("The desired count cannot be negative.");
        }
        if (change.AutoScaling is { } bounds)
        {
            if (current.AutoScaling is null)
            {
                problems.Add($"{current.Cluster}/{current.Service} has no auto scaling target, so it has no min and max to set.");
            }
            if (bounds.Min < 0 || bounds.Max < bounds.Min)
            {
                problems.Add($"The auto scaling bounds {bounds.Min}–{bounds.Max} are not valid: min must be 0 or more and max at least min.");
            }
            else if (change.DesiredCount < bounds.Min || change.DesiredCount > bounds.Max)
            {
                problems.Add($"The desired count {change.DesiredCount} lies outside the auto scaling bounds {bounds.Min}–{bounds.Max}; auto scaling would move it back.");
            }
        }
        else if (current.AutoScaling is { } existing && (change.DesiredCount < existing.Min || change.DesiredCount > existing.Max))
        {
            problems.Add($"The desired count {change.DesiredCount} lies outside the auto scaling bounds {existing.Min}–{existing.Max}; change the bounds too.");
        }
        return problems;
    }
}
