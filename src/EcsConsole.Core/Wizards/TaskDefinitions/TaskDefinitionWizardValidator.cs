using System.Text.RegularExpressions;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Wizards.TaskDefinitions;

/// <summary>
/// ECS's and CloudWatch Logs' constraints on the wizard's input, checked before anything is sent: each problem comes back
/// as a message saying what to fix (the field is <c>Containers[0].Ports</c>-style; a container port's own problems name
/// that port, <c>Containers[0].Ports[1].ContainerPort</c>); nothing here throws for bad input.
/// </summary>
public static partial class TaskDefinitionWizardValidator
{
    /// <summary>The retention periods CloudWatch Logs accepts, in days.</summary>
    public static readonly IReadOnlyList<int> RetentionDays = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    public const int MaxContainers = 10;

    public static IReadOnlyList<WizardValidationError> Validate(TaskDefinitionWizardInput input)
    {
        var errors = new List<WizardValidationError>();
        var family = input.Family.Trim();
        if (!FamilyPattern().IsMatch(family))
        {
            errors.Add(new(nameof(input.Family), family.Length == 0
                ? "Give the task definition a family name."
                : $"Family '{family}' may only use letters, digits, hyphens and underscores, up to 255 characters."));
        }

        if (input.SourceRequest is { Length: > 0 } source && !IsJsonObject(source))
        {
            errors.Add(new(nameof(input.SourceRequest), "The revision this one starts from could not be read back; open it again from its task definition page."));
        }

        var fargate = input.Compatibility == "FARGATE";
        TaskLevel(errors, input, fargate);
        Containers(errors, input, fargate);
        Roles(errors, input, fargate);
        errors.AddRange(WizardTags.Validate(input.Tags, "ECS", required: []));
        if (input.LogRetentionDays is { } days && !RetentionDays.Contains(days))
        {
            errors.Add(new(nameof(input.LogRetentionDays), $"CloudWatch Logs keeps events for one of {string.Join(", ", RetentionDays)} days, not {days}."));
        }

        return errors;
    }

    private static void TaskLevel(List<WizardValidationError> errors, TaskDefinitionWizardInput input, bool fargate)
    {
        if (input.Compatibility is not ("FARGATE" or "EC2"))
        {
            errors.Add(new(nameof(input.Compatibility), $"Compatibility must be FARGATE or EC2, not '{input.Compatibility}'."));
        }

        if (input.NetworkMode is not ("awsvpc" or "bridge" or "host"))
        {
            errors.Add(new(nameof(input.NetworkMode), $"Network mode must be awsvpc, bridge or host, not '{input.NetworkMode}'."));
        }
        else if (fargate && input.NetworkMode != "awsvpc")
        {
            errors.Add(new(nameof(input.NetworkMode), "Fargate tasks use the awsvpc network mode; pick awsvpc or run on EC2."));
        }

        if (fargate)
        {
            if (input.Cpu is not { } cpu || !FargateTaskSizes.Cpus.Contains(cpu))
            {
                errors.Add(new(nameof(input.Cpu), $"Fargate task CPU must be one of {string.Join(", ", FargateTaskSizes.Cpus)} units{(input.Cpu is { } given ? $", not {given}" : "")}."));
            }
            else if (input.Memory is not { } memory || !FargateTaskSizes.IsValid(cpu, memory))
            {
                errors.Add(new(nameof(input.Memory), $"With {cpu} CPU units Fargate takes {string.Join(", ", FargateTaskSizes.MemoriesFor(cpu))} MiB of memory{(input.Memory is { } given ? $", not {given}" : "")}."));
            }
        }
        else
        {
            if (input.Cpu is { } cpu && cpu is < 128 or > 196_608)
            {
                errors.Add(new(nameof(input.Cpu), $"Task CPU on EC2 is 128-196608 units (or leave it empty), not {cpu}."));
            }

            if (input.Memory is { } memory && memory < 128)
            {
                errors.Add(new(nameof(input.Memory), $"Task memory must be at least 128 MiB (or leave it empty on EC2), not {memory}."));
            }
        }

        if (input.CpuArchitecture is not ("X86_64" or "ARM64"))
        {
            errors.Add(new(nameof(input.CpuArchitecture), $"CPU architecture must be X86_64 or ARM64, not '{input.CpuArchitecture}'."));
        }

        if (input.OperatingSystemFamily != "LINUX")
        {
            errors.Add(new(nameof(input.OperatingSystemFamily), "The wizard builds Linux tasks only: set the operating system to LINUX."));
        }
    }

    private static void Containers(List<WizardValidationError> errors, TaskDefinitionWizardInput input, bool fargate)
    {
        if (input.Containers.Count is 0 or > MaxContainers)
        {
            errors.Add(new(nameof(input.Containers), $"A task definition has 1 to {MaxContainers} containers; this one has {input.Containers.Count}."));
            if (input.Containers.Count == 0)
            {
                return;
            }
        }

        if (!input.Containers.Any(c => c.Essential))
        {
            errors.Add(new(nameof(input.Containers), "Mark at least one container essential: ECS stops the task when an essential container stops."));
        }

        foreach (var duplicate in input.Containers.GroupBy(c => c.Name.Trim(), StringComparer.Ordinal).Where(g => g.Count() > 1 && g.Key.Length > 0))
        {
            errors.Add(new(nameof(input.Containers), $"Container name '{duplicate.Key}' is used twice; names are unique within a task definition."));
        }

        var ports = new HashSet<(int, string)>();
        foreach (var (container, index) in input.Containers.Select((c, i) => (c, i)))
        {
            var field = $"Containers[{index}]";
            var name = container.Name.Trim();
            var label = name.Length == 0 ? $"Container {index + 1}" : $"Container '{name}'";
            if (!ContainerNamePattern().IsMatch(name))
            {
                errors.Add(new(field + ".Name", name.Length == 0
                    ? $"{label}: give it a name."
                    : $"{label}: a container name may only use letters, digits, hyphens and underscores, up to 255 characters."));
            }

            Image(errors, field, label, container);
            Sizes(errors, field, label, container, input, fargate);
            for (var p = 0; p < container.Ports.Count; p++)
            {
                Port(errors, field, label, container.Ports[p], PortField(index, p), input.NetworkMode, ports);
            }

            Variables(errors, field, label, container);
            Health(errors, field, label, container.HealthCheck);
            Logging(errors, field, label, container, input, fargate);
        }

        if (input.Containers.Any(c => c.AwsLogs) && !RegionPattern().IsMatch(input.Region.Trim()))
        {
            errors.Add(new(nameof(input.Region), $"The awslogs driver needs the region to write to (e.g. eu-west-1), not '{input.Region.Trim()}'."));
        }

        if (fargate && input.Memory is { } taskMemory)
        {
            var reserved = input.Containers.Sum(c => (long)(c.MemoryReservation ?? c.Memory ?? 0));
            if (reserved > taskMemory)
            {
                errors.Add(new(nameof(input.Containers), $"The containers reserve {reserved} MiB together, more than the task's {taskMemory} MiB: lower them or raise the task memory."));
            }
        }
    }

    private static void Image(List<WizardValidationError> errors, string field, string label, ContainerInput container)
    {
        var repository = container.Repository.Trim();
        var tag = container.Tag.Trim();
        if (repository.Length == 0)
        {
            errors.Add(new(field + ".Repository", $"{label}: pick the image's repository."));
            return;
        }

        if (!RepositoryPattern().IsMatch(repository))
        {
            errors.Add(new(field + ".Repository", $"{label}: '{repository}' is not an image repository (registry host/name, lower-case letters, digits, . _ - /)."));
        }

        if (tag.Length == 0)
        {
            errors.Add(new(field + ".Tag", $"{label}: pick a tag or digest of {repository}, so the image is fixed."));
        }
        else if (tag.StartsWith("sha256:", StringComparison.Ordinal) ? !DigestPattern().IsMatch(tag) : !ImageTagPattern().IsMatch(tag))
        {
            errors.Add(new(field + ".Tag", $"{label}: '{tag}' is neither a tag (up to 128 letters, digits, _ . -) nor a digest (sha256: and 64 hex digits)."));
        }

        if (container.Image.Length > 255)
        {
            errors.Add(new(field + ".Repository", $"{label}: the image reference is {container.Image.Length} characters; ECS takes at most 255."));
        }
    }

    private static void Sizes(List<WizardValidationError> errors, string field, string label, ContainerInput container, TaskDefinitionWizardInput input, bool fargate)
    {
        if (container.Cpu is { } cpu && (cpu < 0 || (input.Cpu is { } taskCpu && cpu > taskCpu)))
        {
            errors.Add(new(field + ".Cpu", $"{label}: container CPU must be 0 to the task's {input.Cpu?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "CPU"} units, not {cpu}."));
        }

        if (container.Memory is { } memory && (memory < 6 || (input.Memory is { } taskMemory && memory > taskMemory)))
        {
            errors.Add(new(field + ".Memory", $"{label}: the memory limit must be at least 6 MiB and at most the task's memory, not {memory}."));
        }

        if (container.MemoryReservation is { } reservation)
        {
            if (reservation < 6)
            {
                errors.Add(new(field + ".MemoryReservation", $"{label}: the memory reservation must be at least 6 MiB, not {reservation}."));
            }
            else if (container.Memory is { } limit && reservation > limit)
            {
                errors.Add(new(field + ".MemoryReservation", $"{label}: the memory reservation ({reservation} MiB) must not exceed its limit ({limit} MiB)."));
            }
        }

        if (!fargate && input.Memory is null && container.Memory is null && container.MemoryReservation is null)
        {
            errors.Add(new(field + ".Memory", $"{label}: without task memory, ECS needs a memory limit or reservation on every container."));
        }
    }

    /// <summary>The field a container port's own problems are reported on, so the page marks that port's input.</summary>
    public static string PortField(int container, int port) => $"Containers[{container}].Ports[{port}].ContainerPort";

    private static void Port(List<WizardValidationError> errors, string field, string label, PortMappingInput port, string portField, string networkMode, HashSet<(int, string)> seen)
    {
        if (port.ContainerPort is < 1 or > 65535)
        {
            errors.Add(new(portField, $"{label}: container port must be 1-65535, not {port.ContainerPort}."));
        }

        if (port.Protocol is not ("tcp" or "udp"))
        {
            errors.Add(new(field + ".Ports", $"{label}: port protocol must be tcp or udp, not '{port.Protocol}'."));
        }

        if (port.AppProtocol is not ("" or "http" or "http2" or "grpc"))
        {
            errors.Add(new(field + ".Ports", $"{label}: application protocol must be http, http2, grpc or none, not '{port.AppProtocol}'."));
        }
        else if (port.AppProtocol.Length > 0 && port.Protocol == "udp")
        {
            errors.Add(new(field + ".Ports", $"{label}: port {port.ContainerPort} is udp; an application protocol ({port.AppProtocol}) needs tcp."));
        }

        var name = port.Name.Trim();
        if (name.Length > 0 && !PortNamePattern().IsMatch(name))
        {
            errors.Add(new(field + ".Ports", $"{label}: port name '{name}' must be up to 64 lower-case letters, digits, _ and -, not starting with -."));
        }

        // In awsvpc and host mode the task's containers share one network namespace: a port is taken once.
        if (networkMode is "awsvpc" or "host" && !seen.Add((port.ContainerPort, port.Protocol)))
        {
            errors.Add(new(portField, $"{label}: port {port.ContainerPort}/{port.Protocol} is mapped twice in the task; in {networkMode} mode its containers share the ports."));
        }
    }

    private static void Variables(List<WizardValidationError> errors, string field, string label, ContainerInput container)
    {
        foreach (var variable in container.Environment.Where(v => !VariablePattern().IsMatch(v.Name.Trim())))
        {
            errors.Add(new(field + ".Environment", $"{label}: environment variable name '{variable.Name.Trim()}' must be letters, digits and _, not starting with a digit."));
        }

        foreach (var secret in container.Secrets)
        {
            if (!VariablePattern().IsMatch(secret.Name.Trim()))
            {
                errors.Add(new(field + ".Secrets", $"{label}: secret variable name '{secret.Name.Trim()}' must be letters, digits and _, not starting with a digit."));
            }

            var from = secret.ValueFrom.Trim();
            if (!SecretArnPattern().IsMatch(from) && !ParameterArnPattern().IsMatch(from))
            {
                errors.Add(new(field + ".Secrets", $"{label}: secret '{secret.Name.Trim()}' must come from a Secrets Manager secret ARN (arn:<partition>:secretsmanager:<region>:<account>:secret:<name>) or an SSM parameter ARN (arn:<partition>:ssm:<region>:<account>:parameter/<name>), not '{from}'."));
            }
        }

        var names = container.Environment.Select(v => v.Name.Trim()).Concat(container.Secrets.Select(s => s.Name.Trim()));
        foreach (var duplicate in names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1 && g.Key.Length > 0))
        {
            errors.Add(new(field + ".Environment", $"{label}: variable '{duplicate.Key}' is set twice (environment and secrets share one namespace)."));
        }
    }

    private static void Health(List<WizardValidationError> errors, string field, string label, HealthCheckInput health)
    {
        if (!health.Enabled)
        {
            return;
        }

        if (health.Command.Trim().Length == 0)
        {
            errors.Add(new(field + ".HealthCheck", $"{label}: give the health check a command, e.g. curl -f http://localhost:8080/health || exit 1."));
        }

        Range(errors, field + ".HealthCheck", $"{label}: health check interval", health.Interval, 5, 300, "seconds");
        Range(errors, field + ".HealthCheck", $"{label}: health check timeout", health.Timeout, 2, 120, "seconds");
        Range(errors, field + ".HealthCheck", $"{label}: health check retries", health.Retries, 1, 10, "");
        Range(errors, field + ".HealthCheck", $"{label}: health check start period", health.StartPeriod, 0, 300, "seconds");
    }

    private static void Logging(List<WizardValidationError> errors, string field, string label, ContainerInput container, TaskDefinitionWizardInput input, bool fargate)
    {
        if (!container.AwsLogs)
        {
            return;
        }

        var group = TaskDefinitionWizard.LogGroupOf(container, input);

        // A default group (/ecs/<family>) is only as wrong as the family, which has its own message.
        var derived = container.LogGroup.Trim().Length == 0;
        if (!(derived && !FamilyPattern().IsMatch(input.Family.Trim())) && !LogGroupPattern().IsMatch(group))
        {
            errors.Add(new(field + ".LogGroup", $"{label}: log group '{group}' must be 1-512 letters, digits and _ - / . #."));
        }

        var prefix = container.LogStreamPrefix.Trim();
        if (prefix.Length == 0 && fargate)
        {
            errors.Add(new(field + ".LogStreamPrefix", $"{label}: Fargate needs an awslogs stream prefix (e.g. ecs)."));
        }
        else if (prefix.Length > 0 && !StreamPrefixPattern().IsMatch(prefix))
        {
            errors.Add(new(field + ".LogStreamPrefix", $"{label}: stream prefix '{prefix}' must not contain : or *."));
        }
    }

    private static void Roles(List<WizardValidationError> errors, TaskDefinitionWizardInput input, bool fargate)
    {
        foreach (var (field, arn) in new[] { (nameof(input.TaskRoleArn), input.TaskRoleArn.Trim()), (nameof(input.ExecutionRoleArn), input.ExecutionRoleArn.Trim()) })
        {
            if (arn.Length > 0 && !RoleArnPattern().IsMatch(arn))
            {
                errors.Add(new(field, $"'{arn}' is not an IAM role ARN (arn:<partition>:iam::<account>:role/<name>)."));
            }
        }

        if (input.ExecutionRoleArn.Trim().Length > 0)
        {
            return;
        }

        var containers = input.Containers;
        var reasons = new List<string>();
        if (containers.Any(c => c.Secrets.Count > 0))
        {
            reasons.Add("reads secrets");
        }

        if (fargate && containers.Any(c => c.AwsLogs))
        {
            reasons.Add("writes awslogs");
        }

        if (fargate && containers.Any(c => TaskDefinitionImages.IsEcr(c.Repository)))
        {
            reasons.Add("pulls from ECR");
        }

        if (reasons.Count > 0)
        {
            errors.Add(new(nameof(input.ExecutionRoleArn), $"The task {string.Join(", ", reasons)}: pick an execution role (create one with the IAM roles wizard)."));
        }
    }

    private static void Range(List<WizardValidationError> errors, string field, string what, int value, int min, int max, string unit)
    {
        if (value < min || value > max)
        {
            errors.Add(new(field, $"{what} must be {min}-{max}{(unit.Length > 0 ? " " + unit : "")}, not {value}."));
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,255}$")]
    internal static partial Regex FamilyPattern();

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,255}$")]
    private static partial Regex ContainerNamePattern();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d+)?(/[a-z0-9]([a-z0-9._-]*[a-z0-9])?)+$|^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex ImageTagPattern();

    [GeneratedRegex("^sha256:[a-f0-9]{64}$")]
    private static partial Regex DigestPattern();

    [GeneratedRegex("^[a-z0-9_][a-z0-9_-]{0,63}$")]
    private static partial Regex PortNamePattern();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariablePattern();

    [GeneratedRegex(@"^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+(:[^:]*){0,3}$")]
    private static partial Regex SecretArnPattern();

    [GeneratedRegex(@"^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter/[A-Za-z0-9/_.-]+$")]
    private static partial Regex ParameterArnPattern();

    [GeneratedRegex(@"^[\.\-_/#A-Za-z0-9]{1,512}$")]
    private static partial Regex LogGroupPattern();

    [GeneratedRegex(@"^[^:*]{1,512}$")]
    private static partial Regex StreamPrefixPattern();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]{1,512}$")]
    private static partial Regex RoleArnPattern();



    private static bool IsJsonObject(string text)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(text) is System.Text.Json.Nodes.JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
