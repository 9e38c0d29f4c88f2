using System.Text.Json;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;

namespace EcsConsole.Core.History;

/// <summary>Between ECS's described tasks, the store's rows and the domain's <see cref="StoppedTaskSummary"/>.</summary>
internal static class StoppedTaskMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static StoppedTaskRecord ToRecord(this EcsTask task, string region, string cluster, DateTimeOffset archivedAt) => new()
    {
        TaskArn = task.TaskArn ?? "",
        Region = region,
        Cluster = cluster,
        Service = ServiceOf(task.Group),
        Group = task.Group,
        TaskDefinition = TaskDefinitionNames.FamilyRevision(task.TaskDefinitionArn ?? ""),
        LastStatus = task.LastStatus ?? "UNKNOWN",
        StopCode = task.StopCode,
        StoppedReason = task.StoppedReason,
        Containers = JsonSerializer.Serialize(
            (task.Containers ?? []).Select(c => new StoppedContainer(c.Name ?? "", c.ExitCode, c.Reason)).ToList(), Json),
        StartedAt = task.StartedAt?.ToUniversalTime(),
        StoppedAt = task.StoppedAt?.ToUniversalTime(),
        AvailabilityZone = task.AvailabilityZone,
        PrivateIp = PrivateIpOf(task),
        ArchivedAt = archivedAt.ToUniversalTime(),
    };

    public static void CopyTo(this StoppedTaskRecord source, StoppedTaskRecord target)
    {
        target.Region = source.Region;
        target.Cluster = source.Cluster;
        target.Service = source.Service;
        target.Group = source.Group;
        target.TaskDefinition = source.TaskDefinition;
        target.LastStatus = source.LastStatus;
        target.StopCode = source.StopCode;
        target.StoppedReason = source.StoppedReason;
        target.Containers = source.Containers;
        target.StartedAt = source.StartedAt;
        target.StoppedAt = source.StoppedAt;
        target.AvailabilityZone = source.AvailabilityZone;
        target.PrivateIp = source.PrivateIp;
        target.ArchivedAt = source.ArchivedAt;
    }

    public static StoppedTaskSummary ToSummary(this StoppedTaskRecord record) => new(
        record.TaskArn,
        TaskDefinitionNames.NameFromArn(record.TaskArn),
        record.Cluster,
        record.Service,
        record.Group,
        record.TaskDefinition,
        record.LastStatus,
        record.StopCode,
        record.StoppedReason,
        new ValueList<StoppedContainer>(JsonSerializer.Deserialize<List<StoppedContainer>>(record.Containers, Json) ?? []),
        record.StartedAt,
        record.StoppedAt,
        record.AvailabilityZone,
        record.PrivateIp);

    /// <summary>ECS sets a service's tasks' group to <c>service:NAME</c>.</summary>
    public static string? ServiceOf(string? group) =>
        group is not null && group.StartsWith("service:", StringComparison.Ordinal) ? group["service:".Length..] : null;

    private static string? PrivateIpOf(EcsTask task)
    {
        // awsvpc tasks carry their ENI's address in the attachment; bridge/host tasks in the container's network interface.
        var fromAttachment = (task.Attachments ?? [])
            .SelectMany(a => a.Details ?? [])
            .FirstOrDefault(d => d.Name == "privateIPv4Address")?.Value;
        return fromAttachment ?? (task.Containers ?? [])
            .SelectMany(c => c.NetworkInterfaces ?? [])
            .Select(n => n.PrivateIpv4Address)
            .FirstOrDefault(ip => ip is not null);
    }
}
