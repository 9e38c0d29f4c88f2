using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Web.Components.Pages.Wizards;

/// <summary>
/// The IAM roles wizard page's state, testable without a browser: the input being edited, the step shown, the plan once
/// the input validates, what exists already, and the exports.
/// </summary>
public sealed class IamRolesWizardModel : IWizardPlanModel
{
    public static readonly string[] StepTitles = ["Roles", "Names and tags", "Task role access", "Plan", "Run"];

    private static readonly JsonSerializerOptions InputJson = new() { WriteIndented = false };

    public IamRolesWizardInput Input { get; private set; } = new() { ServiceName = "users" };

    public int Step { get; set; }

    public IReadOnlyList<WizardValidationError> Errors { get; private set; } = [];

    public WizardPlan? Plan { get; private set; }

    /// <summary>Per planned call, what the existence check found (same order as the plan's calls).</summary>
    public IReadOnlyList<ExistenceCheckResult>? Existing { get; set; }

    public string NewGrantResource { get; set; } = "";

    public GrantResourceKind NewGrantKind { get; set; } = GrantResourceKind.DynamoDbTable;

    public GrantAccess NewGrantAccess { get; set; } = GrantAccess.Read;

    public string NewSecret { get; set; } = "";

    public static IamRolesWizardModel FromJson(string? json)
    {
        var model = new IamRolesWizardModel();
        if (!string.IsNullOrEmpty(json) && JsonSerializer.Deserialize<IamRolesWizardInput>(json, InputJson) is { } input)
        {
            model.Input = input;
        }

        return model;
    }

    public string InputAsJson() => JsonSerializer.Serialize(Input, InputJson);

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

    public void Next()
    {
        if (Step == 0)
        {
            Input.FillDefaultNames();
            SetTagDefault("service", Input.ServiceName);
        }

        Step = Math.Min(Step + 1, StepTitles.Length - 1);
    }

    public void Back() => Step = Math.Max(Step - 1, 0);

    /// <summary>Validates and, when clean, builds the plan. False leaves <see cref="Errors"/> saying what to fix.</summary>
    public bool BuildPlan(AwsPartition? partition = null)
    {
        Input.FillDefaultNames();
        var (plan, errors) = IamRolesWizard.Plan(Input, partition);
        Plan = plan;
        Errors = errors;
        Existing = null;
        return plan is not null;
    }

    public string? ErrorFor(string field) =>
        Errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault();

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

    public string CliScript() => Plan is null ? "" : AwsCliScriptExporter.Export(Plan);

    public string CloudFormation() => Plan is null ? "" : CloudFormationExporter.Export(Plan);

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

    private void Invalidate()
    {
        Plan = null;
        Existing = null;
    }
}
