using EcsConsole.Core.Problems;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.History;
using EcsConsole.Core.Live;
namespace EcsConsole.Core.Fleet;

/// <summary>
/// Reads a service with DescribeServices, its tasks with ListTasks (RUNNING and STOPPED) and DescribeTasks in batches of
/// 100, its task definition from the cache, the side sections through <see cref="ServiceSideReader"/>, and stopped tasks
/// ECS has already forgotten from the console's archive when one is registered.
/// </summary>
internal sealed class ServiceReader(
    IEcsClient ecs,
    TaskDefinitionCache taskDefinitions,
    ServiceSideReader sides,
    IStoppedTaskArchive? archive = null) : IServiceReader
{
    /// <summary>How many archived stopped tasks the page lists besides those ECS still describes.</summary>
    internal const int ArchivedTasksShown = 50;

    public async Task<ServiceReading> ReadAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        var described = await EcsCalls.CallAsync(
            $"DescribeServices for {cluster}/{service}",
            () => ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster, Services = [service] }, cancellationToken));
        var wire = described.Services?.FirstOrDefault()
            ?? throw new FleetReadException(
                $"DescribeServices for {cluster}/{service}",
                new InvalidOperationException($"ECS has no service {service} in cluster {cluster} ({described.Failures?.FirstOrDefault()?.Reason ?? "MISSING"})"));

        // Only DescribeServices must succeed: every later read fails alone, marked on its section, and the page still shows
        // the service and offers its actions.
        var problems = new List<SectionProblem>();
        var definition = await GuardAsync(
            SectionProblem.TaskDefinition, () => taskDefinitions.FindAsync(wire.TaskDefinition, cancellationToken), problems, null);
        var tasks = await ReadTasksAsync(cluster, service, problems, cancellationToken);
        var sideReading = await sides.ReadAsync(cluster, wire, cancellationToken);
        problems.AddRange(sideReading.Problems);

        var events = (wire.Events ?? []).Select(e => e.ToEntry()).ToList();
        var deployments = wire.Deployments ?? [];
        var primary = deployments.FirstOrDefault(d => d.Status == "PRIMARY");
        var rollout = RolloutEvents.Refine(
            RolloutStates.Derive([.. deployments.Select(d => new DeploymentFacts(d.Status ?? "", d.RolloutState, d.DesiredCount ?? 0, d.RunningCount ?? 0))]),
            primary?.CreatedAt,
            events.Select(e => (e.CreatedAt, (string?)e.Message)));
        var summary = wire.ToSummary(cluster);
        var configuration = new ServiceConfiguration(
            TaskDefinition: TaskDefinitionNames.FamilyRevision(wire.TaskDefinition ?? ""),
            TaskDefinitionArn: definition?.TaskDefinitionArn ?? wire.TaskDefinition ?? "",
            Images: InventoryWireMapping.ImagesOf(definition),
            Network: wire.NetworkConfiguration.ToNetworkSettings(),
            Deployment: wire.ToDeploymentSettings(),
            HealthCheckGracePeriodSeconds: wire.HealthCheckGracePeriodSeconds,
            SchedulingStrategy: wire.SchedulingStrategy,
            PlatformVersion: wire.PlatformVersion,
            ExecuteCommandEnabled: wire.EnableExecuteCommand == true,
            CreatedAt: wire.CreatedAt,
            LoadBalancers: sideReading.LoadBalancers,
            Scaling: sideReading.Scaling,
            Discovery: sideReading.Discovery,
            Problems: new(problems));
        var detail = new ServiceDetail(
            cluster, summary.Name, summary.Arn, summary.Status, summary.Desired, summary.Running, summary.Pending, summary.Placement,
            rollout, primary?.RolloutStateReason, configuration,
            new ValueList<DeploymentSummary>(deployments.Select(d => d.ToSummary())));
        return new ServiceReading(detail, events, tasks);
    }

    /// <summary>The tasks ECS lists and describes plus archived ones; null when ECS's own list could not be read.</summary>
    private async Task<List<TaskSummary>?> ReadTasksAsync(
        string cluster, string service, List<SectionProblem> problems, CancellationToken cancellationToken)
    {
        List<TaskSummary>? tasks;
        try
        {
            var running = await ListTasksAsync(cluster, service, "RUNNING", cancellationToken);
            var stopped = await ListTasksAsync(cluster, service, "STOPPED", cancellationToken);
            var described = await EcsCalls.DescribeTasksContainedAsync(ecs, cluster, [.. running.Concat(stopped).Distinct()], cancellationToken);
            if (described.Problem is { } unreadable)
            {
                problems.Add(unreadable with { Section = SectionProblem.Tasks });
            }
            tasks = [];
            foreach (var task in described.Tasks)
            {
                // A revision that cannot be described leaves its task without images, not the page without tasks.
                var definition = await GuardAsync<TaskDefinition?>(
                    SectionProblem.TaskDefinition, () => taskDefinitions.FindAsync(task.TaskDefinitionArn, cancellationToken), problems, null);
                tasks.Add(task.ToSummary(cluster, definition));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            problems.Add(SectionProblem.From(SectionProblem.Tasks, ex));
            tasks = null;
        }
        if (archive is not null)
        {
            var known = (tasks ?? []).Select(t => t.Arn).ToHashSet(StringComparer.Ordinal);
            var archived = await GuardAsync(
                SectionProblem.StoppedTaskHistory,
                () => EcsCalls.CallAsync(
                    $"Reading archived stopped tasks of {cluster}/{service}",
                    () => archive.GetStoppedTasksAsync(cluster, service, since: null, ArchivedTasksShown, cancellationToken)),
                problems,
                []);
            // ECS's own answer is fresher; the archive adds only tasks ECS no longer describes.
            tasks?.AddRange(archived.Where(a => !known.Contains(a.TaskArn)).Select(a => a.ToSummary()));
        }
        return tasks;
    }

    private static async Task<T> GuardAsync<T>(string section, Func<Task<T>> read, List<SectionProblem> problems, T fallback)
    {
        try
        {
            return await read();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One note per section: a second failing revision says nothing the first did not.
            if (problems.All(p => p.Section != section))
            {
                problems.Add(SectionProblem.From(section, ex));
            }
            return fallback;
        }
    }

    private Task<List<string>> ListTasksAsync(string cluster, string service, string desiredStatus, CancellationToken cancellationToken) =>
        EcsCalls.CallAsync(
            $"ListTasks ({desiredStatus}) for {cluster}/{service}",
            () => EcsCalls.ToListAsync(
                ecs.ListTasksAsync(new ListTasksRequest { Cluster = cluster, ServiceName = service, DesiredStatus = desiredStatus }, cancellationToken),
                cancellationToken));
}
