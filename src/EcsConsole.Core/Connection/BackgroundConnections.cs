using EcsConsole.Aws;

namespace EcsConsole.Core.Connection;

/// <summary>
/// The connections and regions the console's background work (the delivery loop, the stopped-task archiver) runs in,
/// and the ambient scope that makes one of them current for a flow without a user session. Singleton.
/// </summary>
public sealed class BackgroundConnections(ConnectionCatalog catalog, ConnectionAccounts accounts, AwsConnection aws)
{
    /// <summary>The console's own connection in its own region, where work that belongs to no connection runs.</summary>
    public ConnectionPlace Home => new(catalog.Default, aws.Default.Region);

    /// <summary>
    /// Every connection in every region it is worked in: a configured connection's regions; for the console's own, the
    /// regions its endpoint serves when it serves only some (the sandbox), else its own region only (on AWS it offers
    /// every commercial region, which would poll many regions nobody uses). The home place first.
    /// </summary>
    public IReadOnlyList<ConnectionPlace> All()
    {
        var home = Home;
        var places = new List<ConnectionPlace> { home };
        foreach (var connection in catalog.All)
        {
            IReadOnlyList<string> regions = connection.IsDefault ? aws.Default.ServedRegions ?? [home.Region] : connection.Regions;
            places.AddRange(regions.Where(connection.Offers).Select(r => new ConnectionPlace(connection, r)).Where(p => p != home));
        }
        return places;
    }

    /// <summary>The place of a stored record's connection and region; null when that connection is no longer configured or does not offer the region.</summary>
    public ConnectionPlace? Find(string? connectionName, string? region)
    {
        var connection = connectionName is null ? catalog.Default : catalog.Find(connectionName);
        if (connection is null) return null;
        var inRegion = region ?? (connection.IsDefault ? aws.Default.Region : connection.DefaultRegion);
        return connection.Offers(inRegion) ? new ConnectionPlace(connection, inRegion) : null;
    }

    /// <summary>The place's settings and stamp (the account from the role ARN, else STS, cached), ready to <see cref="AmbientConnection.Enter"/>.</summary>
    public async Task<AmbientConnection> PrepareAsync(ConnectionPlace place, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(place);
        var settings = catalog.SettingsFor(place.Connection, place.Region);
        var account = place.Connection.AccountFromArn ?? (await accounts.GetAsync(settings, cancellationToken)).Account;
        return new AmbientConnection(aws, settings, new ConnectionStamp(place.Connection.Name, place.Connection.Partition, account, place.Region));
    }
}

/// <summary>A connection in one of its regions.</summary>
public sealed record ConnectionPlace(ConsoleConnection Connection, string Region)
{
    public bool Equals(ConnectionPlace? other) =>
        other is not null && string.Equals(Connection.Name, other.Connection.Name, StringComparison.OrdinalIgnoreCase) && Region == other.Region;

    public override int GetHashCode() => HashCode.Combine(Connection.Name.ToUpperInvariant(), Region);

    public override string ToString() => $"{Connection.Name} {Region}";
}
