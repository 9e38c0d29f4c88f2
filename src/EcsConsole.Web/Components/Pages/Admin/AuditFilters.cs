using EcsConsole.Core.Audit;

namespace EcsConsole.Web.Components.Pages.Admin;

/// <summary>The audit page's filter inputs; days are UTC and the "to" day is inclusive.</summary>
public sealed class AuditFilters
{
    public string? Actor { get; set; }

    public string? Operation { get; set; }

    public AuditOutcome? Outcome { get; set; }

    public string? Text { get; set; }

    public DateTime? FromDate { get; set; }

    public DateTime? ToDate { get; set; }

    public AuditQuery ToQuery() => new()
    {
        Actor = Actor,
        Operation = Operation,
        Outcome = Outcome,
        Text = Text,
        From = FromDate is { } from ? new DateTimeOffset(DateTime.SpecifyKind(from.Date, DateTimeKind.Utc)) : null,
        To = ToDate is { } to ? new DateTimeOffset(DateTime.SpecifyKind(to.Date.AddDays(1), DateTimeKind.Utc)) : null,
    };
}
