namespace EcsConsole.Core.Security;

/// <summary>
/// Scoped: when set, the console itself acts in this scope under a system actor's name (a delivery policy's
/// <c>policy:news-v</c>) instead of a signed-in person. The host's <see cref="ICurrentOperator"/> answers it first, so the
/// operation gate role-checks and audits such work like any operator's. Only server code creating its own scope sets it.
/// </summary>
public sealed class SystemActorContext
{
    public OperatorIdentity? Actor { get; private set; }

    /// <summary>Acts as <paramref name="name"/> with <paramref name="role"/> for the rest of this scope.</summary>
    public void ActAs(string name, ConsoleRole role) => Actor = new OperatorIdentity(name, role, IsLocalAccount: false);
}
