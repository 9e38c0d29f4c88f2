using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace EcsConsole.Web.Security;

/// <summary>
/// Re-checks a live circuit's session every minute: a circuit outlives the request that opened it, so without this a
/// signed-out, disabled or re-roled user would keep reading until they closed the tab. Changes are refused by the
/// operation guard immediately either way; this closes the read side.
/// </summary>
internal sealed class ConsoleRevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, ConsoleSessionValidator validator)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var claimed = ConsoleClaims.ToOperator(authenticationState.User);
        if (claimed is null) return false;
        var current = await validator.ValidateAsync(authenticationState.User, cancellationToken);
        return current is not null && current.Role == claimed.Role;
    }
}
