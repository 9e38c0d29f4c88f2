namespace EcsConsole.Core.Security;

/// <summary>
/// The operator on whose behalf the current scope (a Blazor circuit or an HTTP request) acts.
/// Scoped; the web host implements it from the authentication state.
/// </summary>
public interface ICurrentOperator
{
    /// <summary>The signed-in operator with their current role, or null when nobody is signed in or the account is disabled.</summary>
    Task<OperatorIdentity?> GetAsync(CancellationToken cancellationToken);
}
