namespace EcsConsole.Core.Rollouts;

/// <summary>The console's record of rollouts it started (who and why). Singleton; backed by the console's store.</summary>
public interface IRolloutJournal
{
    Task RecordAsync(RolloutRecord record, CancellationToken cancellationToken = default);

    /// <summary>The service's records started since <paramref name="since"/>, keyed by deployment ARN.</summary>
    Task<IReadOnlyDictionary<string, RolloutRecord>> GetAsync(string cluster, string service, DateTimeOffset since, CancellationToken cancellationToken = default);
}
