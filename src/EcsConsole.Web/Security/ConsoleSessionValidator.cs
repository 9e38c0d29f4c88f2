using System.Security.Claims;
using EcsConsole.Core.Security;

namespace EcsConsole.Web.Security;

/// <summary>
/// Decides whether a session cookie still counts and as whom: its server-side session must be live, a local account
/// must still exist and be enabled, and a single sign-on role is re-read from the provider once every
/// <c>Auth:Oidc:RoleRefresh</c>. Used on every request and by each circuit's revalidation. Singleton.
/// </summary>
internal sealed class ConsoleSessionValidator(
    ConsoleSessionStore sessions,
    LocalAccountDirectory accounts,
    IOidcRoleSource oidcRoles,
    TimeProvider timeProvider)
{
    /// <summary>The operator the session stands for now, or null when it must end.</summary>
    public async Task<OperatorIdentity?> ValidateAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var claimed = ConsoleClaims.ToOperator(principal);
        if (claimed is null) return null;
        var session = await sessions.FindActiveAsync(ConsoleClaims.SessionOf(principal), claimed.Name, cancellationToken);
        if (session is null) return null;
        if (claimed.IsLocalAccount) return await accounts.FindActiveAsync(claimed.Name, cancellationToken);

        if (!oidcRoles.IsEnabled) return null;
        var checkedAt = session.RoleCheckedAt ?? session.CreatedAt;
        if (timeProvider.GetUtcNow() - checkedAt < oidcRoles.RefreshInterval) return claimed;
        var role = await oidcRoles.ReadRoleAsync(session, cancellationToken);
        if (role is null)
        {
            // The provider no longer gives this person a console role (or no longer answers for the token): the session ends.
            await sessions.RevokeAsync(session.Id, CancellationToken.None);
            return null;
        }

        await sessions.MarkRoleCheckedAsync(session.Id, CancellationToken.None);
        return claimed with { Role = role.Value };
    }
}
