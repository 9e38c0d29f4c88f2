using EcsConsole.Core.Delivery;

namespace EcsConsole.Web.Model.Delivery;

/// <summary>
/// The policy editor's fields and what they say before saving: the problems to fix, which tags of the repository the
/// pattern matches now (those become the baseline, never deployed) and whether production asks for the service name.
/// </summary>
public sealed class PolicyEditorModel
{
    public string Name { get; set; } = "";
    public string Cluster { get; set; } = "";
    public string Service { get; set; } = "";
    public string Repository { get; set; } = "";
    public string TagPattern { get; set; } = "v*";
    public string? Container { get; set; }
    public bool RequireApproval { get; set; }
    public string? QuietFrom { get; set; }
    public string? QuietTo { get; set; }
    public bool Enabled { get; set; } = true;
    public string Confirmation { get; set; } = "";

    /// <summary>True when editing a saved policy (its name cannot change).</summary>
    public bool IsExisting { get; private set; }

    public static PolicyEditorModel For(DeliveryPolicy policy)
    {
        var input = DeliveryPolicyInput.From(policy);
        return new PolicyEditorModel
        {
            Name = input.Name,
            Cluster = input.Cluster,
            Service = input.Service,
            Repository = input.Repository,
            TagPattern = input.TagPattern,
            Container = input.Container,
            RequireApproval = input.RequireApproval,
            QuietFrom = input.QuietFrom,
            QuietTo = input.QuietTo,
            Enabled = input.Enabled,
            IsExisting = true,
        };
    }

    /// <summary>A new policy for a service: the repository defaults to the service's name, the name to service-pattern.</summary>
    public void ChooseService(string service)
    {
        Service = service;
        if (string.IsNullOrEmpty(Repository)) Repository = service;
        if (!IsExisting && string.IsNullOrEmpty(Name)) Name = service + "-auto";
    }

    public DeliveryPolicyInput ToInput() => new()
    {
        Name = Name.Trim(),
        Cluster = Cluster,
        Service = Service,
        Repository = Repository,
        TagPattern = TagPattern,
        Container = Container,
        RequireApproval = RequireApproval,
        QuietFrom = QuietFrom,
        QuietTo = QuietTo,
        Enabled = Enabled,
    };

    public IReadOnlyList<string> Problems => ToInput().Validate();

    /// <summary>The tags among <paramref name="tags"/> the pattern matches now, or empty while the pattern is invalid.</summary>
    public IReadOnlyList<string> Matching(IEnumerable<string> tags) =>
        Core.Delivery.TagPattern.TryParse(TagPattern, out var pattern, out _) ? [.. tags.Where(pattern!.Matches).Order(StringComparer.Ordinal)] : [];

    public bool ConfirmationComplete(bool production) => !production || Confirmation.Trim() == Service;
}
