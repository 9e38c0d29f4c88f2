using System.Text.Json.Nodes;

namespace EcsConsole.Core.Wizards.Export.CloudFormation;

/// <summary>
/// RegisterScalableTarget as an <c>AWS::ApplicationAutoScaling::ScalableTarget</c> (no RoleARN: the service-linked role),
/// PutScalingPolicy as an <c>AWS::ApplicationAutoScaling::ScalingPolicy</c> whose <c>ScalingTargetId</c> refers to the
/// plan's scalable target of the same resource, so CloudFormation creates them in order. Outputs: a policy's <c>Arn</c> is <c>Ref</c>.
/// </summary>
public static class ApplicationAutoScalingCloudFormationMapper
{
    private const string TargetType = "AWS::ApplicationAutoScaling::ScalableTarget";

    public static void ScalableTarget(PlannedCall call, JsonObject body, CloudFormationTemplate template) =>
        template.AddResource(call.Key ?? "ScalableTarget", TargetType,
            Elbv2CloudFormationMapper.Copy(body, ["ServiceNamespace", "ResourceId", "ScalableDimension", "MinCapacity", "MaxCapacity", "SuspendedState"]));

    public static void ScalingPolicy(PlannedCall call, JsonObject body, CloudFormationTemplate template)
    {
        var properties = Elbv2CloudFormationMapper.Copy(body, ["PolicyName", "PolicyType", "StepScalingPolicyConfiguration", "TargetTrackingScalingPolicyConfiguration"]);
        var target = template.ResourcesOfType(TargetType)
            .FirstOrDefault(t => JsonNode.DeepEquals(t.Resource["Properties"]?["ResourceId"], body["ResourceId"]));
        if (target.LogicalId is { } targetId)
        {
            properties["ScalingTargetId"] = new JsonObject { ["Ref"] = targetId };
        }
        else
        {
            // A target registered outside the plan: named by its resource, as the API does.
            foreach (var member in new[] { "ServiceNamespace", "ResourceId", "ScalableDimension" })
            {
                properties[member] = body[member]?.DeepClone();
            }
        }

        var key = call.Key ?? CloudFormationExporter.LogicalId(Elbv2CloudFormationMapper.Text(body, "PolicyName"), "Policy");
        template.AddResource(key, "AWS::ApplicationAutoScaling::ScalingPolicy", properties);
        template.DeclareOutput(key, "Arn", "Ref");
    }
}
