using System.Linq.Expressions;

namespace EcsConsole.Core.Connection;

/// <summary>
/// Where something happened: the connection's name, partition, account and region. The flow's current stamp is ambient
/// (<see cref="Enter"/>, beside <c>AwsConnection.Use</c>), and the store writes it on every record that carries one
/// (<see cref="IConnectionStamped"/>), so an audit entry, a rollout or a wizard run always says which account it was in.
/// </summary>
public sealed record ConnectionStamp(string Name, string Partition, string? Account, string Region)
{
    private static readonly AsyncLocal<ConnectionStamp?> Ambient = new();

    /// <summary>The stamp of this asynchronous flow; null outside any connection scope (the console's own connection).</summary>
    public static ConnectionStamp? Current => Ambient.Value;

    public bool IsDefault => string.Equals(Name, ConnectionCatalog.DefaultName, StringComparison.OrdinalIgnoreCase);

    /// <summary>"platform · 222222222222 · eu-west-1".</summary>
    public string Label => $"{Name} · {Account ?? "account unknown"} · {Region}";

    /// <summary>Makes <paramref name="stamp"/> this flow's stamp until the scope is disposed.</summary>
    public static IDisposable Enter(ConnectionStamp? stamp)
    {
        var previous = Ambient.Value;
        Ambient.Value = stamp;
        return new Scope(previous);
    }

    /// <summary>Copies this stamp onto a record that has none yet.</summary>
    public void ApplyTo(IConnectionStamped record)
    {
        if (record.ConnectionName is not null) return;
        record.ConnectionName = Name;
        record.Partition = Partition;
        record.AccountId = Account;
        record.Region ??= Region;
    }

    private sealed class Scope(ConnectionStamp? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}

/// <summary>A stored record that says which connection it was made in. Records from before connections carry none until the store assigns them the console's own connection and region at start (<c>ConsoleStoreInitializer.AssignPreConnectionRecordsAsync</c>).</summary>
public interface IConnectionStamped
{
    string? ConnectionName { get; set; }

    string? Partition { get; set; }

    string? AccountId { get; set; }

    string? Region { get; set; }
}

public static class ConnectionStampQueries
{
    /// <summary>
    /// The records made in <paramref name="stamp"/>'s connection and region; with no stamp (the console's own connection
    /// outside any scope), those of the console's own connection. A record without a connection counts as the console's own, in its own region only.
    /// </summary>
    public static IQueryable<T> InConnection<T>(this IQueryable<T> records, ConnectionStamp? stamp) where T : class, IConnectionStamped
    {
        if (stamp is null || stamp.IsDefault)
        {
            var region = stamp?.Region;
            return region is null
                ? records.Where(r => r.ConnectionName == null || r.ConnectionName == ConnectionCatalog.DefaultName)
                // A record without a connection (made outside any scope) that names a region belongs to that region only;
                // one that names none is the console's own wherever it looks until the store assigns it at start.
                : records.Where(r => (r.ConnectionName == null && (r.Region == null || r.Region == region))
                    || (r.ConnectionName == ConnectionCatalog.DefaultName && r.Region == region));
        }
        var name = stamp.Name;
        var inRegion = stamp.Region;
        return records.Where(r => r.ConnectionName == name && r.Region == inRegion);
    }
}
