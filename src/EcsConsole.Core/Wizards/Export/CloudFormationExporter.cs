using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export;

/// <summary>
/// An IAM plan as a CloudFormation template (JSON, which CloudFormation also reads as YAML): each role with its trust
/// policy, managed policies, inline policies and tags becomes an <c>AWS::IAM::Role</c>; instance profiles
/// <c>AWS::IAM::InstanceProfile</c>; service-linked roles <c>AWS::IAM::ServiceLinkedRole</c>.
/// </summary>
public static class CloudFormationExporter
{
    public static string Export(WizardPlan plan)
    {
        var resources = new JsonObject();
        var outputs = new JsonObject();
        var roleIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var call in plan.Calls)
        {
            var body = JsonNode.Parse(call.Body)!.AsObject();
            switch (call.Operation)
            {
                case "CreateRole":
                    var name = Text(body, "RoleName");
                    var id = LogicalId(name, "Role");
                    roleIds[name] = id;
                    var role = new JsonObject
                    {
                        ["RoleName"] = name,
                        ["AssumeRolePolicyDocument"] = JsonNode.Parse(Text(body, "AssumeRolePolicyDocument")),
                    };
                    Copy(body, role, "Description", "Path", "MaxSessionDuration", "PermissionsBoundary", "Tags");
                    resources[id] = Resource("AWS::IAM::Role", role);
                    outputs[id + "Arn"] = new JsonObject { ["Value"] = new JsonObject { ["Fn::GetAtt"] = new JsonArray(id, "Arn") } };
                    break;
                case "AttachRolePolicy":
                    Append(RoleProperties(resources, roleIds, body), "ManagedPolicyArns", JsonValue.Create(Text(body, "PolicyArn")));
                    break;
                case "PutRolePolicy":
                    Append(RoleProperties(resources, roleIds, body), "Policies", new JsonObject
                    {
                        ["PolicyName"] = Text(body, "PolicyName"),
                        ["PolicyDocument"] = JsonNode.Parse(Text(body, "PolicyDocument")),
                    });
                    break;
                case "CreateInstanceProfile":
                    var profile = new JsonObject { ["InstanceProfileName"] = Text(body, "InstanceProfileName"), ["Roles"] = new JsonArray() };
                    Copy(body, profile, "Path");
                    resources[LogicalId(Text(body, "InstanceProfileName"), "InstanceProfile")] = Resource("AWS::IAM::InstanceProfile", profile);
                    break;
                case "AddRoleToInstanceProfile":
                    var profileId = LogicalId(Text(body, "InstanceProfileName"), "InstanceProfile");
                    var roles = resources[profileId]?["Properties"]?["Roles"]?.AsArray()
                        ?? throw new InvalidOperationException($"The plan adds a role to instance profile {Text(body, "InstanceProfileName")} before creating it.");
                    roles.Add(Reference(roleIds, Text(body, "RoleName")));
                    break;
                case "CreateServiceLinkedRole":
                    var linked = new JsonObject { ["AWSServiceName"] = Text(body, "AWSServiceName") };
                    Copy(body, linked, "Description", "CustomSuffix");
                    // Most accounts have these already, and CloudFormation fails on an existing one: keep it deletable by hand.
                    var resource = Resource("AWS::IAM::ServiceLinkedRole", linked);
                    resource["DeletionPolicy"] = "Retain";
                    resource["UpdateReplacePolicy"] = "Retain";
                    resources[LogicalId(Text(body, "AWSServiceName"), "ServiceLinkedRole")] = resource;
                    break;
                default:
                    throw new NotSupportedException($"{call.Action} has no CloudFormation equivalent in this exporter.");
            }
        }

        var template = new JsonObject
        {
            ["AWSTemplateFormatVersion"] = "2010-09-09",
            ["Description"] = $"{plan.Summary} (exported by EcsConsole, {plan.Wizard} wizard)",
            ["Resources"] = resources,
            ["Outputs"] = outputs,
        };
        return template.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>CloudFormation logical ids are alphanumeric: <c>users-task</c> → <c>UsersTaskRole</c>.</summary>
    public static string LogicalId(string name, string suffix)
    {
        var id = new StringBuilder();
        var upper = true;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            id.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return id + suffix;
    }

    private static JsonObject Resource(string type, JsonObject properties) => new() { ["Type"] = type, ["Properties"] = properties };

    private static JsonObject RoleProperties(JsonObject resources, Dictionary<string, string> roleIds, JsonObject body)
    {
        var role = Text(body, "RoleName");
        return roleIds.TryGetValue(role, out var id)
            ? resources[id]!["Properties"]!.AsObject()
            : throw new InvalidOperationException($"The plan changes role {role} without creating it; CloudFormation can only describe roles it creates.");
    }

    private static JsonObject Reference(Dictionary<string, string> roleIds, string role) =>
        roleIds.TryGetValue(role, out var id) ? new JsonObject { ["Ref"] = id } : throw new InvalidOperationException($"Role {role} is not created by this plan.");

    private static void Append(JsonObject properties, string member, JsonNode value)
    {
        if (properties[member] is not JsonArray list)
        {
            properties[member] = list = new JsonArray();
        }

        list.Add(value);
    }

    private static void Copy(JsonObject from, JsonObject to, params string[] members)
    {
        foreach (var member in members)
        {
            if (from[member] is { } value)
            {
                to[member] = value.DeepClone();
            }
        }
    }

    private static string Text(JsonObject body, string member) =>
        body[member]?.GetValue<string>() ?? throw new InvalidOperationException($"The planned body has no {member}.");
}
