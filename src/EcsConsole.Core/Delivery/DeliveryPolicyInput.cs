using System.Text.RegularExpressions;

namespace EcsConsole.Core.Delivery;

/// <summary>What an Admin types into the policy editor; <see cref="Validate"/> says what to fix, field by field.</summary>
public sealed partial record DeliveryPolicyInput
{
    public string Name { get; init; } = "";
    public string Cluster { get; init; } = "";
    public string Service { get; init; } = "";
    public string Repository { get; init; } = "";
    public string TagPattern { get; init; } = "";
    public string? Container { get; init; }
    public bool RequireApproval { get; init; }

    /// <summary>"HH:mm" UTC, or empty for no quiet window; both ends or neither.</summary>
    public string? QuietFrom { get; init; }

    public string? QuietTo { get; init; }

    public bool Enabled { get; init; } = true;

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!NamePattern().IsMatch(Name))
        {
            problems.Add("Name: 1 to 64 lower-case letters, digits and dashes, starting with a letter (e.g. news-v).");
        }

        if (string.IsNullOrWhiteSpace(Cluster)) problems.Add("Cluster: choose the cluster to deploy to.");
        if (string.IsNullOrWhiteSpace(Service)) problems.Add("Service: choose the service to deploy.");
        if (string.IsNullOrWhiteSpace(Repository)) problems.Add("Repository: choose the ECR repository to watch.");
        if (!Delivery.TagPattern.TryParse(TagPattern, out _, out var patternProblem))
        {
            problems.Add("Tag pattern: " + patternProblem);
        }

        var hasFrom = !string.IsNullOrWhiteSpace(QuietFrom);
        var hasTo = !string.IsNullOrWhiteSpace(QuietTo);
        if (hasFrom != hasTo)
        {
            problems.Add("Quiet window: give both the start and the end (HH:mm UTC), or neither.");
        }
        else if (hasFrom)
        {
            var from = QuietWindow.ParseMinute(QuietFrom!, out var fromProblem);
            var to = QuietWindow.ParseMinute(QuietTo!, out var toProblem);
            if (fromProblem is not null) problems.Add("Quiet window start: " + fromProblem);
            if (toProblem is not null) problems.Add("Quiet window end: " + toProblem);
            if (from is not null && from == to) problems.Add("Quiet window: start and end are the same time; leave both empty for no window.");
        }

        return problems;
    }

    public DeliveryPolicy ToPolicy(string createdBy, DateTimeOffset now) => new()
    {
        Name = Name.Trim(),
        Cluster = Cluster.Trim(),
        Service = Service.Trim(),
        Repository = Repository.Trim(),
        TagPattern = Delivery.TagPattern.Parse(TagPattern).Text,
        Container = string.IsNullOrWhiteSpace(Container) ? null : Container.Trim(),
        RequireApproval = RequireApproval,
        QuietStartMinute = string.IsNullOrWhiteSpace(QuietFrom) ? null : QuietWindow.ParseMinute(QuietFrom, out _),
        QuietEndMinute = string.IsNullOrWhiteSpace(QuietTo) ? null : QuietWindow.ParseMinute(QuietTo, out _),
        Enabled = Enabled,
        CreatedBy = createdBy,
        CreatedAt = now,
    };

    public static DeliveryPolicyInput From(DeliveryPolicy policy) => new()
    {
        Name = policy.Name,
        Cluster = policy.Cluster,
        Service = policy.Service,
        Repository = policy.Repository,
        TagPattern = policy.TagPattern,
        Container = policy.Container,
        RequireApproval = policy.RequireApproval,
        QuietFrom = policy.QuietStartMinute is { } start ? QuietWindow.Format(start) : null,
        QuietTo = policy.QuietEndMinute is { } end ? QuietWindow.Format(end) : null,
        Enabled = policy.Enabled,
    };

    [GeneratedRegex("^[a-z][a-z0-9-]{0,63}$")]
    private static partial Regex NamePattern();
}
