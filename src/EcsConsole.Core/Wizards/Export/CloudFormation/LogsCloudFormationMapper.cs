using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// CloudWatch Logs calls as resources: CreateLogGroup becomes an <c>AWS::Logs::LogGroup</c> (its tags map turned into
/// CloudFormation's Key/Value list); PutRetentionPolicy sets <c>RetentionInDays</c> on that group. Logical id: the call's
/// key, or the group name in letters and digits plus <c>LogGroup</c> (<c>/ecs/users</c> → <c>EcsUsersLogGroup</c>).
/// Outputs: <c>Name</c> is <c>Ref</c>, <c>Arn</c> is <c>Fn::GetAtt Arn</c>.
/// </summary>
public static class LogsCloudFormationMapper
{
    public static void LogGroup(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var name = GroupName(call, body);
        var properties = new JsonObject { ["LogGroupName"] = name };
        if (body["tags"] is JsonObject tags && tags.Count > 0)
        {
            properties["Tags"] = new JsonArray([.. tags.Select(t => (JsonNode)new JsonObject { ["Key"] = t.Key, ["Value"] = t.Value?.DeepClone() })]);
        }

        var key = call.Key ?? LogicalId(name);
        template.AddResource(key, "AWS::Logs::LogGroup", properties);
        template.DeclareOutput(key, "Name", "Ref");
        template.DeclareOutput(key, "Arn", "Arn");
    }

    public static void RetentionPolicy(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var name = GroupName(call, body);
        var group = template.ResourcesOfType("AWS::Logs::LogGroup").FirstOrDefault(g => g.Resource["Properties"]?["LogGroupName"]?.GetValue<string>() == name).Resource;
        if (group is null)
        {
            // The group exists outside the template: CloudFormation cannot set retention on a group it does not own.
            template.Omit(call);
            return;
        }

        group["Properties"]!["RetentionInDays"] = body["retentionInDays"]?.DeepClone();
    }

    private static string GroupName(PlannedCall call, JsonObject body) =>
        body["logGroupName"]?.GetValue<string>() ?? throw new InvalidOperationException($"The planned {call.Operation} body has no logGroupName.");

    /// <summary><c>/ecs/users</c> → <c>EcsUsersLogGroup</c>.</summary>
    public static string LogicalId(string logGroupName) => CloudFormationExporter.LogicalId(logGroupName, "LogGroup");
}
