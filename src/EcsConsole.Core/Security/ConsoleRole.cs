namespace EcsConsole.Core.Security;

/// <summary>The console's roles, ordered so that a higher value includes everything a lower one may do.</summary>
public enum ConsoleRole
{
    /// <summary>Reads clusters, services, logs and the audit trail.</summary>
    Viewer = 1,

    /// <summary>Viewer, plus rollouts, scaling, rollbacks and deployment hook approvals.</summary>
    Operator = 2,

    /// <summary>Operator, plus wizards, IAM, clusters, users and roles.</summary>
    Admin = 3,
}
