using System.Text.Json;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Security;
using EcsConsole.Core.TaskDefinitions;

namespace EcsConsole.Core.Rollouts;

/// <summary>Reads the service and its revisions and builds <see cref="RolloutPlan"/>s; sends nothing.</summary>
internal sealed class RolloutPlanner(IEcsClient ecs)
{
    private static readonly JsonSerializerOptions Indented = new(AwsJsonSerializer.Options) { WriteIndented = true };

    public async Task<RolloutPlan> ImagesAsync(string cluster, string service, IReadOnlyDictionary<string, string> images, CancellationToken cancellationToken)
    {
        var current = await ReadServiceAsync(cluster, service, cancellationToken);
        var (definition, tags) = await DescribeAsync(current.TaskDefinition!, cancellationToken);
        var containers = (definition.ContainerDefinitions ?? []).ToDictionary(c => c.Name ?? "", StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (container, image) in images)
        {
            if (!containers.ContainsKey(container))
            {
                problems.Add($"{definition.Family}:{definition.Revision} has no container named '{container}' (it has {string.Join(", ", containers.Keys)}).");
            }
            if (string.IsNullOrWhiteSpace(image))
            {
                problems.Add($"Pick an image for container '{container}'.");
            }
        }
        var changed = images.Where(i => containers.TryGetValue(i.Key, out var c) && c.Image != i.Value).ToDictionary(StringComparer.Ordinal);
        if (problems.Count == 0 && changed.Count == 0)
        {
            problems.Add("Every picked image is already the one running; pick a different image, or force a new deployment.");
        }
        if (problems.Count > 0)
        {
            throw new RolloutValidationException(problems);
        }
        var register = TaskDefinitionCopy.WithImages(definition, changed, tags);
        var update = new UpdateServiceRequest { Cluster = cluster, Service = service, TaskDefinition = register.Family };
        var target = TaskDefinitionCopy.AsUnregistered(register).ToDetail();
        return Plan(cluster, current, RolloutKind.Images, definition.ToDetail(), target, register, update,
            [.. changed.Select(c => new ImageChange(c.Key, containers[c.Key].Image ?? "", c.Value))]);
    }

    public async Task<RolloutPlan> RevisionAsync(string cluster, string service, string taskDefinition, RolloutKind kind, CancellationToken cancellationToken)
    {
        var current = await ReadServiceAsync(cluster, service, cancellationToken);
        var from = DescribeAsync(current.TaskDefinition!, cancellationToken);
        var to = DescribeAsync(taskDefinition, cancellationToken);
        var (fromDefinition, _) = await from;
        var (toDefinition, _) = await to;
        if (toDefinition.TaskDefinitionArn == fromDefinition.TaskDefinitionArn)
        {
            throw new RolloutValidationException([$"{service} already runs {TaskDefinitionNames.FamilyRevision(taskDefinition)}; pick another revision, or force a new deployment."]);
        }
        var update = new UpdateServiceRequest { Cluster = cluster, Service = service, TaskDefinition = toDefinition.TaskDefinitionArn };
        return Plan(cluster, current, kind, fromDefinition.ToDetail(), toDefinition.ToDetail(), null, update, ImageChanges(fromDefinition, toDefinition));
    }

    public async Task<RolloutPlan> ForceNewDeploymentAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        var current = await ReadServiceAsync(cluster, service, cancellationToken);
        var (definition, _) = await DescribeAsync(current.TaskDefinition!, cancellationToken);
        var update = new UpdateServiceRequest { Cluster = cluster, Service = service, ForceNewDeployment = true };
        var detail = definition.ToDetail();
        return Plan(cluster, current, RolloutKind.ForceNewDeployment, detail, detail, null, update, []);
    }

    /// <summary>The service as ECS describes it; refuses services whose deployments ECS does not run (CodeDeploy, external).</summary>
    public async Task<Service> ReadServiceAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        var response = await ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster, Services = [service] }, cancellationToken);
        var found = response.Services?.FirstOrDefault(s => s.Status != "INACTIVE")
                    ?? throw new RolloutValidationException([$"ECS has no active service '{service}' in cluster '{cluster}'."]);
        var controller = found.DeploymentController?.Type ?? "ECS";
        if (controller != "ECS")
        {
            throw new RolloutValidationException([controller == "CODE_DEPLOY"
                ? $"{service} is deployed by CodeDeploy: start a CodeDeploy deployment with an AppSpec instead."
                : $"{service} uses the {controller} deployment controller; ECS rollouts do not apply to it."]);
        }
        if (string.IsNullOrEmpty(found.TaskDefinition))
        {
            throw new RolloutValidationException([$"ECS names no task definition for {service}."]);
        }
        return found;
    }

    private async Task<(TaskDefinition Definition, IReadOnlyList<Tag>? Tags)> DescribeAsync(string taskDefinition, CancellationToken cancellationToken)
    {
        var response = await ecs.DescribeTaskDefinitionAsync(
            new DescribeTaskDefinitionRequest { TaskDefinition = taskDefinition, Include = ["TAGS"] }, cancellationToken);
        return (response.TaskDefinition ?? throw new InvalidOperationException($"ECS described no task definition for {taskDefinition}."), response.Tags);
    }

    private static RolloutPlan Plan(
        string cluster,
        Service service,
        RolloutKind kind,
        TaskDefinitionDetail current,
        TaskDefinitionDetail target,
        RegisterTaskDefinitionRequest? register,
        UpdateServiceRequest update,
        IReadOnlyList<ImageChange> images)
    {
        var requests = new List<PlannedRequest>();
        if (register is not null)
        {
            requests.Add(new PlannedRequest("ecs:RegisterTaskDefinition", Show(register)));
        }
        requests.Add(new PlannedRequest("ecs:UpdateService", Show(update)));
        return new RolloutPlan
        {
            Cluster = cluster,
            Service = service.ServiceName ?? update.Service,
            Kind = kind,
            Current = current,
            Target = target,
            Diff = TaskDefinitionDiff.Compare(current, target),
            ImageChanges = images,
            Strategy = service.DeploymentConfiguration?.Strategy ?? "ROLLING",
            Requests = requests,
            Calls = new PlannedCalls(register, update),
            PrimaryDeploymentBefore = service.Deployments?.FirstOrDefault(d => d.Status == "PRIMARY")?.Id,
        };
    }

    private static List<ImageChange> ImageChanges(TaskDefinition from, TaskDefinition to)
    {
        var before = (from.ContainerDefinitions ?? []).ToDictionary(c => c.Name ?? "", c => c.Image ?? "", StringComparer.Ordinal);
        return [.. (to.ContainerDefinitions ?? [])
            .Where(c => before.TryGetValue(c.Name ?? "", out var image) && image != c.Image)
            .Select(c => new ImageChange(c.Name ?? "", before[c.Name ?? ""], c.Image ?? ""))];
    }

    // What the page shows: the body as it goes on the wire, with secret-looking values masked.
    private static string Show<T>(T request) =>
        SecretRedactor.Redact(JsonSerializer.SerializeToNode(request, Indented))?.ToJsonString(Indented) ?? "{}";
}
