using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// Every resource a wizard run creates carries the tag <c>ecsconsole:run=&lt;run id&gt;</c> where its API takes tags, so
/// "created by this run" and "existed before" are told apart by AWS itself, not only by the journal (which a killed
/// console may not have finished writing).
/// </summary>
public static class RunTags
{
    public const string Key = "ecsconsole:run";

    private enum Style
    {
        /// <summary>ECS: <c>"tags": [{"key", "value"}]</c>.</summary>
        LowerList,

        /// <summary>IAM, ELBv2, Cloud Map: <c>"Tags": [{"Key", "Value"}]</c>.</summary>
        UpperList,

        /// <summary>CloudWatch Logs: <c>"tags": {"key": "value"}</c>.</summary>
        LowerMap,
    }

    // The creating calls of the wizards' plans whose request takes tags, with the member's shape in the model.
    private static readonly Dictionary<string, Style> Taggable = new(StringComparer.Ordinal)
    {
        ["ecs:CreateCluster"] = Style.LowerList,
        ["ecs:RegisterTaskDefinition"] = Style.LowerList,
        ["ecs:CreateService"] = Style.LowerList,
        ["ecs:CreateCapacityProvider"] = Style.LowerList,
        ["iam:CreateRole"] = Style.UpperList,
        ["iam:CreateInstanceProfile"] = Style.UpperList,
        ["elbv2:CreateLoadBalancer"] = Style.UpperList,
        ["elbv2:CreateTargetGroup"] = Style.UpperList,
        ["elbv2:CreateListener"] = Style.UpperList,
        ["elbv2:CreateRule"] = Style.UpperList,
        ["servicediscovery:CreateHttpNamespace"] = Style.UpperList,
        ["servicediscovery:CreatePrivateDnsNamespace"] = Style.UpperList,
        ["servicediscovery:CreateService"] = Style.UpperList,
        ["logs:CreateLogGroup"] = Style.LowerMap,
    };

    /// <summary>The call with the run's tag added to its request (replacing any earlier value); unchanged when its API takes no tags.</summary>
    public static PlannedCall Stamped(PlannedCall call, string runId)
    {
        if (!Taggable.TryGetValue(call.Action, out var style))
        {
            return call;
        }

        var body = JsonNode.Parse(call.Body) as JsonObject ?? [];
        switch (style)
        {
            case Style.LowerMap:
                var map = body["tags"] as JsonObject ?? [];
                map[Key] = runId;
                body["tags"] = map;
                break;
            default:
                var (member, key, value) = style == Style.LowerList ? ("tags", "key", "value") : ("Tags", "Key", "Value");
                var list = body[member] as JsonArray ?? [];
                foreach (var stale in list.Where(t => t?[key]?.GetValue<string>() == Key).ToList())
                {
                    list.Remove(stale);
                }

                list.Add(new JsonObject { [key] = Key, [value] = runId });
                body[member] = list;
                break;
        }

        return call with { Body = body.ToJsonString() };
    }

    /// <summary>The run id an ECS request body (<c>"tags": [{"key", "value"}]</c>) was stamped with, if any.</summary>
    public static string? RunIdOfEcsBody(string body) =>
        (JsonNode.Parse(body)?["tags"] as JsonArray)?.FirstOrDefault(t => t?["key"]?.GetValue<string>() == Key)?["value"]?.GetValue<string>();
}
