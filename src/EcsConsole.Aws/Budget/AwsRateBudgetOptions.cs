namespace EcsConsole.Aws.Budget;

/// <summary>
/// How much of AWS's request rates the console allows itself. By default each bucket gets <see cref="Share"/> (half) of
/// the figures in <see cref="AwsThrottleCategories"/>, leaving the rest of the account's budget to the other tools and
/// pipelines that share it; <see cref="Limits"/> sets a bucket's figures outright. <see cref="Enabled"/> false removes the
/// client-side limit (benchmarks of the raw read path; AWS still throttles).
/// </summary>
public sealed class AwsRateBudgetOptions
{
    public bool Enabled { get; init; } = true;

    /// <summary>The share of AWS's figures a bucket gets when <see cref="Limits"/> does not name it; above 0, at most 1.</summary>
    public double Share { get; init; } = 0.5;

    /// <summary>Figures by "&lt;service key&gt;:&lt;category&gt;" (e.g. "ECS:ServiceRead", "CloudWatchLogs:GetLogEvents"), case-insensitive.</summary>
    public IReadOnlyDictionary<string, AwsRateLimit> Limits { get; init; } = new Dictionary<string, AwsRateLimit>();

    /// <summary>Throws with what to fix when a figure cannot make a bucket.</summary>
    public AwsRateBudgetOptions Validated()
    {
        if (!double.IsFinite(Share) || Share <= 0 || Share > 1)
        {
            throw new ArgumentException($"Aws:RateBudget:Share must be above 0 and at most 1 (the share of AWS's documented rates to use); it is {Share}.");
        }

        foreach (var (key, limit) in Limits)
        {
            if (key.Split(':') is not [{ Length: > 0 }, { Length: > 0 }])
            {
                throw new ArgumentException($"Aws:RateBudget has a bucket named '{key}'; name it <service>:<category>, e.g. ECS:ServiceRead.");
            }

            if (!AwsThrottleCategories.KnownNames.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                var service = key.Split(':')[0];
                var known = AwsThrottleCategories.KnownNames.Where(name => name.StartsWith(service + ":", StringComparison.OrdinalIgnoreCase)).ToList();
                throw new ArgumentException($"Aws:RateBudget:{key} names no bucket the console uses; "
                    + (known.Count > 0 ? $"{service} has {string.Join(", ", known)}." : $"the services are {string.Join(", ", AwsThrottleCategories.KnownNames.Select(name => name.Split(':')[0]).Distinct())}."));
            }

            limit.Validated($"Aws:RateBudget:{key}");
        }

        return this;
    }
}
