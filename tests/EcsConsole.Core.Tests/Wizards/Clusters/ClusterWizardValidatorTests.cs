using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Tests.Wizards.Clusters;

public sealed class ClusterWizardValidatorTests
{
    private static IReadOnlyList<string> Messages(ClusterWizardInput input, string field, ResolvedAmi? ami = null, ClusterNetworkFacts? network = null) =>
        ClusterWizardValidator.Validate(input, ami ?? ClusterWizardInputs.Ami, network).Where(e => e.Field == field).Select(e => e.Message).ToList();

    [Fact]
    public void Validate_ValidInputs_NoErrors()
    {
        Assert.Empty(ClusterWizardValidator.Validate(ClusterWizardInputs.Fargate()));
        Assert.Empty(ClusterWizardValidator.Validate(ClusterWizardInputs.Ec2(), ClusterWizardInputs.Ami));
    }

    [Theory]
    [InlineData("", "Give the cluster a name.")]
    [InlineData("my cluster", "letters, digits, hyphens and underscores")]
    public void Validate_BadClusterName_SaysWhatIsAllowed(string name, string expected)
    {
        var input = ClusterWizardInputs.Fargate(name);

        Assert.Contains(Messages(input, nameof(input.ClusterName)), m => m.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoWeightAtAll_AsksForAWeight()
    {
        var input = ClusterWizardInputs.Fargate();
        input.FargateWeight = 0;
        input.FargateBase = 0;
        input.FargateSpotWeight = 0;

        Assert.Contains(Messages(input, nameof(input.FargateWeight)), m => m.Contains("weight above 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TwoBases_OnlyOneAllowed()
    {
        var input = ClusterWizardInputs.Fargate();
        input.FargateSpotBase = 2;

        Assert.Contains(Messages(input, nameof(input.FargateSpotBase)), m => m.Contains("Only one capacity provider", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DesiredAboveMax_SaysTheRange()
    {
        var input = ClusterWizardInputs.Ec2();
        input.DesiredCapacity = 9;

        Assert.Equal(["Desired capacity 9 must be between minimum 1 and maximum 4."], Messages(input, nameof(input.DesiredCapacity)));
    }

    [Fact]
    public void Validate_MinAboveMax_Refused()
    {
        var input = ClusterWizardInputs.Ec2();
        input.MinSize = 5;

        Assert.Contains("Minimum 5 is above maximum 4.", Messages(input, nameof(input.MinSize)));
    }

    [Fact]
    public void Validate_NoSubnets_AsksForOne()
    {
        var input = ClusterWizardInputs.Ec2();
        input.SubnetIds = [];

        Assert.Contains(Messages(input, nameof(input.SubnetIds)), m => m.StartsWith("Choose at least one subnet", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SubnetOfAnotherVpc_NamesBothVpcs()
    {
        var input = ClusterWizardInputs.Ec2();
        var network = new ClusterNetworkFacts(
            new Dictionary<string, string> { ["subnet-0a1e7c3b5d9f20011"] = ClusterWizardInputs.Vpc, ["subnet-0a1e7c3b5d9f20012"] = "vpc-0fffffffffffffff1" },
            new Dictionary<string, string> { ["sg-0d3f1a2b4c5e60071"] = ClusterWizardInputs.Vpc });

        Assert.Equal([$"Subnet subnet-0a1e7c3b5d9f20012 is in vpc-0fffffffffffffff1, not in {ClusterWizardInputs.Vpc}: all subnets must be in the chosen VPC."],
            Messages(input, nameof(input.SubnetIds), network: network));
    }

    [Fact]
    public void Validate_ArmAmiOnX86Type_SuggestsGraviton()
    {
        var input = ClusterWizardInputs.Ec2();
        input.AmiVariant = EcsAmiVariant.AmazonLinux2023Arm64;

        Assert.Contains(Messages(input, nameof(input.InstanceType)), m => m.Contains("choose a Graviton type", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("t3", false)]
    [InlineData("m7g.large", true)]
    [InlineData("g4dn.xlarge", true)]
    [InlineData("T3.MEDIUM", false)]
    public void Validate_InstanceTypes_AcceptsFamilyDotSize(string type, bool valid)
    {
        var input = ClusterWizardInputs.Ec2();
        input.InstanceType = type;
        input.AmiVariant = EcsOptimizedAmi.IsGraviton(type) ? EcsAmiVariant.AmazonLinux2023Arm64 : EcsAmiVariant.AmazonLinux2023;

        Assert.Equal(valid, Messages(input, nameof(input.InstanceType)).Count == 0);
    }

    [Theory]
    [InlineData("ecs-batch")]
    [InlineData("FargateBatch")]
    public void Validate_ReservedCapacityProviderPrefix_Refused(string name)
    {
        var input = ClusterWizardInputs.Ec2();
        input.CapacityProviderName = name;

        Assert.Contains(Messages(input, nameof(input.CapacityProviderName)), m => m.Contains("cannot start with aws, ecs or fargate", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Validate_TargetCapacityOutOfRange_SaysTheRange(int target)
    {
        var input = ClusterWizardInputs.Ec2();
        input.TargetCapacity = target;

        Assert.Contains(Messages(input, nameof(input.TargetCapacity)), m => m.Contains("1 to 100", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AmiNotRead_NamesTheParameter()
    {
        var input = ClusterWizardInputs.Ec2();

        var errors = ClusterWizardValidator.Validate(input, ami: null);

        Assert.Contains(errors, e => e.Field == nameof(input.AmiVariant) && e.Message.Contains(EcsOptimizedAmi.Parameter(EcsAmiVariant.AmazonLinux2023), StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadTags_EachProblemNamed()
    {
        var input = ClusterWizardInputs.Fargate();
        input.Tags = [new WizardTag("aws:owner", "x"), new WizardTag("team", "a"), new WizardTag("team", "b"), new WizardTag("", "orphan"), .. Enumerable.Range(0, 50).Select(i => new WizardTag($"k{i}", "v"))];

        var messages = Messages(input, "Tags");

        Assert.Contains(messages, m => m.Contains("ECS allows at most 50", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("starts with aws:", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'team' appears twice", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Tag key '' must be 1-128", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Garbage_NeverThrows()
    {
        var input = new ClusterWizardInput
        {
            ClusterName = new string('x', 300), Kind = ClusterCapacityKind.Ec2, VpcId = "nope", SubnetIds = ["", "subnet-zz"], SecurityGroupIds = Enumerable.Repeat("sg-1", 7).Select((s, i) => s + i).ToList(),
            InstanceType = "", MinSize = -1, MaxSize = 0, DesiredCapacity = -5, InstanceProfileName = "", LaunchTemplateName = "a", AutoScalingGroupName = "a:b", CapacityProviderName = "",
        };

        var errors = ClusterWizardValidator.Validate(input, new ResolvedAmi("p", "not-an-ami"));

        Assert.True(errors.Count > 10);
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
    }
}
