using System.Security.Claims;
using EcsConsole.Core.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace EcsConsole.Web.Security;

/// <summary>
/// The operator of this request or circuit. Local accounts are re-read from the store on every call, so disabling a
/// user or changing a role applies to their very next operation; single sign-on users keep the role their token gave.
/// </summary>
internal sealed class CurrentOperator(OperatorPrincipalAccessor accessor, IServiceProvider services, LocalAccountDirectory accounts) : ICurrentOperator
{
    public async Task<OperatorIdentity?> GetAsync(CancellationToken cancellationToken)
    {
        // The console's own background work (a delivery policy's rollout) acts under its system actor, never a person.
        if (services.GetService<SystemActorContext>()?.Actor is { } system) return system;
        var claimed = ConsoleClaims.ToOperator(await PrincipalAsync());
        if (claimed is null || !claimed.IsLocalAccount) return claimed;
        return await accounts.FindActiveAsync(claimed.Name, cancellationToken);
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
