using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EcsConsole.Web.Security;

/// <summary>Keeps <see cref="OperatorPrincipalAccessor"/> in step with the circuit's authentication state.</summary>
internal sealed class OperatorCircuitHandler(AuthenticationStateProvider authenticationState, OperatorPrincipalAccessor accessor) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authenticationState.AuthenticationStateChanged += OnChanged;
        accessor.Principal = (await authenticationState.GetAuthenticationStateAsync()).User;
    }

    public void Dispose() => authenticationState.AuthenticationStateChanged -= OnChanged;

    private async void OnChanged(Task<AuthenticationState> state)
    {
        // An async void handler must not throw: a failed refresh leaves the previous principal, which the store re-checks.
        try
        {
            accessor.Principal = (await state).User;
        }
        catch (InvalidOperationException)
        {
        }
    }
}
