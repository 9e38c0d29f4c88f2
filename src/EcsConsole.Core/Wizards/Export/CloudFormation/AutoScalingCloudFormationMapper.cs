using System.Globalization;
using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// EC2 Auto Scaling CreateAutoScalingGroup as an <c>AWS::AutoScaling::AutoScalingGroup</c>. CloudFormation differs from the
/// API in three places: sizes are strings, VPCZoneIdentifier is a list (the API's comma-separated text is split), and a
/// launch template Version cannot be <c>$Latest</c>/<c>$Default</c>, so for a template of the same stack (referred to by
/// name or by reference) it reads that template's LatestVersionNumber/DefaultVersionNumber, and names it by Ref. Outputs: <c>Arn</c> and <c>Name</c> are both <c>Ref</c> (the group
/// name), which AWS::ECS::CapacityProvider's AutoScalingGroupArn accepts.
/// </summary>
public static class AutoScalingCloudFormationMapper
{
    public static void AutoScalingGroup(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var name = body["AutoScalingGroupName"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
        var key = call.Key ?? CloudFormationExporter.LogicalId(name, "AutoScalingGroup");
        var properties = new JsonObject();
        foreach (var (member, node) in body)
        {
            switch (member)
            {
                case "MinSize" or "MaxSize" or "DesiredCapacity":
                    properties[member] = node is JsonValue number && number.TryGetValue<int>(out var size)
                        ? size.ToString(CultureInfo.InvariantCulture)
                        : node?.DeepClone();
                    break;
                case "VPCZoneIdentifier":
                    properties[member] = Subnets(node);
                    break;
                case "LaunchTemplate" when node is JsonObject launchTemplate:
                    properties[member] = LaunchTemplate(launchTemplate, template);
                    break;
                default:
                    properties[member] = node?.DeepClone();
                    break;
            }
        }

        template.AddResource(key, "AWS::AutoScaling::AutoScalingGroup", properties);
        template.DeclareOutput(key, "Arn", "Ref");
        template.DeclareOutput(key, "Name", "Ref");
    }

    private static JsonNode? Subnets(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) =>
            new JsonArray(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
        JsonObject expression => new JsonObject { ["Fn::Split"] = new JsonArray(",", expression.DeepClone()) },
        _ => node?.DeepClone(),
    };

    private static JsonObject LaunchTemplate(JsonObject specification, CloudFormationTemplate template)
    {
        var result = (JsonObject)specification.DeepClone();

        // A template of the same stack named literally is referred to by Ref, so CloudFormation creates it first.
        if (result["LaunchTemplateName"] is JsonValue literal && literal.TryGetValue<string>(out var name)
            && template.ResourcesOfType("AWS::EC2::LaunchTemplate").FirstOrDefault(r => r.Resource["Properties"]?["LaunchTemplateName"] is JsonValue v
                && v.TryGetValue<string>(out var other) && other == name) is { LogicalId: { } sameStack })
        {
            result.Remove("LaunchTemplateName");
            result["LaunchTemplateId"] = new JsonObject { ["Ref"] = sameStack };
        }

        var version = result["Version"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        var reference = Reference(result["LaunchTemplateId"]) ?? Reference(result["LaunchTemplateName"]);
        if (version is "$Latest" or "$Default" or null && reference is not null)
        {
            result["Version"] = new JsonObject { ["Fn::GetAtt"] = new JsonArray(reference, version == "$Default" ? "DefaultVersionNumber" : "LatestVersionNumber") };
        }
        else if (version is null or "$Latest" or "$Default")
        {
            // A template outside the stack: CloudFormation needs a number; its first version is what a new template has.
            result["Version"] = "1";
        }

        return result;
    }

    // The logical id a {"Ref": X} or {"Fn::GetAtt": [X, ...]} points at.
    private static string? Reference(JsonNode? node) => node switch
    {
        JsonObject obj when obj["Ref"] is JsonValue id => id.GetValue<string>(),
        JsonObject obj when obj["Fn::GetAtt"] is JsonArray { Count: > 0 } attribute => attribute[0]?.GetValue<string>(),
        _ => null,
    };
}
