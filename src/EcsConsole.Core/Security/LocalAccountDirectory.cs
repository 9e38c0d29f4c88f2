using EcsConsole.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Security;

/// <summary>
/// Reads the live state of local accounts, so a disabled user or a changed role takes effect on the next operation
/// rather than when the session cookie expires. Singleton.
/// </summary>
public sealed class LocalAccountDirectory(IDbContextFactory<ConsoleDbContext> contexts)
{
    /// <summary>The account as an operator, or null when it does not exist or is disabled.</summary>
    public async Task<OperatorIdentity?> FindActiveAsync(string userName, CancellationToken cancellationToken)
    {
        var normalized = ConsoleUser.Normalize(userName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        return user is null || user.IsDisabled ? null : new OperatorIdentity(user.UserName, user.Role, IsLocalAccount: true);
    }
}
