using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Web.Components.Pages.Wizards;

/// <summary>
/// The IAM roles wizard page's state, testable without a browser: the input being edited, the step shown, the plan once
/// the input validates, what exists already, and the exports.
/// </summary>
public sealed class IamRolesWizardModel : WizardModel<IamRolesWizardInput>
{
    private static readonly string[] StepTitles = ["Roles", "Names and tags", "Task role access", "Plan", "Run"];

    public IamRolesWizardModel() => Input = new() { ServiceName = "users" };

    public override IReadOnlyList<string> Titles => StepTitles;

    /// <summary>The names are what a failed run most often needs corrected.</summary>
    public override int CorrectionStep => 1;

    /// <summary>
    /// The partition of the region the console is connected to: managed policy and bucket ARNs are written for it.
    /// Asked each time a plan is built, as the region may change while the page is open; null plans for aws.
    /// </summary>
    public Func<AwsPartition?> Partition { get; set; } = () => null;

    public string NewGrantResource { get; set; } = "";

    public GrantResourceKind NewGrantKind { get; set; } = GrantResourceKind.DynamoDbTable;

    public GrantAccess NewGrantAccess { get; set; } = GrantAccess.Read;

    public string NewSecret { get; set; } = "";

    public static IamRolesWizardModel FromJson(string? json) => FromJson<IamRolesWizardModel>(json);

    public bool Has(EcsRoleKind kind) => Input.Roles.Contains(kind);

    public void Toggle(EcsRoleKind kind, bool on)
    {
        if (on)
        {
            Input.Roles.Add(kind);
        }
        else
        {
            Input.Roles.Remove(kind);
        }

        Invalidate();
    }

    protected override void BeforeNext()
    {
        if (Step == 0)
        {
            Input.FillDefaultNames();
            SetTagDefault("service", Input.ServiceName);
        }
    }

    protected override void BeforePlan() => Input.FillDefaultNames();

    protected override IReadOnlyList<WizardValidationError> Validate() => IamRolesWizardValidator.Validate(Input);

    protected override (WizardPlan? Plan, IReadOnlyList<WizardValidationError> Errors) MakePlan() => IamRolesWizard.Plan(Input, Partition());

    protected override int StepOf(string field) => field switch
    {
        nameof(IamRolesWizardInput.ServiceName) or nameof(IamRolesWizardInput.Roles) => 0,
        nameof(IamRolesWizardInput.TaskGrants) or nameof(IamRolesWizardInput.ExecutionSecrets) => 2,
        _ => 1,
    };

    public void AddGrant()
    {
        if (NewGrantResource.Trim().Length == 0)
        {
            return;
        }

        Input.TaskGrants.Add(new ResourceGrant(NewGrantKind, NewGrantResource.Trim(), NewGrantAccess));
        NewGrantResource = "";
        Invalidate();
    }

    public void RemoveGrant(ResourceGrant grant)
    {
        Input.TaskGrants.Remove(grant);
        Invalidate();
    }

    public void AddSecret()
    {
        if (NewSecret.Trim().Length > 0)
        {
            Input.ExecutionSecrets.Add(NewSecret.Trim());
            NewSecret = "";
            Invalidate();
        }
    }

    public void AddTag() => Input.Tags.Add(new WizardTag("", ""));

    public void SetTag(int index, string key, string value)
    {
        Input.Tags[index] = new WizardTag(key, value);
        Invalidate();
    }

    /// <summary>A request body for reading: indented, with embedded policy documents shown as JSON rather than as one long string.</summary>
    public static string Readable(string body)
    {
        var node = JsonNode.Parse(body)!.AsObject();
        foreach (var (member, value) in node.ToList())
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var s) && s.StartsWith('{'))
            {
                node[member] = JsonNode.Parse(s);
            }
        }

        return node.ToJsonString(ReadableJson);
    }

    private static readonly JsonSerializerOptions ReadableJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string DataUri(string mediaType, string text) => $"data:{mediaType};base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}";

    private void SetTagDefault(string key, string value)
    {
        var index = Input.Tags.FindIndex(t => t.Key == key);
        if (index >= 0 && Input.Tags[index].Value.Length == 0)
        {
            Input.Tags[index] = new WizardTag(key, value);
        }
    }
}
