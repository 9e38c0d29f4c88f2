using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;

namespace EcsConsole.Sandbox.Protocol.Ecs;

public sealed partial class EcsJsonApi
{
    private JsonObject ListTasks(SandboxState state, JsonInput input)
    {
        var cluster = Cluster(state, input);
        var desiredStatus = input.Enum("desiredStatus", "RUNNING", "PENDING", "STOPPED") ?? "RUNNING";
        var launchType = input.Enum("launchType", "EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES");
        var family = input.String("family");
        var startedBy = input.String("startedBy");
        var serviceName = input.String("serviceName");
        if (serviceName is not null && family is not null)
        {
            throw SandboxErrors.InvalidParameter("Family and serviceName cannot both be specified.");
        }

        if (serviceName is not null && !cluster.Services.Any(s => s.Name == ArnFactory.LastSegment(serviceName)))
        {
            throw SandboxErrors.ServiceNotFound();
        }

        var instance = input.String("containerInstance") is { } instanceId
            ? cluster.ContainerInstances.FirstOrDefault(i => i.Id == ArnFactory.LastSegment(instanceId)) ?? throw SandboxErrors.InvalidParameter("The referenced container instance was not found.")
            : null;
        var arns = cluster.Tasks
            .Where(t => t.DesiredStatus == desiredStatus)
            .Where(t => launchType is null || t.LaunchType == launchType)
            .Where(t => family is null || FamilyOf(t.TaskDefinitionArn) == family)
            .Where(t => startedBy is null || t.StartedBy == startedBy)
            .Where(t => serviceName is null || t.ServiceName == ArnFactory.LastSegment(serviceName))
            .Where(t => instance is null || t.ContainerInstanceArn == instance.Arn)
            .Select(t => t.Arn)
            .ToList();
        var (page, next) = Paginator.Page(arns, input, $"ListTasks/{cluster.Name}", 100, 100);
        return Listing("taskArns", page, next);
    }

    private JsonObject DescribeTasks(SandboxState state, JsonInput input)
    {
        var cluster = Cluster(state, input);
        var includeTags = Include(input, "TAGS").Contains("TAGS");
        var tasks = new JsonArray();
        var failures = new JsonArray();
        foreach (var reference in Identifiers(input, "tasks", 100))
        {
            var task = cluster.Tasks.FirstOrDefault(t => t.Id == ArnFactory.LastSegment(reference));
            if (task is null)
            {
                failures.Add(WireJson.Failure(reference.StartsWith("arn:", StringComparison.Ordinal) ? reference : Arns.Task(cluster.Name, reference), "MISSING"));
            }
            else
            {
                tasks.Add(EcsTaskWire.Task(task, Arns.Region, includeTags));
            }
        }

        return new JsonObject { ["tasks"] = tasks, ["failures"] = failures };
    }

    private JsonObject StopTask(JsonInput input)
    {
        var cluster = input.String("cluster") ?? "default";
        var task = input.RequiredString("task");
        _engine.Ecs.StopTask(cluster, task, input.String("reason") ?? "Task stopped by user");
        return _engine.Read(state =>
        {
            var taskState = state.FindCluster(cluster)!.Tasks.First(t => t.Id == ArnFactory.LastSegment(task));
            return new JsonObject { ["task"] = EcsTaskWire.Task(taskState, Arns.Region, includeTags: false) };
        });
    }

    private JsonObject RunTask(JsonInput input)
    {
        var request = EcsServiceInput.RunTask(input);
        var result = _engine.Ecs.RunTask(request);
        return _engine.Read(state =>
        {
            var cluster = state.FindCluster(request.Cluster)!;
            return new JsonObject
            {
                ["tasks"] = WireJson.Array(result.TaskArns.Select(arn => EcsTaskWire.Task(cluster.Tasks.First(t => t.Arn == arn), Arns.Region, includeTags: false))),
                ["failures"] = WireJson.Array(result.Failures.Select(f => new JsonObject { ["reason"] = f.Value }.With("arn", f.Key))),
            };
        });
    }

    private JsonObject ListContainerInstances(SandboxState state, JsonInput input)
    {
        var cluster = Cluster(state, input);
        if (input.String("filter") is not null)
        {
            throw SandboxErrors.InvalidParameter("The sandbox does not support cluster query language filters.");
        }

        var status = input.Enum("status", "ACTIVE", "DRAINING", "REGISTERING", "DEREGISTERING", "REGISTRATION_FAILED");
        var arns = cluster.ContainerInstances.Where(i => status is null || i.Status == status).Select(i => i.Arn).ToList();
        var (page, next) = Paginator.Page(arns, input, $"ListContainerInstances/{cluster.Name}", 100, 100);
        return Listing("containerInstanceArns", page, next);
    }

    private JsonObject DescribeContainerInstances(SandboxState state, JsonInput input)
    {
        var cluster = Cluster(state, input);
        Include(input, "TAGS", "CONTAINER_INSTANCE_HEALTH");
        var instances = new JsonArray();
        var failures = new JsonArray();
        foreach (var reference in Identifiers(input, "containerInstances", 100))
        {
            var instance = cluster.ContainerInstances.FirstOrDefault(i => i.Id == ArnFactory.LastSegment(reference));
            if (instance is null)
            {
                failures.Add(WireJson.Failure(reference.StartsWith("arn:", StringComparison.Ordinal) ? reference : Arns.ContainerInstance(cluster.Name, reference), "MISSING"));
            }
            else
            {
                instances.Add(EcsContainerInstanceWire.ContainerInstance(instance, cluster));
            }
        }

        return new JsonObject { ["containerInstances"] = instances, ["failures"] = failures };
    }

    private static string FamilyOf(string taskDefinitionArn)
    {
        var name = ArnFactory.LastSegment(taskDefinitionArn);
        return name[..name.LastIndexOf(':')];
    }
}
