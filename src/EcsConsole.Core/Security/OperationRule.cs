namespace EcsConsole.Core.Security;

/// <summary>How one <see cref="MutatingOperation"/> is named in the audit trail and which role it needs.</summary>
/// <param name="Name">The audit name, e.g. <c>Rollout.Start</c>.</param>
/// <param name="MinimumRole">The lowest role allowed to run it.</param>
/// <param name="ChangesService">True when it changes a service, so production clusters need a typed confirmation.</param>
public sealed record OperationRule(string Name, ConsoleRole MinimumRole, bool ChangesService);
