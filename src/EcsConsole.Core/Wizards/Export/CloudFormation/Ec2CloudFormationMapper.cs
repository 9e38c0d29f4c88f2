using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// EC2 calls as CloudFormation resources. CreateLaunchTemplate → <c>AWS::EC2::LaunchTemplate</c> (outputs: <c>Id</c> is
/// <c>Ref</c>, <c>LatestVersionNumber</c> and <c>DefaultVersionNumber</c> are attributes; CloudFormation has no name attribute,
/// so later calls refer to the template by <c>Id</c>). CreateSecurityGroup →
/// <c>AWS::EC2::SecurityGroup</c> (<c>Id</c> is <c>Fn::GetAtt GroupId</c>); its creation-time tags become Tags and its
/// Description GroupDescription. AuthorizeSecurityGroupIngress → one <c>AWS::EC2::SecurityGroupIngress</c> per source.
/// </summary>
public static class Ec2CloudFormationMapper
{
    public static void LaunchTemplate(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var name = Text(body["LaunchTemplateName"]);
        var key = call.Key ?? CloudFormationExporter.LogicalId(name, "LaunchTemplate");
        var properties = new JsonObject { ["LaunchTemplateName"] = body["LaunchTemplateName"]?.DeepClone() };
        if (body["LaunchTemplateData"] is JsonObject data)
        {
            properties["LaunchTemplateData"] = data.DeepClone();
        }

        if (Tags(body["TagSpecifications"]) is { } tags)
        {
            properties["TagSpecifications"] = new JsonArray(new JsonObject { ["ResourceType"] = "launch-template", ["Tags"] = tags });
        }

        template.AddResource(key, "AWS::EC2::LaunchTemplate", properties);
        template.DeclareOutput(key, "Id", "Ref");
        template.DeclareOutput(key, "LatestVersionNumber", "LatestVersionNumber");
        template.DeclareOutput(key, "DefaultVersionNumber", "DefaultVersionNumber");
    }

    public static void SecurityGroup(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var key = call.Key ?? CloudFormationExporter.LogicalId(Text(body["GroupName"]), "SecurityGroup");
        var properties = new JsonObject
        {
            ["GroupName"] = body["GroupName"]?.DeepClone(),
            ["GroupDescription"] = body["Description"]?.DeepClone(),
        };
        if (body["VpcId"] is { } vpc)
        {
            properties["VpcId"] = vpc.DeepClone();
        }

        if (Tags(body["TagSpecifications"]) is { } tags)
        {
            properties["Tags"] = tags;
        }

        template.AddResource(key, "AWS::EC2::SecurityGroup", properties);
        template.DeclareOutput(key, "Id", "GroupId");
    }

    public static void Ingress(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var baseKey = call.Key ?? CloudFormationExporter.LogicalId(Text(body["GroupId"]), "Ingress");
        var index = 0;
        foreach (var permission in (body["IpPermissions"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var sources = (permission["IpRanges"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(r => (Member: "CidrIp", Value: r["CidrIp"], Description: r["Description"]))
                .Concat((permission["UserIdGroupPairs"] as JsonArray ?? []).OfType<JsonObject>()
                    .Select(g => (Member: "SourceSecurityGroupId", Value: g["GroupId"], Description: g["Description"])));
            foreach (var source in sources)
            {
                var properties = new JsonObject
                {
                    ["GroupId"] = body["GroupId"]?.DeepClone(),
                    ["IpProtocol"] = permission["IpProtocol"]?.DeepClone(),
                };
                if (permission["FromPort"] is { } from)
                {
                    properties["FromPort"] = from.DeepClone();
                }

                if (permission["ToPort"] is { } to)
                {
                    properties["ToPort"] = to.DeepClone();
                }

                properties[source.Member] = source.Value?.DeepClone();
                if (source.Description is { } description)
                {
                    properties["Description"] = description.DeepClone();
                }

                index++;
                template.AddResource(index == 1 ? baseKey : baseKey + index, "AWS::EC2::SecurityGroupIngress", properties);
            }
        }
    }

    // Creation-time tags (TagSpecifications[].Tags) as a CloudFormation Tags list.
    private static JsonArray? Tags(JsonNode? specifications)
    {
        var tags = (specifications as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(s => (s["Tags"] as JsonArray ?? []).Select(t => t?.DeepClone()))
            .ToArray();
        return tags.Length == 0 ? null : new JsonArray(tags);
    }

    private static string Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
}
