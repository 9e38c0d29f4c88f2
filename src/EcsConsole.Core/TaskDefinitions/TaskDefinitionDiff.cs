using System.Globalization;

namespace EcsConsole.Core.TaskDefinitions;

/// <summary>
/// Compares two task definition revisions field by field. Only fields that describe what runs are compared, so the
/// noise every registration changes (taskDefinitionArn, revision, registeredAt/By, deregisteredAt, status,
/// requiresAttributes, compatibilities) never shows. Containers are matched by name.
/// </summary>
public static class TaskDefinitionDiff
{
    public static TaskDefinitionComparison Compare(TaskDefinitionDetail from, TaskDefinitionDetail to)
    {
        var fromContainers = from.Containers.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var toContainers = to.Containers.ToDictionary(c => c.Name, StringComparer.Ordinal);
        // Order of the newer revision first, then containers that only the older one had.
        var names = to.Containers.Select(c => c.Name).Concat(from.Containers.Select(c => c.Name)).Distinct(StringComparer.Ordinal);
        var containers = names.Select(name => CompareContainer(
            name,
            fromContainers.GetValueOrDefault(name),
            toContainers.GetValueOrDefault(name))).ToList();
        return new TaskDefinitionComparison(from, to, CompareFields(TaskFields(from), TaskFields(to)), containers);
    }

    private static ContainerDifference CompareContainer(string name, ContainerSpec? before, ContainerSpec? after)
    {
        var fields = CompareFields(before is null ? [] : ContainerFields(before), after is null ? [] : ContainerFields(after));
        FieldChange? presence = (before, after) switch
        {
            (null, not null) => FieldChange.Added,
            (not null, null) => FieldChange.Removed,
            _ => null,
        };
        return new ContainerDifference(name, presence, fields);
    }

    private static List<FieldDifference> CompareFields(IReadOnlyList<Field> before, IReadOnlyList<Field> after)
    {
        var old = before.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var differences = new List<FieldDifference>();
        foreach (var field in after)
        {
            if (!old.Remove(field.Name, out var previous))
            {
                differences.Add(new FieldDifference(field.Name, null, field.Display, FieldChange.Added));
            }
            else if (previous.Compared != field.Compared)
            {
                var (was, now) = previous.Display == field.Display
                    ? ($"{previous.Display} (hidden value)", $"{field.Display} (hidden value, changed)")
                    : (previous.Display, field.Display);
                differences.Add(new FieldDifference(field.Name, was, now, FieldChange.Changed));
            }
        }
        // Removed fields keep their original order, after the added and changed ones.
        differences.AddRange(before.Where(f => old.ContainsKey(f.Name)).Select(f => new FieldDifference(f.Name, f.Display, null, FieldChange.Removed)));
        return differences;
    }

    private static List<Field> TaskFields(TaskDefinitionDetail definition)
    {
        var fields = new List<Field>();
        Add(fields, "cpu", definition.Cpu);
        Add(fields, "memory", definition.Memory);
        Add(fields, "networkMode", definition.NetworkMode);
        Add(fields, "taskRoleArn", definition.TaskRoleArn);
        Add(fields, "executionRoleArn", definition.ExecutionRoleArn);
        Add(fields, "requiresCompatibilities", Join(definition.RequiresCompatibilities));
        return fields;
    }

    private static List<Field> ContainerFields(ContainerSpec container)
    {
        var fields = new List<Field>();
        Add(fields, "image", container.Image);
        Add(fields, "cpu", Number(container.Cpu));
        Add(fields, "memory", Number(container.Memory));
        Add(fields, "memoryReservation", Number(container.MemoryReservation));
        Add(fields, "essential", container.Essential ? "true" : "false");
        Add(fields, "portMappings", Join(container.Ports));
        Add(fields, "entryPoint", Join(container.EntryPoint, " "));
        Add(fields, "command", Join(container.Command, " "));
        Add(fields, "workingDirectory", container.WorkingDirectory);
        Add(fields, "user", container.User);
        Add(fields, "healthCheck", container.HealthCheck);
        Add(fields, "logConfiguration.logDriver", container.LogDriver);
        foreach (var option in container.LogOptions)
        {
            Add(fields, $"logConfiguration.options.{option.Key}", option.Value);
        }
        foreach (var variable in container.Environment)
        {
            fields.Add(new Field($"environment.{variable.Name}", variable.Value, variable.Fingerprint));
        }
        foreach (var secret in container.Secrets)
        {
            Add(fields, $"secrets.{secret.Name}", secret.ValueFrom);
        }
        return fields;
    }

    private static void Add(List<Field> fields, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add(new Field(name, value, value));
        }
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Join(IReadOnlyList<string> values, string separator = ", ") =>
        values.Count == 0 ? null : string.Join(separator, values);

    /// <summary>A comparable field: shown as <see cref="Display"/>, compared by <see cref="Compared"/> (a hash for masked values).</summary>
    private sealed record Field(string Name, string Display, string Compared);
}
