using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecs;

internal static class EcsCapacityProviderWire
{
    public static JsonObject CapacityProvider(CapacityProviderState provider, bool includeTags)
    {
        var json = new JsonObject
        {
            ["capacityProviderArn"] = provider.Arn,
            ["name"] = provider.Name,
            ["status"] = provider.Status,
            ["type"] = provider.Type,
            ["tags"] = includeTags ? WireJson.Tags(provider.Tags) : new JsonArray(),
        };
        json.With("updateStatus", provider.UpdateStatus);
        if (provider.AutoScalingGroupArn is { } asg)
        {
            var group = new JsonObject
            {
                ["autoScalingGroupArn"] = asg,
                ["managedTerminationProtection"] = provider.ManagedTerminationProtection,
                ["managedDraining"] = provider.ManagedDraining,
            };
            if (provider.ManagedScaling is { } scaling)
            {
                group["managedScaling"] = new JsonObject
                {
                    ["status"] = scaling.Status,
                    ["targetCapacity"] = scaling.TargetCapacity,
                    ["minimumScalingStepSize"] = scaling.MinimumScalingStepSize,
                    ["maximumScalingStepSize"] = scaling.MaximumScalingStepSize,
                    ["instanceWarmupPeriod"] = scaling.InstanceWarmupPeriod,
                };
            }

            json["autoScalingGroupProvider"] = group;
        }

        return json;
    }
}
