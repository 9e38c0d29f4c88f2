using EcsConsole.Core.Security;

namespace EcsConsole.Web.Security;

/// <summary>Where a single sign-on session's role is re-read from while the session lasts. Singleton.</summary>
public interface IOidcRoleSource
{
    bool IsEnabled { get; }

    /// <summary>How long a role read from the provider is trusted before it is read again (<c>Auth:Oidc:RoleRefresh</c>).</summary>
    TimeSpan RefreshInterval { get; }

    /// <summary>The session's console role as the provider sees it now; null when it has none or cannot say.</summary>
    Task<ConsoleRole?> ReadRoleAsync(ConsoleSession session, CancellationToken cancellationToken);
}
