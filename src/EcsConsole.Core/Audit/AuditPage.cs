namespace EcsConsole.Core.Audit;

/// <summary>One page of audit entries and how many match the filters in total.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int TotalCount);
