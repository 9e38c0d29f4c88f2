using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Web.Components.Pages.Wizards;

/// <summary>
/// The cluster wizard page's state, testable without a browser: the input being edited, the step shown, the network
/// choices read from EC2 (subnets and groups of the chosen VPC only), the AMI read from SSM, and the plan once the input
/// validates. Each step's Next checks that step's fields and stays with the messages.
/// </summary>
public sealed class ClusterWizardModel : WizardModel<ClusterWizardInput>
{
    private static readonly string[] StepTitles = ["Cluster", "Capacity", "Settings", "Plan", "Run"];

    public override IReadOnlyList<string> Titles => StepTitles;

    public IReadOnlyList<NetworkChoice> Vpcs { get; set; } = [];

    /// <summary>The subnets of the chosen VPC (set by the page once read).</summary>
    public IReadOnlyList<NetworkChoice> Subnets { get; set; } = [];

    public IReadOnlyList<NetworkChoice> SecurityGroups { get; set; } = [];

    /// <summary>The AMI of the chosen variant as SSM answered; null until read (or when reading failed, see <see cref="AmiProblem"/>).</summary>
    public ResolvedAmi? Ami { get; private set; }

    public string? AmiProblem { get; private set; }

    public bool Ec2 => Input.Kind == ClusterCapacityKind.Ec2;

    public static ClusterWizardModel FromJson(string? json) => FromJson<ClusterWizardModel>(json);

    public void SetKind(ClusterCapacityKind kind)
    {
        Input.Kind = kind;
        Invalidate();
    }

    /// <summary>A new VPC empties the subnet and group picks: they belong to one VPC.</summary>
    public void SetVpc(string vpcId)
    {
        if (vpcId != Input.VpcId)
        {
            Input.SubnetIds = [];
            Input.SecurityGroupIds = [];
            Subnets = [];
            SecurityGroups = [];
        }

        Input.VpcId = vpcId;
        Invalidate();
    }

    /// <summary>The network lookups for the chosen VPC; only choices of that VPC are kept.</summary>
    public void SetNetwork(IReadOnlyList<NetworkChoice> subnets, IReadOnlyList<NetworkChoice> groups)
    {
        Subnets = [.. subnets.Where(s => s.VpcId == Input.VpcId)];
        SecurityGroups = [.. groups.Where(g => g.VpcId == Input.VpcId)];
        if (Input.SubnetIds.Count == 0)
        {
            Input.SubnetIds = [.. Subnets.Select(s => s.Id)];
        }
    }

    public void SetSubnets(IEnumerable<string> ids)
    {
        Input.SubnetIds = [.. ids];
        Invalidate();
    }

    public void SetSecurityGroups(IEnumerable<string> ids)
    {
        Input.SecurityGroupIds = [.. ids];
        Invalidate();
    }

    public void SetAmiVariant(EcsAmiVariant variant)
    {
        if (variant != Input.AmiVariant)
        {
            Ami = null;
            AmiProblem = null;
        }

        Input.AmiVariant = variant;
        Invalidate();
    }

    /// <summary>What SSM answered for the chosen variant: the AMI, or why it could not be read.</summary>
    public void SetAmi(ResolvedAmi? ami, string? problem)
    {
        Ami = ami;
        AmiProblem = problem;
        Invalidate();
    }

    public void AddTag() => Input.Tags.Add(new WizardTag("", ""));

    public void SetTag(int index, string key, string value)
    {
        Input.Tags[index] = new WizardTag(key, value);
        Invalidate();
    }

    public void RemoveTag(int index)
    {
        Input.Tags.RemoveAt(index);
        Invalidate();
    }

    /// <summary>What the lookups said about the chosen network, for the same-VPC checks.</summary>
    public ClusterNetworkFacts Network() => new(
        Subnets.ToDictionary(s => s.Id, s => s.VpcId, StringComparer.Ordinal),
        SecurityGroups.ToDictionary(g => g.Id, g => g.VpcId, StringComparer.Ordinal));

    // The names left empty take their defaults once the name is given.
    protected override void BeforeNext()
    {
        if (Step == 0)
        {
            Input.FillDefaultNames();
        }
    }

    protected override IReadOnlyList<WizardValidationError> Validate() => ClusterWizardValidator.Validate(Input, Ami, Network());

    protected override (WizardPlan? Plan, IReadOnlyList<WizardValidationError> Errors) MakePlan() => ClusterWizard.Plan(Input, Ami, Network());

    /// <summary>The page of the cluster a succeeded run created (or found); null before that.</summary>
    public static string? ClusterLink(WizardRunRecord? run) =>
        run?.Steps.Any(s => s.Operation == "CreateCluster" && s.State is WizardStepState.Created or WizardStepState.SkippedExisting) == true
            && FromJson(run.Input).Input.ClusterName.Trim() is { Length: > 0 } name
            ? ConsoleRoutes.Cluster(name)
            : null;

    protected override int StepOf(string field) => field switch
    {
        nameof(ClusterWizardInput.ClusterName) => 0,
        "Tags" or nameof(ClusterWizardInput.ContainerInsights) => 2,
        _ => 1,
    };
}
