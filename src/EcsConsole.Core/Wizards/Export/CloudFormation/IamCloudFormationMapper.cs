using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// IAM calls as resources: each role with its trust policy, managed policies, inline policies and tags becomes an
/// <c>AWS::IAM::Role</c>; instance profiles <c>AWS::IAM::InstanceProfile</c>; service-linked roles <c>AWS::IAM::ServiceLinkedRole</c>.
/// Policies and profile memberships amend the role or profile created earlier in the plan.
/// </summary>
public static class IamCloudFormationMapper
{
    public static void Role(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var name = Text(body, "RoleName");
        var id = call.Key ?? CloudFormationExporter.LogicalId(name, "Role");
        var role = new JsonObject
        {
            ["RoleName"] = name,
            ["AssumeRolePolicyDocument"] = JsonNode.Parse(Text(body, "AssumeRolePolicyDocument")),
        };
        Copy(body, role, "Description", "Path", "MaxSessionDuration", "PermissionsBoundary", "Tags");
        template.AddResource(id, "AWS::IAM::Role", role);
        template.DeclareOutput(id, "Arn", "Arn");
    }

    public static void AttachedPolicy(PlannedCall call, JsonObject body, CloudFormationTemplate template) =>
        Append(RoleProperties(template, body), "ManagedPolicyArns", JsonValue.Create(Text(body, "PolicyArn")));

    public static void InlinePolicy(PlannedCall call, JsonObject body, CloudFormationTemplate template) =>
        Append(RoleProperties(template, body), "Policies", new JsonObject
        {
            ["PolicyName"] = Text(body, "PolicyName"),
            ["PolicyDocument"] = JsonNode.Parse(Text(body, "PolicyDocument")),
        });

    public static void InstanceProfile(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var profile = new JsonObject { ["InstanceProfileName"] = Text(body, "InstanceProfileName"), ["Roles"] = new JsonArray() };
        Copy(body, profile, "Path");
        template.AddResource(call.Key ?? CloudFormationExporter.LogicalId(Text(body, "InstanceProfileName"), "InstanceProfile"), "AWS::IAM::InstanceProfile", profile);
    }

    public static void ProfileRole(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var profileName = Text(body, "InstanceProfileName");
        var roles = template.ResourcesOfType("AWS::IAM::InstanceProfile")
            .FirstOrDefault(p => p.Resource["Properties"]?["InstanceProfileName"]?.GetValue<string>() == profileName).Resource?["Properties"]?["Roles"]?.AsArray()
            ?? throw new InvalidOperationException($"The plan adds a role to instance profile {profileName} before creating it.");
        roles.Add(new JsonObject { ["Ref"] = RoleId(template, Text(body, "RoleName")) });
    }

    public static void ServiceLinkedRole(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var linked = new JsonObject { ["AWSServiceName"] = Text(body, "AWSServiceName") };
        Copy(body, linked, "Description", "CustomSuffix");
        // Most accounts have these already, and CloudFormation fails on an existing one: keep it deletable by hand.
        var resource = template.AddResource(call.Key ?? CloudFormationExporter.LogicalId(Text(body, "AWSServiceName"), "ServiceLinkedRole"), "AWS::IAM::ServiceLinkedRole", linked);
        resource["DeletionPolicy"] = "Retain";
        resource["UpdateReplacePolicy"] = "Retain";
    }

    private static string RoleId(CloudFormationTemplate template, string roleName) =>
        template.ResourcesOfType("AWS::IAM::Role").FirstOrDefault(r => r.Resource["Properties"]?["RoleName"]?.GetValue<string>() == roleName).LogicalId
        ?? throw new InvalidOperationException($"The plan changes role {roleName} without creating it; CloudFormation can only describe roles it creates.");

    private static JsonObject RoleProperties(CloudFormationTemplate template, JsonObject body) =>
        template.Resource(RoleId(template, Text(body, "RoleName")))!["Properties"]!.AsObject();

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
