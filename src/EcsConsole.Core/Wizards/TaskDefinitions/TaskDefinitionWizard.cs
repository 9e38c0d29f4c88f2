using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Logs;

namespace EcsConsole.Core.Wizards.TaskDefinitions;

/// <summary>
/// The Task definition wizard: from validated input to the ordered calls that register a new revision. Order: for each
/// awslogs group, logs CreateLogGroup (skipped when it exists; undo DeleteLogGroup) → [logs PutRetentionPolicy] → ecs
/// RegisterTaskDefinition. Keys and outputs (response paths, model member names):
/// <list type="bullet">
/// <item><c>TaskDefinition</c>: Arn = taskDefinition.taskDefinitionArn (CloudFormation: Ref); undo DeregisterTaskDefinition <c>${TaskDefinition.Arn}</c>.</item>
/// </list>
/// RegisterTaskDefinition never "exists": each run registers a new revision, and the journal keeps a resumed run from
/// registering it twice. Its body is also the wizard's JSON preview (what <c>aws ecs register-task-definition --cli-input-json</c> takes).
/// </summary>
public static class TaskDefinitionWizard
{
    public const string Id = "task-definition";

    public const string TaskDefinitionKey = "TaskDefinition";

    // Bodies are read by people on the plan page and in the preview: quotes and ampersands in commands stay as they are.
    private static readonly JsonSerializerOptions BodyOptions = new(AwsJsonSerializer.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions PreviewOptions = new(BodyOptions) { WriteIndented = true };

    /// <summary>Container members the wizard edits; the rest of a loaded revision's container is kept as it was.</summary>
    private static readonly HashSet<string> EditedContainerMembers =
        ["name", "image", "cpu", "memory", "memoryReservation", "essential", "portMappings", "environment", "secrets", "healthCheck", "logConfiguration"];

    /// <summary>Task members the wizard edits; the rest of a loaded revision (volumes, placement, ...) is kept.</summary>
    private static readonly HashSet<string> EditedTaskMembers =
        ["family", "taskRoleArn", "executionRoleArn", "networkMode", "containerDefinitions", "requiresCompatibilities", "cpu", "memory", "tags", "runtimePlatform"];

    /// <summary>The plan, or the list of things to fix first (never both, never an exception for bad input).</summary>
    public static (WizardPlan? Plan, IReadOnlyList<WizardValidationError> Errors) Plan(TaskDefinitionWizardInput input)
    {
        var errors = TaskDefinitionWizardValidator.Validate(input);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var family = input.Family.Trim();
        var calls = new List<PlannedCall>();
        var tags = Tags(input);
        foreach (var group in LogGroups(input))
        {
            calls.Add(new PlannedCall("logs", "CreateLogGroup",
                Json(new CreateLogGroupRequest { LogGroupName = group, Tags = tags.Count > 0 ? tags.ToDictionary(t => t.Key!, t => t.Value ?? "", StringComparer.Ordinal) : null }),
                $"log group {group}",
                new UndoCall("DeleteLogGroup", Json(new DeleteLogGroupRequest { LogGroupName = group })),
                $"DescribeLogGroups {group}"));
            if (input.LogRetentionDays is { } days)
            {
                calls.Add(new PlannedCall("logs", "PutRetentionPolicy", Json(new PutRetentionPolicyRequest { LogGroupName = group, RetentionInDays = days }),
                    $"{days}-day retention on {group}", null, $"DescribeLogGroups {group} (retention {days} days)"));
            }
        }

        var outputs = new Dictionary<string, string>(StringComparer.Ordinal) { ["Arn"] = "taskDefinition.taskDefinitionArn" };
        calls.Add(new PlannedCall("ecs", "RegisterTaskDefinition", Body(input).ToJsonString(BodyOptions), $"task definition {family} (new revision)",
            new UndoCall("DeregisterTaskDefinition", Json(new DeregisterTaskDefinitionRequest { TaskDefinition = PlanReferences.Of(TaskDefinitionKey, "Arn") })),
            "none: every run registers a new revision")
        {
            Key = TaskDefinitionKey,
            Outputs = outputs,
        });
        var summary = input.BasedOn is { Length: > 0 } basedOn ? $"new revision of {family} from {basedOn}" : $"task definition {family}";
        return (new WizardPlan(Id, summary, calls), []);
    }

    /// <summary>The RegisterTaskDefinition request, indented: the wizard's JSON preview, valid even before the input is.</summary>
    public static string Preview(TaskDefinitionWizardInput input) => Body(input).ToJsonString(PreviewOptions);

    /// <summary>The awslogs group of a container: its own, or <c>/ecs/&lt;family&gt;</c>.</summary>
    public static string LogGroupOf(ContainerInput container, TaskDefinitionWizardInput input) =>
        container.LogGroup.Trim() is { Length: > 0 } group ? group : $"/ecs/{input.Family.Trim()}";

    /// <summary>The distinct awslogs groups the containers write to, in container order.</summary>
    public static IReadOnlyList<string> LogGroups(TaskDefinitionWizardInput input) =>
        [.. input.Containers.Where(c => c.AwsLogs).Select(c => LogGroupOf(c, input)).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The request body: what the input says, on top of <see cref="TaskDefinitionWizardInput.SourceRequest"/> (a loaded
    /// revision's own request, see <see cref="TaskDefinitionWizardSource"/>) whose members the wizard does not edit are kept.
    /// </summary>
    public static JsonObject Body(TaskDefinitionWizardInput input)
    {
        var request = Request(input);
        var body = JsonSerializer.SerializeToNode(request, BodyOptions)!.AsObject();
        if (input.SourceRequest is { Length: > 0 } preserved && JsonNode.Parse(preserved) is JsonObject source)
        {
            Keep(body, source, EditedTaskMembers);
            var sourceContainers = source["containerDefinitions"] as JsonArray ?? [];
            foreach (var container in body["containerDefinitions"]!.AsArray().OfType<JsonObject>())
            {
                var name = container["name"]?.GetValue<string>();
                if (sourceContainers.OfType<JsonObject>().FirstOrDefault(c => c["name"]?.GetValue<string>() == name) is { } original)
                {
                    var edited = new HashSet<string>(EditedContainerMembers, StringComparer.Ordinal);
                    if (original["logConfiguration"]?["logDriver"]?.GetValue<string>() is { } driver && driver != "awslogs")
                    {
                        // A log driver the wizard does not edit (firelens, splunk, ...) stays unless awslogs replaces it.
                        edited.Remove("logConfiguration");
                    }

                    Keep(container, original, edited);
                    if (container["logConfiguration"]?["options"] is JsonObject options && original["logConfiguration"] is JsonObject originalLog
                        && originalLog["logDriver"]?.GetValue<string>() == "awslogs" && originalLog["options"] is JsonObject originalOptions)
                    {
                        // awslogs options the wizard does not edit (awslogs-create-group, datetime formats, ...) stay.
                        Keep(options, originalOptions, new HashSet<string>(StringComparer.Ordinal));
                    }
                }
            }
        }

        return body;
    }

    private static RegisterTaskDefinitionRequest Request(TaskDefinitionWizardInput input)
    {
        var fargate = input.Compatibility == "FARGATE";
        var tags = Tags(input);
        return new RegisterTaskDefinitionRequest
        {
            Family = input.Family.Trim(),
            TaskRoleArn = Optional(input.TaskRoleArn),
            ExecutionRoleArn = Optional(input.ExecutionRoleArn),
            NetworkMode = input.NetworkMode,
            RequiresCompatibilities = [input.Compatibility],
            Cpu = input.Cpu?.ToString(CultureInfo.InvariantCulture),
            Memory = input.Memory?.ToString(CultureInfo.InvariantCulture),
            RuntimePlatform = new RuntimePlatform { CpuArchitecture = input.CpuArchitecture, OperatingSystemFamily = input.OperatingSystemFamily },
            ContainerDefinitions = [.. input.Containers.Select(c => Container(c, input, fargate))],
            Tags = tags.Count > 0 ? tags : null,
        };
    }

    private static ContainerDefinition Container(ContainerInput container, TaskDefinitionWizardInput input, bool fargate)
    {
        var health = container.HealthCheck;
        return new ContainerDefinition
        {
            Name = container.Name.Trim(),
            Image = container.Image,
            Cpu = container.Cpu,
            Memory = container.Memory,
            MemoryReservation = container.MemoryReservation,
            Essential = container.Essential,
            PortMappings = container.Ports.Count == 0 ? null : [.. container.Ports.Select(p => new PortMapping
            {
                ContainerPort = p.ContainerPort,
                // awsvpc maps the host port to the container port itself; bridge leaves it out for a dynamic port.
                HostPort = input.NetworkMode is "awsvpc" or "host" ? p.ContainerPort : null,
                Protocol = p.Protocol,
                AppProtocol = Optional(p.AppProtocol),
                Name = Optional(p.Name),
            })],
            Environment = container.Environment.Count == 0 ? null : [.. container.Environment.Select(v => new Aws.Ecs.KeyValuePair { Name = v.Name.Trim(), Value = v.Value })],
            Secrets = container.Secrets.Count == 0 ? null : [.. container.Secrets.Select(s => new Secret { Name = s.Name.Trim(), ValueFrom = s.ValueFrom.Trim() })],
            HealthCheck = health.Enabled
                ? new HealthCheck { Command = ["CMD-SHELL", health.Command.Trim()], Interval = health.Interval, Timeout = health.Timeout, Retries = health.Retries, StartPeriod = health.StartPeriod }
                : null,
            LogConfiguration = container.AwsLogs
                ? new LogConfiguration
                {
                    LogDriver = "awslogs",
                    Options = new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        ["awslogs-group"] = LogGroupOf(container, input),
                        ["awslogs-region"] = input.Region.Trim(),
                        ["awslogs-stream-prefix"] = container.LogStreamPrefix.Trim(),
                    },
                }
                : null,
        };
    }

    // A tag left without a value (the form offers team and service empty) is left out rather than sent empty.
    private static List<Tag> Tags(TaskDefinitionWizardInput input) =>
        [.. input.Tags.Where(t => t.Key.Trim().Length > 0 && t.Value.Trim().Length > 0).Select(t => new Tag { Key = t.Key.Trim(), Value = t.Value.Trim() })];

    private static void Keep(JsonObject target, JsonObject source, IReadOnlySet<string> edited)
    {
        foreach (var (member, value) in source)
        {
            if (!edited.Contains(member) && !target.ContainsKey(member) && value is not null)
            {
                target[member] = value.DeepClone();
            }
        }
    }

    private static string? Optional(string value) => value.Trim() is { Length: > 0 } text ? text : null;

    private static string Json<T>(T request) => JsonSerializer.Serialize(request, BodyOptions);
}
