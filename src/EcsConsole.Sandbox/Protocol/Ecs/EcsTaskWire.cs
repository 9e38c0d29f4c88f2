using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecs;

internal static class EcsTaskWire
{
    public static JsonObject Task(TaskState task, string region, bool includeTags)
    {
        var isFargate = task.LaunchType == "FARGATE";
        var json = new JsonObject
        {
            ["attachments"] = new JsonArray(Eni(task, region)),
            ["attributes"] = new JsonArray(new JsonObject { ["name"] = "ecs.cpu-architecture", ["value"] = "x86_64" }),
            ["availabilityZone"] = task.AvailabilityZone,
        };
        json.With("capacityProviderName", task.CapacityProviderName);
        json["clusterArn"] = task.ClusterArn;
        if (task.ConnectivityAt is not null)
        {
            json["connectivity"] = "CONNECTED";
            json["connectivityAt"] = WireTime.Epoch(task.ConnectivityAt);
        }

        json.With("containerInstanceArn", task.ContainerInstanceArn);
        json["containers"] = WireJson.Array(task.Containers.Select(c => Container(c, task)));
        json["cpu"] = task.Cpu;
        json["createdAt"] = WireTime.Epoch(task.CreatedAt);
        json["desiredStatus"] = task.DesiredStatus;
        json["enableExecuteCommand"] = task.EnableExecuteCommand;
        json.With("executionStoppedAt", WireTime.Epoch(task.ExecutionStoppedAt));
        json["group"] = task.Group;
        json["healthStatus"] = task.HealthStatus;
        json["lastStatus"] = task.LastStatus;
        json["launchType"] = task.LaunchType;
        json["memory"] = task.Memory;
        json["overrides"] = new JsonObject
        {
            ["containerOverrides"] = WireJson.Array(task.Containers.Select(c => new JsonObject { ["name"] = c.Name })),
            ["inferenceAcceleratorOverrides"] = new JsonArray(),
        };
        if (isFargate)
        {
            json["platformVersion"] = "1.4.0";
            json["platformFamily"] = "Linux";
        }

        json.With("pullStartedAt", WireTime.Epoch(task.PullStartedAt))
            .With("pullStoppedAt", WireTime.Epoch(task.PullStoppedAt))
            .With("startedAt", WireTime.Epoch(task.StartedAt))
            .With("startedBy", task.StartedBy)
            .With("stopCode", task.StopCode)
            .With("stoppedAt", WireTime.Epoch(task.StoppedAt))
            .With("stoppedReason", task.StoppedReason)
            .With("stoppingAt", WireTime.Epoch(task.StoppingAt));
        json["tags"] = includeTags ? WireJson.Tags(task.Tags) : new JsonArray();
        json["taskArn"] = task.Arn;
        json["taskDefinitionArn"] = task.TaskDefinitionArn;
        json["version"] = task.Version;
        if (isFargate)
        {
            json["ephemeralStorage"] = new JsonObject { ["sizeInGiB"] = 20 };
            json["fargateEphemeralStorage"] = new JsonObject { ["sizeInGiB"] = 20 };
        }

        return json;
    }

    private static JsonObject Container(ContainerState container, TaskState task)
    {
        var json = new JsonObject
        {
            ["containerArn"] = container.Arn,
            ["taskArn"] = task.Arn,
            ["name"] = container.Name,
            ["image"] = container.Image,
        };
        json.With("imageDigest", container.ImageDigest)
            .With("runtimeId", container.RuntimeId);
        json["lastStatus"] = container.LastStatus;
        json.With("exitCode", container.ExitCode).With("reason", container.Reason);
        json["networkBindings"] = new JsonArray();
        json["networkInterfaces"] = new JsonArray(new JsonObject
        {
            ["attachmentId"] = task.Network.AttachmentId,
            ["privateIpv4Address"] = task.Network.PrivateIpv4Address,
        });
        json["healthStatus"] = container.HealthStatus ?? "UNKNOWN";
        if (task.EnableExecuteCommand)
        {
            json["managedAgents"] = new JsonArray(ExecAgent(container, task));
        }

        json["cpu"] = container.Cpu.ToString(System.Globalization.CultureInfo.InvariantCulture);
        json.With("memory", container.Memory?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return json;
    }

    /// <summary>The ExecuteCommandAgent ECS reports in each container of a task with execute command enabled.</summary>
    private static JsonObject ExecAgent(ContainerState container, TaskState task)
    {
        var agent = new JsonObject { ["name"] = "ExecuteCommandAgent", ["lastStatus"] = ExecAgentStatus(container, task) };
        return agent.With("lastStartedAt", WireTime.Epoch(task.StartedAt));
    }

    /// <summary>The exec agent runs while its container runs.</summary>
    public static string ExecAgentStatus(ContainerState container, TaskState task) => container.LastStatus switch
    {
        "RUNNING" when task.StartedAt is not null => "RUNNING",
        "STOPPED" => "STOPPED",
        _ => "PENDING",
    };

    private static JsonObject Eni(TaskState task, string region)
    {
        var status = task.LastStatus switch
        {
            "PROVISIONING" => "PRECREATED",
            "DEPROVISIONING" => "DETACHING",
            "STOPPED" => "DELETED",
            _ => "ATTACHED",
        };
        var dnsName = $"ip-{task.Network.PrivateIpv4Address.Replace('.', '-')}.{region}.compute.internal";
        return new JsonObject
        {
            ["id"] = task.Network.AttachmentId,
            ["type"] = "ElasticNetworkInterface",
            ["status"] = status,
            ["details"] = WireJson.NameValues(
            [
                new("subnetId", task.Network.SubnetId),
                new("networkInterfaceId", task.Network.EniId),
                new("macAddress", task.Network.MacAddress),
                new("privateDnsName", dnsName),
                new("privateIPv4Address", task.Network.PrivateIpv4Address),
            ]),
        };
    }
}
