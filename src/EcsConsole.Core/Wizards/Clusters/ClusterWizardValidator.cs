using System.Text.RegularExpressions;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Wizards.Clusters;

/// <summary>
/// ECS, EC2 and Auto Scaling constraints on the cluster wizard's input, checked before anything is sent: each problem comes
/// back as a message naming the field and what to fix; nothing here throws for bad input.
/// </summary>
public static partial class ClusterWizardValidator
{
    public const int MaxSecurityGroups = 5;

    public static IReadOnlyList<WizardValidationError> Validate(ClusterWizardInput input, ResolvedAmi? ami = null, ClusterNetworkFacts? network = null)
    {
        var errors = new List<WizardValidationError>();
        var name = input.ClusterName.Trim();
        if (!ClusterNamePattern().IsMatch(name))
        {
            errors.Add(new(nameof(input.ClusterName), name.Length == 0
                ? "Give the cluster a name."
                : $"Cluster name '{name}' must be 1-255 letters, digits, hyphens and underscores."));
        }

        errors.AddRange(WizardTags.Validate(input.Tags, "ECS", required: []));
        if (input.Kind == ClusterCapacityKind.Fargate)
        {
            FargateStrategy(errors, input);
        }
        else
        {
            Ec2(errors, input, ami, network);
        }

        return errors;
    }

    /// <summary>Distinct, trimmed, non-empty ids in the order given.</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string> ids) =>
        ids.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static void FargateStrategy(List<WizardValidationError> errors, ClusterWizardInput input)
    {
        foreach (var (field, weight) in new[] { (nameof(input.FargateWeight), input.FargateWeight), (nameof(input.FargateSpotWeight), input.FargateSpotWeight) })
        {
            if (weight is < 0 or > 1000)
            {
                errors.Add(new(field, $"Weight {weight} is out of range: ECS takes 0 to 1000."));
            }
        }

        foreach (var (field, value) in new[] { (nameof(input.FargateBase), input.FargateBase), (nameof(input.FargateSpotBase), input.FargateSpotBase) })
        {
            if (value is < 0 or > 100000)
            {
                errors.Add(new(field, $"Base {value} is out of range: ECS takes 0 to 100000."));
            }
        }

        if (input.FargateWeight <= 0 && input.FargateSpotWeight <= 0)
        {
            errors.Add(new(nameof(input.FargateWeight), "Give FARGATE or FARGATE_SPOT a weight above 0: ECS needs at least one provider with a weight to place tasks."));
        }

        if (input.FargateBase > 0 && input.FargateSpotBase > 0)
        {
            errors.Add(new(nameof(input.FargateSpotBase), "Only one capacity provider in a strategy may have a base: set the other base to 0."));
        }

        if (input.FargateSpotBase > 0 && input.FargateSpotWeight <= 0)
        {
            errors.Add(new(nameof(input.FargateSpotWeight), "FARGATE_SPOT has a base but weight 0; give it a weight or set its base to 0."));
        }

        if (input.FargateBase > 0 && input.FargateWeight <= 0)
        {
            errors.Add(new(nameof(input.FargateWeight), "FARGATE has a base but weight 0; give it a weight or set its base to 0."));
        }
    }

    private static void Ec2(List<WizardValidationError> errors, ClusterWizardInput input, ResolvedAmi? ami, ClusterNetworkFacts? network)
    {
        var vpc = input.VpcId.Trim();
        if (!VpcPattern().IsMatch(vpc))
        {
            errors.Add(new(nameof(input.VpcId), vpc.Length == 0 ? "Choose the VPC the instances run in." : $"'{vpc}' is not a VPC id (vpc- and 8 or 17 hex digits)."));
        }

        var subnets = Clean(input.SubnetIds);
        if (subnets.Count == 0)
        {
            errors.Add(new(nameof(input.SubnetIds), "Choose at least one subnet for the Auto Scaling group; subnets in two or more Availability Zones keep the cluster up when one zone fails."));
        }

        foreach (var subnet in subnets)
        {
            if (!SubnetPattern().IsMatch(subnet))
            {
                errors.Add(new(nameof(input.SubnetIds), $"'{subnet}' is not a subnet id (subnet- and 8 or 17 hex digits)."));
            }
            else if (network?.SubnetVpcs.TryGetValue(subnet, out var subnetVpc) == true && subnetVpc != vpc)
            {
                errors.Add(new(nameof(input.SubnetIds), $"Subnet {subnet} is in {subnetVpc}, not in {vpc}: all subnets must be in the chosen VPC."));
            }
        }

        var groups = Clean(input.SecurityGroupIds);
        if (groups.Count > MaxSecurityGroups)
        {
            errors.Add(new(nameof(input.SecurityGroupIds), $"{groups.Count} security groups; an instance takes at most {MaxSecurityGroups}."));
        }

        foreach (var group in groups)
        {
            if (!SecurityGroupPattern().IsMatch(group))
            {
                errors.Add(new(nameof(input.SecurityGroupIds), $"'{group}' is not a security group id (sg- and 8 or 17 hex digits)."));
            }
            else if (network?.SecurityGroupVpcs.TryGetValue(group, out var groupVpc) == true && groupVpc != vpc)
            {
                errors.Add(new(nameof(input.SecurityGroupIds), $"Security group {group} belongs to {groupVpc}, not to {vpc}: choose groups of the chosen VPC."));
            }
        }

        var instanceType = input.InstanceType.Trim();
        if (!InstanceTypePattern().IsMatch(instanceType))
        {
            errors.Add(new(nameof(input.InstanceType), $"'{instanceType}' is not an EC2 instance type (family.size, e.g. t3.medium or m7g.large)."));
        }
        else if (EcsOptimizedAmi.IsArm64(input.AmiVariant) != EcsOptimizedAmi.IsGraviton(instanceType))
        {
            errors.Add(new(nameof(input.InstanceType), EcsOptimizedAmi.IsArm64(input.AmiVariant)
                ? $"{instanceType} is an x86_64 type but the AMI is arm64: choose a Graviton type (t4g, m7g, c7g...) or an x86_64 AMI."
                : $"{instanceType} is a Graviton (arm64) type but the AMI is x86_64: choose the arm64 AMI or an x86_64 type (t3, m6i, c6i...)."));
        }

        Capacity(errors, input);
        if (!ProfilePattern().IsMatch(input.InstanceProfileName.Trim()))
        {
            errors.Add(new(nameof(input.InstanceProfileName), input.InstanceProfileName.Trim().Length == 0
                ? "Name the instance profile of the container instance role (the IAM roles wizard creates ecs-instance): without it instances cannot join the cluster."
                : $"'{input.InstanceProfileName.Trim()}' is not an instance profile name (1-128 letters, digits and + = , . @ _ -)."));
        }

        if (input.TargetCapacity is < 1 or > 100)
        {
            errors.Add(new(nameof(input.TargetCapacity), $"Target capacity {input.TargetCapacity}% is out of range: ECS managed scaling takes 1 to 100."));
        }

        Names(errors, input);
        if (ami is null)
        {
            errors.Add(new(nameof(input.AmiVariant), $"The AMI id is not known yet: it is read from SSM parameter {EcsOptimizedAmi.Parameter(input.AmiVariant)}; read it (or fix access to SSM) and plan again."));
        }
        else if (!AmiPattern().IsMatch(ami.ImageId))
        {
            errors.Add(new(nameof(input.AmiVariant), $"SSM parameter {ami.Parameter} holds '{ami.ImageId}', which is not an AMI id."));
        }
    }

    private static void Capacity(List<WizardValidationError> errors, ClusterWizardInput input)
    {
        if (input.MinSize < 0)
        {
            errors.Add(new(nameof(input.MinSize), "Minimum size cannot be negative."));
        }

        if (input.MaxSize < 1)
        {
            errors.Add(new(nameof(input.MaxSize), "Maximum size must be at least 1, or the group can never launch an instance."));
        }

        if (input.MinSize > input.MaxSize)
        {
            errors.Add(new(nameof(input.MinSize), $"Minimum {input.MinSize} is above maximum {input.MaxSize}."));
        }

        if (input.DesiredCapacity < input.MinSize || input.DesiredCapacity > input.MaxSize)
        {
            errors.Add(new(nameof(input.DesiredCapacity), $"Desired capacity {input.DesiredCapacity} must be between minimum {input.MinSize} and maximum {input.MaxSize}."));
        }
    }

    private static void Names(List<WizardValidationError> errors, ClusterWizardInput input)
    {
        var template = input.LaunchTemplateName.Trim();
        if (!LaunchTemplatePattern().IsMatch(template))
        {
            errors.Add(new(nameof(input.LaunchTemplateName), $"Launch template name '{template}' must be 3-128 letters, digits and ( ) . - / _."));
        }

        var group = input.AutoScalingGroupName.Trim();
        if (group.Length is 0 or > 255 || group.Contains(':', StringComparison.Ordinal) || group.Any(char.IsControl))
        {
            errors.Add(new(nameof(input.AutoScalingGroupName), $"Auto Scaling group name '{group}' must be 1-255 characters without colons."));
        }

        var provider = input.CapacityProviderName.Trim();
        if (!ClusterNamePattern().IsMatch(provider))
        {
            errors.Add(new(nameof(input.CapacityProviderName), $"Capacity provider name '{provider}' must be 1-255 letters, digits, hyphens and underscores."));
        }
        else if (new[] { "aws", "ecs", "fargate" }.Any(p => provider.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new(nameof(input.CapacityProviderName), $"Capacity provider name '{provider}' cannot start with aws, ecs or fargate (ECS reserves them)."));
        }
    }

    [GeneratedRegex(@"^[a-zA-Z0-9_-]{1,255}$")]
    private static partial Regex ClusterNamePattern();

    [GeneratedRegex(@"^vpc-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex VpcPattern();

    [GeneratedRegex(@"^subnet-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex SubnetPattern();

    [GeneratedRegex(@"^sg-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex SecurityGroupPattern();

    [GeneratedRegex(@"^ami-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex AmiPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*[0-9][a-z0-9-]*\.[a-z0-9-]+$")]
    private static partial Regex InstanceTypePattern();

    [GeneratedRegex(@"^[\w+=,.@-]{1,128}$")]
    private static partial Regex ProfilePattern();

    [GeneratedRegex(@"^[a-zA-Z0-9().\-/_]{3,128}$")]
    private static partial Regex LaunchTemplatePattern();


}
