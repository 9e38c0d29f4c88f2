using EcsConsole.Aws;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Connection;

/// <summary>
/// The connection and region of one browser session (a Blazor circuit or an HTTP request). Scoped: two users, or two
/// sessions, each have their own. It starts where the user last chose (remembered in the store), else on the console's
/// own connection; the host makes it ambient for everything the session does (<see cref="EnterAsync"/>). Switching is
/// checked here, in the service layer, and audited: a user may only pick a connection where they hold a role.
/// </summary>
public sealed class CurrentConnection(
    ConnectionCatalog catalog,
    ConnectionAccounts accounts,
    AwsConnection aws,
    ICurrentOperator currentOperator,
    IAuditTrail audit,
    IDbContextFactory<ConsoleDbContext> contexts,
    TimeProvider timeProvider)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (ConsoleConnection Connection, string Region)? _chosen;
    private string? _restoredFor;

    /// <summary>Raised after a switch, for views of this session to read again.</summary>
    public event Action? Changed;

    /// <summary>The chosen connection and region; the console's own until <see cref="RestoreAsync"/> ran.</summary>
    public ConsoleConnection Connection => _chosen?.Connection ?? catalog.Default;

    public string Region => _chosen?.Region ?? catalog.Default.DefaultRegion;

    public AwsConnectionSettings Settings => catalog.SettingsFor(Connection, Region);

    /// <summary>
    /// Reads the signed-in user's remembered choice, once per session (a session is one user: signing out ends it). A
    /// remembered connection the user may no longer use, or that is no longer configured, falls back to the first they may use.
    /// </summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        // Called before every circuit activity: after the first restore it costs nothing.
        if (_chosen is not null && _restoredFor is not null) return;
        var actor = await currentOperator.GetAsync(cancellationToken);
        var who = actor?.Name;
        if (who == _restoredFor && _chosen is not null) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (who == _restoredFor && _chosen is not null) return;
            _restoredFor = who;
            _chosen = null;
            if (actor is null) return;
            var normalized = ConsoleUser.Normalize(actor.Name);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var remembered = await db.Set<ConnectionChoice>().AsNoTracking().SingleOrDefaultAsync(c => c.NormalizedUserName == normalized, cancellationToken);
            var connection = catalog.Find(remembered?.ConnectionName);
            if (connection is not null && ConnectionCatalog.RoleOn(actor, connection) is not null)
            {
                _chosen = (connection, connection.Offers(remembered!.Region) ? remembered.Region : connection.DefaultRegion);
                return;
            }
            var usable = catalog.All.FirstOrDefault(c => ConnectionCatalog.RoleOn(actor, c) is not null);
            _chosen = usable is null ? null : (usable, usable.DefaultRegion);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The connections <paramref name="actor"/> may use, with their role on each.</summary>
    public IReadOnlyList<(ConsoleConnection Connection, ConsoleRole Role)> Usable(OperatorIdentity? actor) =>
        actor is null ? [] : [.. catalog.All.Select(c => (c, ConnectionCatalog.RoleOn(actor, c))).Where(p => p.Item2 is not null).Select(p => (p.c, p.Item2!.Value))];

    /// <summary>The signed-in user's role on the current connection; null when signed out or without access.</summary>
    public async Task<ConsoleRole?> RoleAsync(CancellationToken cancellationToken)
    {
        var actor = await currentOperator.GetAsync(cancellationToken);
        return actor is null ? null : ConnectionCatalog.RoleOn(actor, Connection);
    }

    /// <summary>Where this session acts, for records and the app bar (the account from STS, cached).</summary>
    public async Task<ConnectionStamp> StampAsync(CancellationToken cancellationToken)
    {
        var connection = Connection;
        var account = connection.AccountFromArn ?? (await accounts.GetAsync(Settings, cancellationToken)).Account;
        return new ConnectionStamp(connection.Name, connection.Partition, account, Region);
    }

    /// <summary>
    /// This session's connection ready to be made ambient: restore the choice and resolve the stamp (asynchronous), then
    /// <see cref="AmbientConnection.Enter"/> it synchronously in the flow that should run under it (an ambient value set
    /// inside an async method does not flow back to its caller).
    /// </summary>
    public async Task<AmbientConnection> PrepareAsync(CancellationToken cancellationToken)
    {
        await RestoreAsync(cancellationToken);
        return new AmbientConnection(aws, Settings, await StampAsync(cancellationToken));
    }

    /// <summary>
    /// Switches this session to <paramref name="connectionName"/> in <paramref name="region"/> and remembers it for the user.
    /// Refused (and audited as denied) when the connection or region is unknown or the user holds no role there.
    /// </summary>
    public async Task SwitchAsync(string connectionName, string region, CancellationToken cancellationToken)
    {
        var actor = await currentOperator.GetAsync(cancellationToken);
        var from = $"{Connection.Name} {Region}";
        var target = $"{connectionName} {region}";
        var connection = catalog.Find(connectionName);
        var refusal = actor is null ? "Switching connection needs a signed-in user; sign in and try again."
            : connection is null ? $"There is no connection named {connectionName}; the console knows {string.Join(", ", catalog.All.Select(c => c.Name))}."
            : !connection.Offers(region) ? $"Connection {connection.Name} does not offer region {region}; it offers {string.Join(", ", connection.Regions)}."
            : ConnectionCatalog.RoleOn(actor, connection) is null ? $"{actor.Name} has no role on connection {connection.Name}. Ask an administrator for access."
            : null;
        var record = new AuditRecord
        {
            Actor = actor?.Name ?? OperationGuard.AnonymousActor,
            Role = actor is null || connection is null ? actor?.Role : ConnectionCatalog.RoleOn(actor, connection),
            Operation = "Connection.Switch",
            Target = target,
            Parameters = new { from, connection = connectionName, region },
            Outcome = refusal is null ? AuditOutcome.Succeeded : AuditOutcome.Denied,
            Error = refusal,
        };
        if (refusal is not null)
        {
            await audit.RecordAsync(record, CancellationToken.None);
            throw new ConnectionSwitchDeniedException(refusal);
        }

        _chosen = (connection!, region);
        _restoredFor = actor!.Name;
        // The entry belongs to the connection switched to: that is where the user now acts.
        using (ConnectionStamp.Enter(await StampAsync(cancellationToken)))
        {
            await audit.RecordAsync(record, CancellationToken.None);
        }
        await RememberAsync(actor.Name, connection!.Name, region);
        Changed?.Invoke();
    }

    private async Task RememberAsync(string userName, string connectionName, string region)
    {
        var normalized = ConsoleUser.Normalize(userName);
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        var row = await db.Set<ConnectionChoice>().SingleOrDefaultAsync(c => c.NormalizedUserName == normalized, CancellationToken.None);
        if (row is null)
        {
            row = new ConnectionChoice { NormalizedUserName = normalized, ConnectionName = connectionName, Region = region };
            db.Add(row);
        }
        row.ConnectionName = connectionName;
        row.Region = region;
        row.ChosenAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
    }
}

/// <summary>A connection switch the service layer refused; the message says why and what to do.</summary>
public sealed class ConnectionSwitchDeniedException(string message) : InvalidOperationException(message);

/// <summary>A connection's settings and stamp, to make ambient for one flow.</summary>
public sealed record AmbientConnection(AwsConnection Aws, AwsConnectionSettings Settings, ConnectionStamp Stamp)
{
    /// <summary>Makes the settings and stamp ambient until the returned scope is disposed. Call it synchronously in the flow that runs under it.</summary>
    public IDisposable Enter() => new Both(Aws.Use(Settings), ConnectionStamp.Enter(Stamp));

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            second.Dispose();
            first.Dispose();
        }
    }
}
