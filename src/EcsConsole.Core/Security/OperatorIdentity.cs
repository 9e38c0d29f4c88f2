namespace EcsConsole.Core.Security;

/// <summary>Who is acting: the signed-in person (or <c>system</c> for the console's own start-up work) and their role.</summary>
/// <param name="Name">The user name shown in the audit trail.</param>
/// <param name="Role">The role in force now.</param>
/// <param name="IsLocalAccount">True for accounts in the console's store; false for single sign-on principals.</param>
public sealed record OperatorIdentity(string Name, ConsoleRole Role, bool IsLocalAccount)
{
    /// <summary>The single sign-on groups (or role claim values) the person had at sign-in; per-connection grants use them.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];
}
