using System.Security.Claims;
using EcsConsole.Core.Security;

namespace EcsConsole.Web.Security;

/// <summary>Turns an identity provider's role or group claims into one console role, using <c>Auth:Oidc:RoleMapping</c>.</summary>
public static class OidcRoleMapper
{
    /// <summary>The highest mapped role, else the default role, else null (the sign-in is refused).</summary>
    public static ConsoleRole? Map(ClaimsPrincipal principal, OidcSignInOptions options)
    {
        var values = principal.Claims
            .Where(c => string.Equals(c.Type, options.RoleClaim, StringComparison.OrdinalIgnoreCase))
            .SelectMany(c => SplitValues(c.Value));
        var mapped = ConsoleRoles.Highest(values.Select(v => options.RoleMapping.TryGetValue(v, out var role) ? role : null));
        return mapped ?? ConsoleRoles.Parse(options.DefaultRole);
    }

    /// <summary>The provider's group or role values (the role claim's), for grants per connection.</summary>
    public static IReadOnlyList<string> Groups(ClaimsPrincipal principal, OidcSignInOptions options) =>
        [.. principal.Claims
            .Where(c => string.Equals(c.Type, options.RoleClaim, StringComparison.OrdinalIgnoreCase))
            .SelectMany(c => SplitValues(c.Value))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>The name shown in the console and the audit trail.</summary>
    public static string? DisplayName(ClaimsPrincipal principal) =>
        new[] { "preferred_username", "email", "name", "sub" }
            .Select(t => principal.FindFirst(t)?.Value)
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    // Some providers put several groups in one claim as a JSON array; the handler usually splits them, but not always.
    private static IEnumerable<string> SplitValues(string value) =>
        value.StartsWith('[')
            ? value.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => v.Trim('"'))
            : [value];
}
