using System.Security.Claims;
using EcsConsole.Core.Security;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace EcsConsole.Web.Security;

/// <summary>The claims the console puts in its session cookie.</summary>
public static class ConsoleClaims
{
    /// <summary>How the user signed in: <see cref="LocalMethod"/> or <see cref="OidcMethod"/>.</summary>
    public const string AuthMethod = "ecsconsole:auth";
    public const string LocalMethod = "local";
    public const string OidcMethod = "oidc";

    /// <summary>The server-side session (<see cref="ConsoleSessionStore"/>) this cookie belongs to.</summary>
    public const string SessionId = "ecsconsole:sid";

    /// <summary>A single sign-on group (or role claim value) of the user, for roles per connection.</summary>
    public const string Group = "ecsconsole:group";

    public static ClaimsPrincipal CreatePrincipal(OperatorIdentity identity, string method, string sessionId) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, identity.Name),
                new Claim(ClaimTypes.Role, identity.Role.ToString()),
                new Claim(AuthMethod, method),
                new Claim(SessionId, sessionId),
                .. identity.Groups.Select(g => new Claim(Group, g)),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme,
            ClaimTypes.Name,
            ClaimTypes.Role));

    /// <summary>The operator as the claims describe them, before checking the store; null when not signed in or role-less.</summary>
    public static OperatorIdentity? ToOperator(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true, Name: { Length: > 0 } name }) return null;
        var role = ConsoleRoles.Highest(principal.FindAll(ClaimTypes.Role).Select(c => c.Value));
        return role is null ? null : new OperatorIdentity(name, role.Value, IsLocal(principal)) { Groups = [.. principal.FindAll(Group).Select(c => c.Value)] };
    }

    public static string? SessionOf(ClaimsPrincipal? principal) => principal?.FindFirst(SessionId)?.Value;

    public static bool IsLocal(ClaimsPrincipal principal) => principal.FindFirst(AuthMethod)?.Value == LocalMethod;
}
