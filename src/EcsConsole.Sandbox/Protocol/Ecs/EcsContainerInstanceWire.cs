using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecs;

internal static class EcsContainerInstanceWire
{
    /// <summary>Ports the ECS agent and Docker reserve on every instance.</summary>
    private static readonly string[] ReservedPorts = ["22", "2375", "2376", "51678", "51679"];

    public static JsonObject ContainerInstance(ContainerInstanceState instance, ClusterState cluster)
    {
        var tasks = cluster.TasksOn(instance).ToList();
        var json = new JsonObject
        {
            ["containerInstanceArn"] = instance.Arn,
            ["ec2InstanceId"] = instance.Ec2InstanceId,
            ["capacityProviderName"] = instance.CapacityProviderName,
            ["version"] = instance.Version,
            ["versionInfo"] = new JsonObject
            {
                ["agentVersion"] = instance.AgentVersion,
                ["agentHash"] = "0a9b1c2d",
                ["dockerVersion"] = instance.DockerVersion,
            },
            ["remainingResources"] = Resources(cluster.RemainingCpu(instance), cluster.RemainingMemory(instance)),
            ["registeredResources"] = Resources(instance.RegisteredCpu, instance.RegisteredMemory),
            ["status"] = instance.Status,
            ["agentConnected"] = instance.AgentConnected,
            ["runningTasksCount"] = tasks.Count(t => t.LastStatus == "RUNNING"),
            ["pendingTasksCount"] = tasks.Count(t => t.LastStatus is "PROVISIONING" or "PENDING" or "ACTIVATING"),
            ["attributes"] = WireJson.NameValues(
            [
                new("ecs.instance-type", instance.InstanceType),
                new("ecs.availability-zone", instance.AvailabilityZone),
                new("ecs.os-type", "linux"),
                new("ecs.os-family", "LINUX"),
                new("ecs.cpu-architecture", "x86_64"),
                new("ecs.capability.task-eni", ""),
            ]),
            ["registeredAt"] = WireTime.Epoch(instance.RegisteredAt),
            ["attachments"] = new JsonArray(),
            ["tags"] = WireJson.Tags(instance.Tags),
        };
        foreach (var attribute in json["attributes"]!.AsArray().OfType<JsonObject>().Where(a => a["value"]!.GetValue<string>().Length == 0))
        {
            attribute.Remove("value");
        }

        // An instance outside any capacity provider (an Auto Scaling group without one) reports none.
        if (instance.CapacityProviderName.Length == 0)
        {
            json.Remove("capacityProviderName");
        }

        return json;
    }

    private static JsonArray Resources(int cpu, int memory) => new(
        Resource("CPU", "INTEGER", cpu),
        Resource("MEMORY", "INTEGER", memory),
        new JsonObject { ["name"] = "PORTS", ["type"] = "STRINGSET", ["doubleValue"] = 0.0, ["longValue"] = 0, ["integerValue"] = 0, ["stringSetValue"] = WireJson.Strings(ReservedPorts) },
        new JsonObject { ["name"] = "PORTS_UDP", ["type"] = "STRINGSET", ["doubleValue"] = 0.0, ["longValue"] = 0, ["integerValue"] = 0, ["stringSetValue"] = new JsonArray() });

    private static JsonObject Resource(string name, string type, int value) =>
        new() { ["name"] = name, ["type"] = type, ["doubleValue"] = 0.0, ["longValue"] = 0, ["integerValue"] = value };
}
