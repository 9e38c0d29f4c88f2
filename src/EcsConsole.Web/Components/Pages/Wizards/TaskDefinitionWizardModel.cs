using EcsConsole.Core.Images;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.TaskDefinitions;
using EcsConsole.Web.Model;

namespace EcsConsole.Web.Components.Pages.Wizards;

/// <summary>
/// The Task definition wizard page's state, testable without a browser: the input being edited, the step shown, the
/// choices offered (valid Fargate sizes only, ECR repositories and tags, roles ECS tasks may assume), the JSON preview,
/// and the plan once the input validates. Each step's Next checks that step's fields and stays with the messages.
/// </summary>
public sealed class TaskDefinitionWizardModel : WizardModel<TaskDefinitionWizardInput>
{
    private static readonly string[] StepTitles = ["Basics", "Containers", "Roles", "JSON", "Plan", "Run"];

    private readonly Dictionary<string, IReadOnlyList<string>> _tags = new(StringComparer.Ordinal);

    // The tag each container of a loaded revision runs now, by container (names may be edited).
    private readonly Dictionary<ContainerInput, string> _running = new(ReferenceEqualityComparer.Instance);

    public override IReadOnlyList<string> Titles => StepTitles;

    public IReadOnlyList<RepositorySummary> Repositories { get; set; } = [];

    public IReadOnlyList<TaskRoleChoice> Roles { get; set; } = [];

    public static TaskDefinitionWizardModel For(TaskDefinitionWizardInput input)
    {
        var model = new TaskDefinitionWizardModel();
        model.Load(input);
        return model;
    }

    // The reads behind the pickers, each a key of ReadProblems.
    public const string RepositoriesRead = "repositories";

    public const string RolesRead = "roles";

    public const string SourceRead = "source";

    public static string TagsRead(string repositoryUri) => $"tags {repositoryUri}";

    /// <summary>Said when a change forced another value, e.g. a CPU size Fargate does not run with the memory chosen.</summary>
    public string? SizeNotice { get; private set; }

    /// <summary>Starts from <paramref name="input"/> (a loaded revision): its image tags are what runs now, the floor for preselection.</summary>
    public void Load(TaskDefinitionWizardInput input)
    {
        Input = input;
        _running.Clear();
        if (input.BasedOn is not null)
        {
            foreach (var container in input.Containers)
            {
                _running[container] = container.Tag;
            }
        }

        Invalidate();
    }

    public static TaskDefinitionWizardModel FromJson(string? json) => FromJson<TaskDefinitionWizardModel>(json);

    public bool Fargate => Input.Compatibility == "FARGATE";

    /// <summary>Task CPU choices: Fargate's sizes (also sensible on EC2).</summary>
    public IReadOnlyList<int> CpuOptions => FargateTaskSizes.Cpus;

    /// <summary>On Fargate only the memory sizes its CPU takes; on EC2 the whole Fargate range as suggestions.</summary>
    public IReadOnlyList<int> MemoryOptions => Fargate && Input.Cpu is { } cpu
        ? FargateTaskSizes.MemoriesFor(cpu)
        : [.. FargateTaskSizes.Cpus.SelectMany(FargateTaskSizes.MemoriesFor).Distinct().Order()];

    public void SetCompatibility(string compatibility)
    {
        Input.Compatibility = compatibility;
        if (compatibility == "FARGATE")
        {
            Input.NetworkMode = "awsvpc";
            SetCpu(Input.Cpu is { } cpu && FargateTaskSizes.Cpus.Contains(cpu) ? cpu : FargateTaskSizes.Cpus[0]);
        }

        Invalidate();
    }

    /// <summary>Sets the task CPU; on Fargate a memory size that CPU does not take becomes its smallest one.</summary>
    public void SetCpu(int? cpu)
    {
        Input.Cpu = cpu;
        SizeNotice = null;
        if (Fargate && cpu is { } units && (Input.Memory is not { } memory || !FargateTaskSizes.IsValid(units, memory)))
        {
            var before = Input.Memory;
            var choices = FargateTaskSizes.MemoriesFor(units);
            Input.Memory = choices.FirstOrDefault();
            if (before is not null && choices.Count > 0)
            {
                SizeNotice = $"Memory changed from {before} to {Input.Memory} MiB: Fargate runs {units} CPU units with {choices[0]} to {choices[^1]} MiB only.";
            }
        }

        Invalidate();
    }

    public void SetMemory(int? memory)
    {
        Input.Memory = memory;
        SizeNotice = null;
        Invalidate();
    }

    /// <summary>The repository a container's image comes from, when it is one of the ECR repositories listed.</summary>
    public RepositorySummary? RepositoryOf(ContainerInput container) =>
        Repositories.FirstOrDefault(r => string.Equals(r.Uri, container.Repository.Trim(), StringComparison.Ordinal));

    /// <summary>The tags known for a repository (set by the page once read), newest image first.</summary>
    public IReadOnlyList<string> TagsOf(string repositoryUri) => _tags.GetValueOrDefault(repositoryUri, []);

    public bool HasTags(string repositoryUri) => _tags.ContainsKey(repositoryUri);

    public void SetTags(string repositoryUri, IReadOnlyList<string> repositoryTags) => _tags[repositoryUri] = repositoryTags;

    /// <summary>
    /// The tags of a container's repository once read: a container without a tag gets the preferred one (never one marked
    /// broken, never a version older than the one running).
    /// </summary>
    public void ApplyTags(ContainerInput container, string repositoryUri, IReadOnlyList<string> repositoryTags)
    {
        SetTags(repositoryUri, repositoryTags);
        if (container.Tag.Length == 0 && container.Repository == repositoryUri)
        {
            container.Tag = PreferredTag(container, repositoryUri) ?? "";
            Invalidate();
        }
    }

    /// <summary>Picks a repository for a container; the preferred tag is preselected once its tags are known.</summary>
    public void SetRepository(ContainerInput container, string repositoryUri)
    {
        container.Repository = repositoryUri;
        container.Tag = PreferredTag(container, repositoryUri) ?? "";
        Invalidate();
    }

    private string? PreferredTag(ContainerInput container, string repositoryUri) =>
        TaskDefinitionImages.PreferredTag(TagsOf(repositoryUri), _running.GetValueOrDefault(container));

    public void AddContainer()
    {
        Input.Containers.Add(new ContainerInput { Name = $"app{Input.Containers.Count + 1}", Essential = Input.Containers.Count == 0 });
        Invalidate();
    }

    public void RemoveContainer(ContainerInput container)
    {
        Input.Containers.Remove(container);
        Invalidate();
    }

    public void AddPort(ContainerInput container)
    {
        var next = container.Ports.Count == 0 ? 8080 : container.Ports.Max(p => p.ContainerPort) + 1;
        container.Ports.Add(new PortMappingInput { ContainerPort = next, Name = $"{container.Name.Trim()}-{next}" });
        Invalidate();
    }

    public void AddTag() => Input.Tags.Add(new WizardTag("", ""));

    public void SetTag(int index, string key, string value)
    {
        Input.Tags[index] = new WizardTag(key, value);
        Invalidate();
    }

    /// <summary>Whether the input's role ARN is one the account has for ECS tasks (empty counts as fine: no role).</summary>
    public bool RoleExists(string arn) => arn.Trim().Length == 0 || Roles.Any(r => r.Arn == arn.Trim());

    public string Preview() => TaskDefinitionWizard.Preview(Input);

    protected override IReadOnlyList<WizardValidationError> Validate() => TaskDefinitionWizardValidator.Validate(Input);

    protected override (WizardPlan? Plan, IReadOnlyList<WizardValidationError> Errors) MakePlan() => TaskDefinitionWizard.Plan(Input);

    /// <summary>Removes a port; its container's port messages go too, as the ports after it have moved up one place.</summary>
    public void RemovePort(int containerIndex, PortMappingInput port)
    {
        Input.Containers[containerIndex].Ports.Remove(port);
        var prefix = $"Containers[{containerIndex}].Ports[";
        Errors = [.. Errors.Where(e => !(e.Field.StartsWith(prefix, StringComparison.Ordinal) && e.Field.EndsWith(".ContainerPort", StringComparison.Ordinal)))];
        Invalidate();
    }

    /// <summary>
    /// Checks one field as it loses focus, before Next: what is wrong with it now replaces what was said about it, and
    /// the other fields' messages stay as they were.
    /// </summary>
    public void CheckField(string field) =>
        Errors = [.. Errors.Where(e => e.Field != field), .. TaskDefinitionWizardValidator.Validate(Input).Where(e => e.Field == field)];

    /// <summary>
    /// The messages for a field and everything under it (<c>Containers[0]</c> covers its ports, secrets, ...), except
    /// those a port field shows on itself.
    /// </summary>
    public IReadOnlyList<string> ErrorsUnder(string field) =>
        [.. Errors.Where(e => (e.Field == field || e.Field.StartsWith(field + ".", StringComparison.Ordinal)) && !e.Field.EndsWith(".ContainerPort", StringComparison.Ordinal)).Select(e => e.Message)];

    /// <summary>The page of the revision a succeeded run registered, from its journaled ARN; null before that.</summary>
    public static string? RegisteredRevisionLink(WizardRunRecord? run)
    {
        var arn = run?.Steps.LastOrDefault(s => s.Operation == "RegisterTaskDefinition" && s.State == WizardStepState.Created)?.Outcome;
        var slash = arn?.LastIndexOf('/') ?? -1;
        return slash >= 0 ? ConsoleRoutes.Revision(arn![(slash + 1)..]) : null;
    }

    protected override int StepOf(string field) => field switch
    {
        nameof(TaskDefinitionWizardInput.TaskRoleArn) or nameof(TaskDefinitionWizardInput.ExecutionRoleArn) => 2,
        _ when field.StartsWith(nameof(TaskDefinitionWizardInput.Containers), StringComparison.Ordinal) => 1,
        _ => 0,
    };
}
