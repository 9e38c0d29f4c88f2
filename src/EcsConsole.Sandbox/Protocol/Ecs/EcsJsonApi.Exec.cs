using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Exec;

namespace EcsConsole.Sandbox.Protocol.Ecs;

public sealed partial class EcsJsonApi
{
    /// <summary>
    /// ECS ExecuteCommand: starts a session into one container of a RUNNING task started with execute command enabled,
    /// answering a stream URL on this sandbox's own data channel endpoint (on the host the request came to) and a token.
    /// </summary>
    private JsonObject ExecuteCommand(JsonInput input)
    {
        var command = input.RequiredString("command");
        if (input.Bool("interactive") is not true)
        {
            throw SandboxErrors.InvalidParameter("Interactive is the only mode supported currently.");
        }

        var reference = input.RequiredString("task");
        var containerName = input.String("container");
        return _engine.Read(state =>
        {
            var cluster = Cluster(state, input);
            var task = cluster.Tasks.FirstOrDefault(t => t.Id == ArnFactory.LastSegment(reference))
                ?? throw SandboxErrors.InvalidParameter("The specified task was not found.");
            if (task.LastStatus != "RUNNING")
            {
                throw SandboxErrors.InvalidParameter("The execute command failed because the task is not in the RUNNING state.");
            }

            var container = containerName is null
                ? task.Containers.Count == 1 ? task.Containers[0] : throw SandboxErrors.InvalidParameter("The container name must be specified for tasks with more than one container.")
                : task.Containers.FirstOrDefault(c => c.Name == containerName) ?? throw SandboxErrors.InvalidParameter($"The container {containerName} was not found in the task.");
            if (!task.EnableExecuteCommand || EcsTaskWire.ExecAgentStatus(container, task) != "RUNNING")
            {
                throw SandboxErrors.InvalidParameter(
                    "The execute command failed because execute command was not enabled when the task was run or the execute command agent isn't running. Wait and try the command again or run a new task with execute command enabled and try again.");
            }

            var definition = state.FindTaskDefinition(task.TaskDefinitionArn);
            var environment = definition?.Containers.FirstOrDefault(c => c.Name == container.Name)?.Environment ?? [];
            var sessionId = $"ecs-execute-command-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(9))[..17]}";
            var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
            var host = input.RequestHost ?? "127.0.0.1";
            var hostname = $"ip-{task.Network.PrivateIpv4Address.Replace('.', '-')}.{Arns.Region}.compute.internal";
            _engine.ExecSessions.Add(new ExecSessionTicket(sessionId, token, command,
                new ExecShellContext(container.Name, container.Image, task.Id, cluster.Name, hostname, task.Network.PrivateIpv4Address, environment)));
            return new JsonObject
            {
                ["clusterArn"] = cluster.Arn,
                ["containerArn"] = container.Arn,
                ["containerName"] = container.Name,
                ["interactive"] = true,
                ["session"] = new JsonObject
                {
                    ["sessionId"] = sessionId,
                    ["streamUrl"] = $"ws://{host}{DataChannelEndpoint.PathPrefix}{sessionId}?role=publish_subscribe&cell-number=1",
                    ["tokenValue"] = token,
                },
                ["taskArn"] = task.Arn,
            };
        });
    }
}
