using System.Security.Cryptography;
using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Security;

/// <summary>
/// Server-side sessions: started at sign-in, checked on every request and circuit revalidation, revoked at sign-out
/// and whenever an account's password, role or enabled state changes. Singleton.
/// </summary>
public sealed class ConsoleSessionStore(IDbContextFactory<ConsoleDbContext> contexts, TimeProvider timeProvider)
{
    // Revoked rows are kept a day for the record, then removed at the next sign-in.
    private static readonly TimeSpan RevokedRetention = TimeSpan.FromDays(1);

    /// <summary>Records a new session for <paramref name="userName"/> and returns its id for the cookie.</summary>
    public async Task<string> StartAsync(string userName, bool isLocalAccount, CancellationToken cancellationToken, string? protectedAccessToken = null)
    {
        var now = timeProvider.GetUtcNow();
        var id = Base64UrlId();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Sessions.Add(new ConsoleSession
        {
            Id = id,
            NormalizedUserName = ConsoleUser.Normalize(userName),
            IsLocalAccount = isLocalAccount,
            CreatedAt = now,
            RoleCheckedAt = isLocalAccount ? null : now,
            ProtectedAccessToken = protectedAccessToken,
        });
        await db.SaveChangesAsync(cancellationToken);
        var expired = now - RevokedRetention;
        await db.Sessions.Where(s => s.RevokedAt != null && s.RevokedAt < expired).ExecuteDeleteAsync(cancellationToken);
        return id;
    }

    /// <summary>The session when it exists, belongs to <paramref name="userName"/> and is not revoked; otherwise null.</summary>
    public async Task<ConsoleSession?> FindActiveAsync(string? sessionId, string userName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionId)) return null;
        var normalized = ConsoleUser.Normalize(userName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.NormalizedUserName == normalized && s.RevokedAt == null, cancellationToken);
    }

    public async Task RevokeAsync(string? sessionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionId)) return;
        var now = timeProvider.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Sessions.Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), cancellationToken);
    }

    /// <summary>Ends every session of one user, e.g. after their password was reset.</summary>
    public async Task<int> RevokeAllAsync(string userName, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var normalized = ConsoleUser.Normalize(userName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Sessions.Where(s => s.NormalizedUserName == normalized && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), cancellationToken);
    }

    /// <summary>Notes that the identity provider confirmed a single sign-on session's role just now.</summary>
    public async Task MarkRoleCheckedAsync(string sessionId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.RoleCheckedAt, now), cancellationToken);
    }

    private static string Base64UrlId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
