using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.Services;

namespace EcsConsole.Web.Components.Pages.Wizards;

/// <summary>
/// The Service wizard page's state, testable without a browser: the input being edited, the step shown (Next checks the
/// step's own fields first), the VPCs, subnets and security groups read from EC2 for the networking step, the plan once
/// the input validates, what exists already, and the exports.
/// </summary>
public sealed class ServiceWizardModel : WizardModel<ServiceWizardInput>
{
    private static readonly string[] StepTitles =
        ["Cluster and task definition", "Compute", "Networking", "Load balancer", "Service discovery", "Auto scaling", "Deployment and tags", "Plan", "Run"];

    // Which fields each input step edits, so Next can stop at that step's problems only.
    private static readonly string[][] StepFields =
    [
        ["Cluster", "ServiceName", "TaskDefinition"],
        ["LaunchType", "CapacityProviders", "DesiredCount"],
        ["Subnets", "SecurityGroups", "AssignPublicIp"],
        ["LoadBalancer.", "HealthCheckGracePeriodSeconds"],
        ["Discovery."],
        ["Scaling."],
        ["Deployment", "Tags"],
    ];

    private ServiceDerivedNames? _derived;

    public override IReadOnlyList<string> Titles => StepTitles;

    public const string VpcsRead = "EC2 DescribeVpcs";

    public const string SubnetsRead = "EC2 DescribeSubnets";

    public const string SecurityGroupsRead = "EC2 DescribeSecurityGroups";

    private string _networkVpc = "";

    public IReadOnlyList<NetworkChoice> Vpcs { get; private set; } = [];

    /// <summary>The chosen VPC's subnets as EC2 listed them; null until read (or when the read failed: ids are typed then).</summary>
    public IReadOnlyList<NetworkChoice>? Subnets { get; private set; }

    public IReadOnlyList<NetworkChoice>? SecurityGroups { get; private set; }

    /// <summary>What EC2 holds in the chosen VPC, once both lists are read for it; null while unknown, and ids are not checked then.</summary>
    public VpcNetwork? Network =>
        Subnets is { } subnets && SecurityGroups is { } groups && _networkVpc.Length > 0 && _networkVpc == Input.VpcId.Trim()
            ? new VpcNetwork(_networkVpc, subnets, groups)
            : null;

    /// <summary>The account's VPCs; the first (the default VPC) is chosen when none is yet.</summary>
    public void SetVpcs(IReadOnlyList<NetworkChoice> vpcs)
    {
        Vpcs = vpcs;
        if (Input.VpcId.Trim().Length == 0 && vpcs.Count > 0)
        {
            Input.VpcId = vpcs[0].Id;
        }
    }

    /// <summary>Another VPC empties the picks and the lists read for the old one: subnets and groups belong to one VPC.</summary>
    public void SetVpc(string vpcId)
    {
        if (vpcId != Input.VpcId)
        {
            Input.Subnets = [];
            Input.SecurityGroups = [];
            Subnets = null;
            SecurityGroups = null;
        }

        Input.VpcId = vpcId;
        Invalidate();
    }

    /// <summary>
    /// The chosen VPC's subnets as read. With nothing picked yet, one subnet per Availability Zone is picked: spread over
    /// zones, and a new load balancer takes at most one subnet per zone.
    /// </summary>
    public void SetSubnetChoices(string vpcId, IReadOnlyList<NetworkChoice> subnets)
    {
        if (vpcId != Input.VpcId)
        {
            return;
        }

        UseVpc(vpcId);
        Subnets = subnets;
        if (Input.Subnets.Count == 0)
        {
            Input.Subnets = [.. subnets.GroupBy(s => s.Zone ?? s.Id, StringComparer.Ordinal).Select(z => z.First().Id).Take(16)];
        }
    }

    /// <summary>The chosen VPC's security groups as read. With none picked yet, the VPC's default group is.</summary>
    public void SetSecurityGroupChoices(string vpcId, IReadOnlyList<NetworkChoice> groups)
    {
        if (vpcId != Input.VpcId)
        {
            return;
        }

        UseVpc(vpcId);
        SecurityGroups = groups;
        if (Input.SecurityGroups.Count == 0 && groups.FirstOrDefault(g => g.Name == "default") is { } fallback)
        {
            Input.SecurityGroups = [fallback.Id];
        }
    }

    public void SetSubnets(IEnumerable<string> ids)
    {
        Input.Subnets = [.. ids];
        Invalidate();
    }

    public void SetSecurityGroups(IEnumerable<string> ids)
    {
        Input.SecurityGroups = [.. ids];
        Invalidate();
    }

    /// <summary>The subnets as typed: ids separated by commas or spaces.</summary>
    public string SubnetsText
    {
        get => string.Join(", ", Input.Subnets);
        set => Input.Subnets = Split(value);
    }

    public string SecurityGroupsText
    {
        get => string.Join(", ", Input.SecurityGroups);
        set => Input.SecurityGroups = Split(value);
    }

    public string LoadBalancerSecurityGroupsText
    {
        get => string.Join(", ", Input.LoadBalancer.SecurityGroups);
        set => Input.LoadBalancer.SecurityGroups = Split(value);
    }

    public DeploymentStrategyKind Strategy
    {
        get => Input.Deployment.Strategy;
        set => Input.Deployment = Input.Deployment with
        {
            Strategy = value,
            BakeTimeInMinutes = value == DeploymentStrategyKind.Rolling ? null : Input.Deployment.BakeTimeInMinutes ?? 10,
            Linear = value == DeploymentStrategyKind.Linear ? Input.Deployment.Linear ?? new LinearSettings(10, 2) : Input.Deployment.Linear,
            Canary = value == DeploymentStrategyKind.Canary ? Input.Deployment.Canary ?? new CanarySettings(10, 5) : Input.Deployment.Canary,
        };
    }

    public bool CircuitBreaker
    {
        get => Input.Deployment.CircuitBreaker?.Enabled ?? false;
        set => Input.Deployment = Input.Deployment with { CircuitBreaker = new CircuitBreakerSettings(value, value && CircuitBreakerRollback) };
    }

    public bool CircuitBreakerRollback
    {
        get => Input.Deployment.CircuitBreaker?.Rollback ?? false;
        set => Input.Deployment = Input.Deployment with { CircuitBreaker = new CircuitBreakerSettings(CircuitBreaker, value) };
    }

    public int BakeTimeInMinutes
    {
        get => Input.Deployment.BakeTimeInMinutes ?? 0;
        set => Input.Deployment = Input.Deployment with { BakeTimeInMinutes = value };
    }

    public double CanaryPercent
    {
        get => Input.Deployment.Canary?.CanaryPercent ?? 10;
        set => Input.Deployment = Input.Deployment with { Canary = new CanarySettings(value, Input.Deployment.Canary?.CanaryBakeTimeInMinutes ?? 5) };
    }

    public int CanaryBakeTimeInMinutes
    {
        get => Input.Deployment.Canary?.CanaryBakeTimeInMinutes ?? 5;
        set => Input.Deployment = Input.Deployment with { Canary = new CanarySettings(CanaryPercent, value) };
    }

    public double LinearStepPercent
    {
        get => Input.Deployment.Linear?.StepPercent ?? 10;
        set => Input.Deployment = Input.Deployment with { Linear = new LinearSettings(value, Input.Deployment.Linear?.StepBakeTimeInMinutes ?? 2) };
    }

    public int LinearStepBakeTimeInMinutes
    {
        get => Input.Deployment.Linear?.StepBakeTimeInMinutes ?? 2;
        set => Input.Deployment = Input.Deployment with { Linear = new LinearSettings(LinearStepPercent, value) };
    }

    public static ServiceWizardModel ForCluster(string? cluster) => new() { Input = { Cluster = cluster?.Trim() ?? "" } };

    public static ServiceWizardModel FromJson(string? json) => FromJson<ServiceWizardModel>(json);

    // Names derived from the service name are filled before each step is checked and before the plan.
    protected override void BeforeNext() => DeriveNames();

    protected override void BeforePlan() => DeriveNames();

    protected override IReadOnlyList<WizardValidationError> Validate() => ServiceWizardValidator.Validate(Input, Network);

    protected override (WizardPlan? Plan, IReadOnlyList<WizardValidationError> Errors) MakePlan() => ServiceWizard.Plan(Input, Network);

    // The input step whose fields include this one (a name ending in '.' covers the fields under it).
    protected override int StepOf(string field)
    {
        var step = Array.FindIndex(StepFields, fields => fields.Any(f => f.EndsWith('.') ? field.StartsWith(f, StringComparison.Ordinal) : field == f));
        return step < 0 ? PlanStep : step;
    }

    public void AddTag() => Input.Tags.Add(new WizardTag("", ""));

    public void SetTag(int index, string key, string value)
    {
        Input.Tags[index] = new WizardTag(key, value);
        Invalidate();
    }

    public void AddCapacityProvider(string name) => Input.CapacityProviders.Add(new CapacityProviderChoice { CapacityProvider = name, Weight = 1 });

    private static List<string> Split(string? text) =>
        (text ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>
    /// The load balancer's container as the chosen task definition names it: the operator's choice, not derived from the
    /// service name, so a later rename of the service leaves it alone.
    /// </summary>
    public void SetLoadBalancerContainer(string containerName, int? port)
    {
        Input.LoadBalancer.ContainerName = containerName;
        if (port is { } containerPort)
        {
            Input.LoadBalancer.ContainerPort = containerPort;
        }

        _derived = _derived is null ? null : _derived with { ContainerName = "" };
        Invalidate();
    }

    // Names derived from the service name follow it until the operator edits them (a corrected name carries over).
    private void DeriveNames()
    {
        var previous = _derived;
        _derived = Input.FillDefaultNames(previous);
        var index = Input.Tags.FindIndex(t => t.Key == "service");
        if (_derived is not null && index >= 0)
        {
            var value = ServiceWizardInput.Derive(Input.Tags[index].Value, previous?.ServiceTag, _derived.ServiceTag);
            Input.Tags[index] = new WizardTag("service", value);
        }
    }

    // Lists read for another VPC are dropped before those of this one are kept.
    private void UseVpc(string vpcId)
    {
        if (_networkVpc != vpcId)
        {
            Subnets = null;
            SecurityGroups = null;
            _networkVpc = vpcId;
        }
    }
}
