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

        /// <summary>Application Auto Scaling: <c>"Tags": {"key": "value"}</c>.</summary>
        UpperMap,

        /// <summary>EC2: <c>"TagSpecifications": [{"ResourceType", "Tags": [{"Key", "Value"}]}]</c>, for the created resource's type.</summary>
        TagSpecification,

        /// <summary>Auto Scaling: <c>"Tags": [{"Key", "Value", "PropagateAtLaunch"}]</c>; not propagated, the instances are the group's, not the run's.</summary>
        AutoScalingList,
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
        ["application-autoscaling:RegisterScalableTarget"] = Style.UpperMap,
        ["ec2:CreateLaunchTemplate"] = Style.TagSpecification,
        ["ec2:CreateSecurityGroup"] = Style.TagSpecification,
        ["autoscaling:CreateAutoScalingGroup"] = Style.AutoScalingList,
    };

    // The TagSpecification resource type of each EC2 create (EC2 refuses a specification for another type).
    private static readonly Dictionary<string, string> Ec2ResourceTypes = new(StringComparer.Ordinal)
    {
        ["ec2:CreateLaunchTemplate"] = "launch-template",
        ["ec2:CreateSecurityGroup"] = "security-group",
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
            case Style.LowerMap or Style.UpperMap:
                var mapMember = style == Style.LowerMap ? "tags" : "Tags";
                var map = body[mapMember] as JsonObject ?? [];
                map[Key] = runId;
                body[mapMember] = map;
                break;
            case Style.TagSpecification:
                var type = Ec2ResourceTypes[call.Action];
                var specifications = body["TagSpecifications"] as JsonArray ?? [];
                var specification = specifications.OfType<JsonObject>().FirstOrDefault(s => s["ResourceType"]?.GetValue<string>() == type);
                if (specification is null)
                {
                    specification = new JsonObject { ["ResourceType"] = type, ["Tags"] = new JsonArray() };
                    specifications.Add(specification);
                }

                specification["Tags"] = Replaced(specification["Tags"] as JsonArray ?? [], "Key", new JsonObject { ["Key"] = Key, ["Value"] = runId });
                body["TagSpecifications"] = specifications;
                break;
            case Style.AutoScalingList:
                body["Tags"] = Replaced(body["Tags"] as JsonArray ?? [], "Key", new JsonObject { ["Key"] = Key, ["Value"] = runId, ["PropagateAtLaunch"] = false });
                break;
            default:
                var (member, key, value) = style == Style.LowerList ? ("tags", "key", "value") : ("Tags", "Key", "Value");
                body[member] = Replaced(body[member] as JsonArray ?? [], key, new JsonObject { [key] = Key, [value] = runId });
                break;
        }

        return call with { Body = body.ToJsonString() };
    }

    /// <summary>The run id a stamped call's request carries, whatever its API's tag shape; null when unstamped or untaggable.</summary>
    public static string? RunIdOf(PlannedCall call)
    {
        if (!Taggable.TryGetValue(call.Action, out var style) || JsonNode.Parse(call.Body) is not JsonObject body)
        {
            return null;
        }

        return style switch
        {
            Style.LowerMap => (body["tags"] as JsonObject)?[Key]?.GetValue<string>(),
            Style.UpperMap => (body["Tags"] as JsonObject)?[Key]?.GetValue<string>(),
            Style.LowerList => ValueIn(body["tags"] as JsonArray, "key", "value"),
            Style.TagSpecification => ValueIn(
                (body["TagSpecifications"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(s => s["ResourceType"]?.GetValue<string>() == Ec2ResourceTypes[call.Action])?["Tags"] as JsonArray,
                "Key", "Value"),
            _ => ValueIn(body["Tags"] as JsonArray, "Key", "Value"),
        };
    }

    /// <summary>
    /// An existence check's answer told by the resource's tags: with this run's tag it is this run's (made before the answer
    /// was lost), without it it existed before. Unchanged when the call carries no run tag (a preview, an untaggable call).
    /// </summary>
    public static ExistenceCheckResult Owned(ExistenceCheckResult result, PlannedCall call, IEnumerable<KeyValuePair<string, string?>>? tags)
    {
        if (result.State != ExistenceState.Exists || RunIdOf(call) is not { } runId)
        {
            return result;
        }

        var ours = tags?.Any(t => t.Key == Key && t.Value == runId) == true;
        return result with
        {
            Detail = result.Detail + (ours ? ", made by this run" : ", made before this run"),
            CreatedByThisRun = ours,
            OwnershipFromTags = true,
        };
    }

    private static JsonArray Replaced(JsonArray list, string key, JsonObject tag)
    {
        foreach (var stale in list.Where(t => t?[key]?.GetValue<string>() == Key).ToList())
        {
            list.Remove(stale);
        }

        list.Add(tag);
        return list;
    }

    private static string? ValueIn(JsonArray? list, string key, string value) =>
        list?.FirstOrDefault(t => t?[key]?.GetValue<string>() == Key)?[value]?.GetValue<string>();

    /// <summary>The run id an ECS request body (<c>"tags": [{"key", "value"}]</c>) was stamped with, if any.</summary>
    public static string? RunIdOfEcsBody(string body) =>
        (JsonNode.Parse(body)?["tags"] as JsonArray)?.FirstOrDefault(t => t?["key"]?.GetValue<string>() == Key)?["value"]?.GetValue<string>();
}
