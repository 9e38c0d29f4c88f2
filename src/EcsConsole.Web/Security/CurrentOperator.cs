using System.Security.Claims;
using EcsConsole.Core.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace EcsConsole.Web.Security;

/// <summary>
/// The operator of this request or circuit. The session and the account are re-checked on every call, so signing out,
/// disabling a user or changing a role applies to their very next operation, even from a circuit opened before.
/// </summary>
internal sealed class CurrentOperator(OperatorPrincipalAccessor accessor, IServiceProvider services, ConsoleSessionValidator validator) : ICurrentOperator
{
    public async Task<OperatorIdentity?> GetAsync(CancellationToken cancellationToken)
    {
        // The console's own background work (a delivery policy's rollout) acts under its system actor, never a person.
        if (services.GetService<SystemActorContext>()?.Actor is { } system) return system;
        var principal = await PrincipalAsync();
        return principal is null ? null : await validator.ValidateAsync(principal, cancellationToken);
    }

    private async Task<ClaimsPrincipal?> PrincipalAsync()
    {
        if (accessor.Principal is { } principal) return principal;
        if (services.GetService<AuthenticationStateProvider>() is not { } provider) return null;
        try
        {
            return (await provider.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Outside a circuit and before any state was set: nobody is signed in as far as this scope knows.
            return null;
        }
    }
}
