using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecs;

internal static class EcsTaskDefinitionWire
{
    public static JsonObject TaskDefinition(TaskDefinitionState definition)
    {
        var json = new JsonObject
        {
            ["taskDefinitionArn"] = definition.Arn,
            ["containerDefinitions"] = WireJson.Array(definition.Containers.Select(Container)),
            ["family"] = definition.Family,
        };
        json.With("taskRoleArn", definition.TaskRoleArn).With("executionRoleArn", definition.ExecutionRoleArn);
        json["networkMode"] = definition.NetworkMode;
        json["revision"] = definition.Revision;
        json["volumes"] = new JsonArray();
        json["status"] = definition.Status;
        json["requiresAttributes"] = WireJson.Array(RequiredAttributes(definition).Select(a => new JsonObject { ["name"] = a }));
        json["placementConstraints"] = new JsonArray();
        json["compatibilities"] = WireJson.Strings(Compatibilities(definition));
        json["requiresCompatibilities"] = WireJson.Strings(definition.RequiresCompatibilities);
        json["cpu"] = definition.Cpu;
        json["memory"] = definition.Memory;
        json["registeredAt"] = WireTime.Epoch(definition.RegisteredAt);
        json.With("deregisteredAt", WireTime.Epoch(definition.DeregisteredAt));
        json["registeredBy"] = definition.RegisteredBy;
        return json;
    }

    private static IEnumerable<string> Compatibilities(TaskDefinitionState definition) =>
        definition.NetworkMode == "awsvpc" ? ["EC2", "FARGATE"] : ["EC2"];

    private static IEnumerable<string> RequiredAttributes(TaskDefinitionState definition)
    {
        yield return "com.amazonaws.ecs.capability.docker-remote-api.1.18";
        if (definition.Containers.Any(c => c.LogConfiguration?.LogDriver == "awslogs"))
        {
            yield return "com.amazonaws.ecs.capability.logging-driver.awslogs";
            yield return "ecs.capability.execution-role-awslogs";
        }

        if (definition.TaskRoleArn is not null)
        {
            yield return "com.amazonaws.ecs.capability.task-iam-role";
        }

        if (definition.Containers.Any(c => c.Secrets.Count > 0))
        {
            yield return "ecs.capability.secrets.asm.environment-variables";
        }

        if (definition.Containers.Any(c => c.HealthCheck is not null))
        {
            yield return "ecs.capability.container-health-check";
        }

        if (definition.NetworkMode == "awsvpc")
        {
            yield return "ecs.capability.task-eni";
        }
    }

    private static JsonObject Container(ContainerDefinitionState container)
    {
        var json = new JsonObject
        {
            ["name"] = container.Name,
            ["image"] = container.Image,
            ["cpu"] = container.Cpu,
        };
        json.With("memory", container.Memory).With("memoryReservation", container.MemoryReservation);
        json["portMappings"] = WireJson.Array(container.PortMappings.Select(p => new JsonObject
        {
            ["containerPort"] = p.ContainerPort,
            ["hostPort"] = p.HostPort,
            ["protocol"] = p.Protocol,
        }.With("name", p.Name).With("appProtocol", p.AppProtocol)));
        json["essential"] = container.Essential;
        json["environment"] = WireJson.NameValues(container.Environment);
        json["mountPoints"] = new JsonArray();
        json["volumesFrom"] = new JsonArray();
        json["secrets"] = WireJson.Array(container.Secrets.Select(s => new JsonObject { ["name"] = s.Key, ["valueFrom"] = s.Value }));
        if (container.LogConfiguration is { } log)
        {
            json["logConfiguration"] = new JsonObject
            {
                ["logDriver"] = log.LogDriver,
                ["options"] = new JsonObject(log.Options.Select(o => new KeyValuePair<string, JsonNode?>(o.Key, o.Value))),
                ["secretOptions"] = new JsonArray(),
            };
        }

        if (container.HealthCheck is { } check)
        {
            json["healthCheck"] = new JsonObject
            {
                ["command"] = WireJson.Strings(check.Command),
                ["interval"] = check.Interval,
                ["timeout"] = check.Timeout,
                ["retries"] = check.Retries,
                ["startPeriod"] = check.StartPeriod,
            };
        }

        json["systemControls"] = new JsonArray();
        return json;
    }
}
