using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EcsConsole.Core.Store;

/// <summary>
/// A row that one console instance at a time works on (a wizard run, a delivery policy's evaluation, a rollout being
/// followed, a webhook being sent). The four columns are the lease; <see cref="OwnerLeases"/> takes, renews and gives
/// it back with single conditional UPDATEs, so console instances sharing one store agree on who holds what.
/// </summary>
public interface ILeased
{
    /// <summary>The holding console instance's id (<see cref="ConsoleInstance.Id"/>); null when nobody holds it.</summary>
    string? LeaseOwner { get; set; }

    /// <summary>When the holder took the lease.</summary>
    DateTimeOffset? LeaseAcquiredAt { get; set; }

    /// <summary>When the holder last renewed it.</summary>
    DateTimeOffset? LeaseHeartbeatAt { get; set; }

    /// <summary>Unless renewed before then, anyone may take the lease over from this instant on.</summary>
    DateTimeOffset? LeaseExpiresAt { get; set; }
}

/// <summary>Who holds a row, as the store says.</summary>
public sealed record OwnerLease(string Owner, DateTimeOffset AcquiredAt, DateTimeOffset HeartbeatAt, DateTimeOffset ExpiresAt)
{
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>The row's lease, or null when nobody holds it.</summary>
    public static OwnerLease? Of(ILeased row) =>
        row.LeaseOwner is { } owner
            ? new OwnerLease(owner, row.LeaseAcquiredAt ?? row.LeaseHeartbeatAt ?? default, row.LeaseHeartbeatAt ?? default, row.LeaseExpiresAt ?? default)
            : null;

    /// <summary>Writes this lease into a row about to be inserted or saved.</summary>
    public void ApplyTo(ILeased row)
    {
        row.LeaseOwner = Owner;
        row.LeaseAcquiredAt = AcquiredAt;
        row.LeaseHeartbeatAt = HeartbeatAt;
        row.LeaseExpiresAt = ExpiresAt;
    }

    /// <summary>For people: "console instance X since 10:02:03 UTC (last heartbeat 10:04:01, expires 10:05:01 UTC)".</summary>
    public string Describe() =>
        $"console instance {Owner} since {AcquiredAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC (last heartbeat {HeartbeatAt.UtcDateTime:HH:mm:ss}, lease expires {ExpiresAt.UtcDateTime:HH:mm:ss} UTC)";
}

/// <summary>The <c>Leases</c> configuration section: who this console instance is, and how long its leases last.</summary>
public sealed class LeaseOptions
{
    public const string SectionName = "Leases";

    /// <summary>
    /// This instance's id in the store's lease columns and the logs. Empty: <c>{host}-{pid}-{random}</c>, new for every
    /// process, so a restarted container (same host name, same pid 1) is never taken for its dead predecessor.
    /// </summary>
    public string? InstanceId { get; set; }

    /// <summary>How often the leases this instance holds are renewed, and runs whose lease expired are looked for.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a lease lasts unless renewed: how long a dead instance's work waits before another takes it over.</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>This console process, as its leases name it. Singleton; the id is fixed for the life of the process.</summary>
public sealed class ConsoleInstance
{
    public const int MaxIdLength = 128;

    public ConsoleInstance(string? configuredId)
    {
        if (string.IsNullOrWhiteSpace(configuredId))
        {
            var host = Environment.MachineName;
            host = host.Length > 64 ? host[..64] : host;
            Id = $"{host}-{Environment.ProcessId}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";
            IsConfigured = false;
        }
        else
        {
            var trimmed = configuredId.Trim();
            Id = trimmed.Length > MaxIdLength ? throw new ArgumentException($"Leases:InstanceId is longer than {MaxIdLength} characters.", nameof(configuredId)) : trimmed;
            IsConfigured = true;
        }
    }

    public string Id { get; }

    /// <summary>Set in configuration (the same after a restart) rather than made up for this process.</summary>
    public bool IsConfigured { get; }

    public override string ToString() => Id;
}

/// <summary>Keeping a row's lease when the rest of the row is replaced.</summary>
public static class LeaseEntries
{
    /// <summary>After <c>CurrentValues.SetValues</c>: the lease columns keep what the store has (only <see cref="OwnerLeases"/> writes them).</summary>
    public static void KeepLease<T>(this EntityEntry<T> entry)
        where T : class, ILeased
    {
        foreach (var column in new[] { OwnerLeases.OwnerColumn, OwnerLeases.AcquiredColumn, OwnerLeases.HeartbeatColumn, OwnerLeases.ExpiresColumn })
        {
            var property = entry.Property(column);
            property.CurrentValue = property.OriginalValue;
            property.IsModified = false;
        }
    }
}
