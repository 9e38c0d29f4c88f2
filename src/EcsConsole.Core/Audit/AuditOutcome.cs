namespace EcsConsole.Core.Audit;

public enum AuditOutcome
{
    Succeeded,
    Failed,
    Denied,
}
