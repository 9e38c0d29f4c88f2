using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.Ecr;
using EcsConsole.Aws.Iam;
using EcsConsole.Aws.Json;
using EcsConsole.Core.Images;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Wizards.TaskDefinitions;

/// <summary>
/// Where the wizard's input starts: empty for a new family (in the connection's region), or an existing revision loaded
/// with DescribeTaskDefinition (tags included) for "new revision from an existing one"; and the pickers' choices, each
/// from one call whose failure is its own (ECR repositories, their tags, IAM roles). Singleton; reads only.
/// </summary>
public sealed class TaskDefinitionWizardSource(IEcsClient ecs, IIamClient iam, IEcrClient ecr, AwsConnection connection)
{
    private static readonly JsonSerializerOptions BodyOptions = new(AwsJsonSerializer.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A new family's input: one container, awslogs in the connection's region.</summary>
    public TaskDefinitionWizardInput New() => new() { Region = connection.Current.Region };

    /// <summary>
    /// The input of a new revision of <paramref name="taskDefinition"/> (<c>family</c>, <c>family:revision</c> or ARN).
    /// AWS errors (an unknown revision is ECS's ClientException) surface as <see cref="AwsServiceException"/>.
    /// </summary>
    public async Task<TaskDefinitionWizardInput> LoadAsync(string taskDefinition, CancellationToken cancellationToken)
    {
        var described = await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = taskDefinition.Trim(), Include = ["TAGS"] }, cancellationToken);
        var definition = described.TaskDefinition ?? throw new InvalidOperationException($"ECS described no task definition for {taskDefinition}.");
        return FromExisting(definition, described.Tags ?? [], connection.Current.Region);
    }

    /// <summary>
    /// The roles ECS tasks may assume (trusting <c>ecs-tasks.amazonaws.com</c>), by name: the choices for the task role and
    /// the execution role. Roles for other services are left out, since ECS refuses them.
    /// </summary>
    public async Task<IReadOnlyList<TaskRoleChoice>> ListTaskRolesAsync(CancellationToken cancellationToken)
    {
        var roles = new List<TaskRoleChoice>();
        await foreach (var role in iam.ListRolesAsync(new ListRolesRequest(), cancellationToken))
        {
            if (TrustPolicies.Principals(Uri.UnescapeDataString(role.AssumeRolePolicyDocument ?? "")).Contains(TrustPolicies.EcsTasks))
            {
                roles.Add(new TaskRoleChoice(role.RoleName, role.Arn));
            }
        }

        return [.. roles.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// The ECR repositories by name: ECR DescribeRepositories alone, without where their images run, so the picker does not
    /// depend on the fleet reads behind the "in use" marks.
    /// </summary>
    public async Task<IReadOnlyList<RepositorySummary>> ListRepositoriesAsync(CancellationToken cancellationToken)
    {
        var repositories = new List<RepositorySummary>();
        await foreach (var repository in ecr.DescribeRepositoriesAsync(cancellationToken))
        {
            if (repository.RepositoryName is { Length: > 0 } name && repository.RepositoryUri is { Length: > 0 } uri)
            {
                repositories.Add(new RepositorySummary(name, uri, repository.RepositoryArn ?? "", repository.CreatedAt, repository.ImageTagMutability,
                    repository.ImageScanningConfiguration?.ScanOnPush ?? false, null));
            }
        }

        return [.. repositories.OrderBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>The tags of a repository's images, newest push first (ECR DescribeImages).</summary>
    public async Task<IReadOnlyList<string>> ListTagsAsync(string repositoryName, CancellationToken cancellationToken)
    {
        var images = new List<(DateTimeOffset? PushedAt, IReadOnlyList<string> Tags)>();
        await foreach (var image in ecr.DescribeImagesAsync(new DescribeImagesRequest { RepositoryName = repositoryName }, cancellationToken))
        {
            images.Add((image.ImagePushedAt, image.ImageTags ?? []));
        }

        return [.. images.OrderByDescending(i => i.PushedAt).SelectMany(i => i.Tags)];
    }

    /// <summary>The wizard's view of a registered revision; what it does not edit is kept in <see cref="TaskDefinitionWizardInput.SourceRequest"/>.</summary>
    public static TaskDefinitionWizardInput FromExisting(TaskDefinition definition, IReadOnlyList<Tag> tags, string fallbackRegion)
    {
        var compatibility = definition.RequiresCompatibilities?.Contains("FARGATE") == true ? "FARGATE" : "EC2";
        var containers = (definition.ContainerDefinitions ?? []).Select(Container).ToList();
        var region = (definition.ContainerDefinitions ?? [])
            .Select(c => c.LogConfiguration?.Options?.GetValueOrDefault("awslogs-region"))
            .FirstOrDefault(r => !string.IsNullOrEmpty(r)) ?? fallbackRegion;
        return new TaskDefinitionWizardInput
        {
            Family = definition.Family ?? "",
            Compatibility = compatibility,
            NetworkMode = definition.NetworkMode ?? (compatibility == "FARGATE" ? "awsvpc" : "bridge"),
            Cpu = Number(definition.Cpu),
            Memory = Number(definition.Memory),
            CpuArchitecture = definition.RuntimePlatform?.CpuArchitecture ?? "X86_64",
            OperatingSystemFamily = definition.RuntimePlatform?.OperatingSystemFamily ?? "LINUX",
            Containers = containers,
            TaskRoleArn = definition.TaskRoleArn ?? "",
            ExecutionRoleArn = definition.ExecutionRoleArn ?? "",
            Region = region,
            Tags = [.. tags.Where(t => t.Key is not null).Select(t => new WizardTag(t.Key!, t.Value ?? ""))],
            // The groups exist already and their retention is someone's choice: a new revision leaves it alone unless asked.
            LogRetentionDays = null,
            BasedOn = $"{definition.Family}:{definition.Revision}",
            SourceRequest = JsonSerializer.Serialize(TaskDefinitionCopy.WithImages(definition, new Dictionary<string, string>(), null), BodyOptions),
        };
    }

    private static ContainerInput Container(ContainerDefinition container)
    {
        var (repository, tag) = TaskDefinitionImages.Split(container.Image ?? "");
        var health = container.HealthCheck;
        var log = container.LogConfiguration is { LogDriver: "awslogs" } awslogs ? awslogs.Options : null;
        return new ContainerInput
        {
            Name = container.Name ?? "",
            Repository = repository,
            Tag = tag,
            Cpu = container.Cpu is > 0 ? container.Cpu : null,
            Memory = container.Memory,
            MemoryReservation = container.MemoryReservation,
            Essential = container.Essential ?? true,
            Ports = [.. (container.PortMappings ?? []).Where(p => p.ContainerPort is not null).Select(p => new PortMappingInput
            {
                ContainerPort = p.ContainerPort!.Value,
                Protocol = p.Protocol ?? "tcp",
                AppProtocol = p.AppProtocol ?? "",
                Name = p.Name ?? "",
            })],
            Environment = [.. (container.Environment ?? []).Select(v => new EnvironmentVariableInput { Name = v.Name ?? "", Value = v.Value ?? "" })],
            Secrets = [.. (container.Secrets ?? []).Select(s => new SecretInput { Name = s.Name, ValueFrom = s.ValueFrom })],
            HealthCheck = health is null
                ? new HealthCheckInput()
                : new HealthCheckInput
                {
                    Enabled = true,
                    // CMD-SHELL runs its one string in a shell; CMD's argument list reads the same way joined by spaces.
                    Command = string.Join(' ', health.Command.Skip(health.Command.FirstOrDefault() is "CMD-SHELL" or "CMD" ? 1 : 0)),
                    Interval = health.Interval ?? 30,
                    Timeout = health.Timeout ?? 5,
                    Retries = health.Retries ?? 3,
                    StartPeriod = health.StartPeriod ?? 0,
                },
            AwsLogs = log is not null,
            LogGroup = log?.GetValueOrDefault("awslogs-group") ?? "",
            LogStreamPrefix = log?.GetValueOrDefault("awslogs-stream-prefix") ?? "ecs",
        };
    }

    private static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

/// <summary>An IAM role ECS tasks may assume.</summary>
public sealed record TaskRoleChoice(string Name, string Arn);
