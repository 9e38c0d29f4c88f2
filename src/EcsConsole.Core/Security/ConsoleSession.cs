namespace EcsConsole.Core.Security;

/// <summary>
/// One signed-in browser session. The session cookie names it; the server decides whether it still counts, so a
/// cookie copied before sign-out, a password reset, a role change or a disable is worth nothing afterwards.
/// </summary>
public sealed class ConsoleSession
{
    /// <summary>Random, unguessable; the cookie's <c>ecsconsole:sid</c> claim.</summary>
    public required string Id { get; set; }

    /// <summary><see cref="ConsoleUser.Normalize"/>d user name, so all sessions of one person can be ended together.</summary>
    public required string NormalizedUserName { get; set; }

    public bool IsLocalAccount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set once; a revoked session never becomes valid again.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Single sign-on only: when the provider last confirmed the role (see <c>Auth:Oidc:RoleRefresh</c>).</summary>
    public DateTimeOffset? RoleCheckedAt { get; set; }

    /// <summary>
    /// Single sign-on only: the provider's access token, encrypted by the web host, used to re-read the user's roles
    /// from the provider's userinfo endpoint. Never sent to the browser.
    /// </summary>
    public string? ProtectedAccessToken { get; set; }
}
