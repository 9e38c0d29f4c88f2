using System.Security.Claims;

namespace EcsConsole.Web.Security;

/// <summary>
/// The principal of the current DI scope: set per HTTP request by middleware and per Blazor circuit by
/// <see cref="OperatorCircuitHandler"/>, because neither HttpContext nor the authentication state provider is
/// reliable in both places. Scoped.
/// </summary>
public sealed class OperatorPrincipalAccessor
{
    public ClaimsPrincipal? Principal { get; set; }
}
