using System.Globalization;
using System.Text.RegularExpressions;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Wizards.Services;

/// <summary>
/// The constraints of ECS, ELBv2, Cloud Map and Application Auto Scaling on the Service wizard's input, checked before
/// anything is sent: each problem comes back as the field and what to change; nothing here throws for bad input.
/// </summary>
public static partial class ServiceWizardValidator
{
    /// <param name="network">
    /// What EC2 said the chosen VPC holds; when given, well-formed subnet and security group ids it does not hold are
    /// refused. Null when it could not be read: typed ids are then taken as they are.
    /// </param>
    public static IReadOnlyList<WizardValidationError> Validate(ServiceWizardInput input, VpcNetwork? network = null)
    {
        // Bound input may arrive with parts missing (a stored run's input, a page that never opened a step): treat them as defaults.
        input.LoadBalancer ??= new();
        input.Discovery ??= new();
        input.Scaling ??= new();
        input.Deployment ??= new();
        input.Tags ??= [];
        input.Subnets ??= [];
        input.SecurityGroups ??= [];
        input.CapacityProviders ??= [];
        var errors = new List<WizardValidationError>();
        Basics(input, errors);
        Compute(input, errors);
        Network(input, errors);
        LoadBalancer(input, errors);
        if (network is not null)
        {
            Existence(input, network, errors);
        }

        Discovery(input, errors);
        Scaling(input, errors);
        Deployment(input, errors);
        errors.AddRange(WizardTags.Validate(input.Tags, "ECS", WizardTags.Owner));
        return errors;
    }

    private static void Basics(ServiceWizardInput input, List<WizardValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(input.Cluster))
        {
            errors.Add(new("Cluster", "Choose the cluster the service runs in."));
        }
        else if (!ServiceName().IsMatch(input.Cluster.Trim()) && !ClusterArn().IsMatch(input.Cluster.Trim()))
        {
            errors.Add(new("Cluster", $"'{input.Cluster.Trim()}' is not a cluster name (letters, digits, hyphens and underscores, up to 255) or cluster ARN."));
        }

        var name = (input.ServiceName ?? "").Trim();
        if (!ServiceName().IsMatch(name))
        {
            errors.Add(new("ServiceName", name.Length == 0
                ? "Give the service a name."
                : $"Service name '{name}' must be 1-255 letters, digits, hyphens and underscores."));
        }

        if (string.IsNullOrWhiteSpace(input.TaskDefinition))
        {
            errors.Add(new("TaskDefinition", "Choose the task definition (family and revision) the service runs."));
        }

        if (input.DesiredCount < 0)
        {
            errors.Add(new("DesiredCount", $"Desired count must be 0 or more (it is {input.DesiredCount})."));
        }

        if (input.HealthCheckGracePeriodSeconds < 0)
        {
            errors.Add(new("HealthCheckGracePeriodSeconds", $"The health check grace period must be 0 to 2147483647 seconds (it is {input.HealthCheckGracePeriodSeconds})."));
        }
    }

    private static void Compute(ServiceWizardInput input, List<WizardValidationError> errors)
    {
        if (input.Compute == ComputeChoice.LaunchType)
        {
            if (input.LaunchType is not ("FARGATE" or "EC2"))
            {
                errors.Add(new("LaunchType", $"Launch type must be FARGATE or EC2 (it is '{input.LaunchType}')."));
            }

            return;
        }

        var providers = input.CapacityProviders;
        if (providers.Count is 0 or > 20)
        {
            errors.Add(new("CapacityProviders", "A capacity provider strategy has 1 to 20 providers; add one or choose a launch type."));
        }

        foreach (var provider in providers)
        {
            var providerName = provider.CapacityProvider.Trim();
            if (providerName.Length is 0 or > 255)
            {
                errors.Add(new("CapacityProviders", "Name each capacity provider of the strategy."));
            }

            if (provider.Weight is < 0 or > 1000)
            {
                errors.Add(new("CapacityProviders", $"Weight of {providerName} must be 0 to 1000 (it is {provider.Weight})."));
            }

            if (provider.Base is < 0 or > 100000)
            {
                errors.Add(new("CapacityProviders", $"Base of {providerName} must be 0 to 100000 (it is {provider.Base})."));
            }
        }

        if (providers.Count(p => p.Base > 0) > 1)
        {
            errors.Add(new("CapacityProviders", "Only one capacity provider of a strategy may have a base; set the others' base to 0."));
        }

        if (providers.Count > 0 && providers.All(p => p.Weight == 0))
        {
            errors.Add(new("CapacityProviders", "At least one capacity provider needs a weight above 0."));
        }

        foreach (var duplicate in providers.GroupBy(p => p.CapacityProvider.Trim(), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new("CapacityProviders", $"Capacity provider {duplicate.Key} appears twice in the strategy."));
        }

        var fargate = providers.Count(p => p.CapacityProvider.Trim() is "FARGATE" or "FARGATE_SPOT");
        if (fargate > 0 && fargate < providers.Count)
        {
            errors.Add(new("CapacityProviders", "A strategy mixes Fargate and Auto Scaling group providers; ECS allows one kind per strategy."));
        }
    }

    private static void Network(ServiceWizardInput input, List<WizardValidationError> errors)
    {
        var subnets = Clean(input.Subnets);
        if (subnets.Count == 0)
        {
            errors.Add(new("Subnets", "Pick at least one subnet: awsvpc tasks need one for their network interface."));
        }
        else if (subnets.Count > 16)
        {
            errors.Add(new("Subnets", $"{subnets.Count} subnets; ECS allows at most 16."));
        }

        foreach (var subnet in subnets.Where(s => !SubnetId().IsMatch(s)))
        {
            errors.Add(new("Subnets", $"'{subnet}' is not a subnet id (subnet- followed by 8 or 17 hex digits)."));
        }

        var groups = Clean(input.SecurityGroups);
        if (groups.Count > 5)
        {
            errors.Add(new("SecurityGroups", $"{groups.Count} security groups; ECS allows at most 5."));
        }

        foreach (var group in groups.Where(g => !SecurityGroupId().IsMatch(g)))
        {
            errors.Add(new("SecurityGroups", $"'{group}' is not a security group id (sg- followed by 8 or 17 hex digits)."));
        }

        if (input.AssignPublicIp && input.Compute == ComputeChoice.LaunchType && input.LaunchType == "EC2")
        {
            errors.Add(new("AssignPublicIp", "EC2 tasks cannot get a public IP; turn it off or use Fargate."));
        }
    }

    // A typo in an id that is still well-formed would otherwise reach CreateService and fail the run half-way.
    private static void Existence(ServiceWizardInput input, VpcNetwork network, List<WizardValidationError> errors)
    {
        foreach (var subnet in Clean(input.Subnets).Where(s => SubnetId().IsMatch(s) && !network.HasSubnet(s)))
        {
            errors.Add(new("Subnets", $"Subnet {subnet} does not exist in {network.VpcId}; pick one from the list."));
        }

        foreach (var group in Clean(input.SecurityGroups).Where(g => SecurityGroupId().IsMatch(g) && !network.HasSecurityGroup(g)))
        {
            errors.Add(new("SecurityGroups", $"Security group {group} does not exist in {network.VpcId}; pick one from the list."));
        }

        if (input.LoadBalancer.Choice == LoadBalancerChoice.NewAlb)
        {
            foreach (var group in Clean(input.LoadBalancer.SecurityGroups).Where(g => SecurityGroupId().IsMatch(g) && !network.HasSecurityGroup(g)))
            {
                errors.Add(new("LoadBalancer.SecurityGroups", $"Security group {group} does not exist in {network.VpcId}; pick one of its groups."));
            }
        }
    }

    private static void LoadBalancer(ServiceWizardInput input, List<WizardValidationError> errors)
    {
        var lb = input.LoadBalancer;
        if (lb.Choice == LoadBalancerChoice.None)
        {
            return;
        }

        if (lb.Choice == LoadBalancerChoice.NewAlb)
        {
            ElbName("LoadBalancer.LoadBalancerName", "Load balancer", lb.LoadBalancerName, errors);
            if (lb.LoadBalancerName.Trim().StartsWith("internal-", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new("LoadBalancer.LoadBalancerName", "A load balancer name may not start with 'internal-'."));
            }

            if (lb.Scheme is not ("internet-facing" or "internal"))
            {
                errors.Add(new("LoadBalancer.Scheme", "Scheme must be internet-facing or internal."));
            }

            if (Clean(input.Subnets).Count < 2)
            {
                errors.Add(new("Subnets", "An application load balancer needs subnets in at least two Availability Zones: pick two or more subnets."));
            }

            foreach (var group in Clean(lb.SecurityGroups).Where(g => !SecurityGroupId().IsMatch(g)))
            {
                errors.Add(new("LoadBalancer.SecurityGroups", $"'{group}' is not a security group id (sg- followed by 8 or 17 hex digits)."));
            }

            Port("LoadBalancer.ListenerPort", "Listener port", lb.ListenerPort, errors);
            if (lb.VpcId.Trim().Length > 0 && !VpcId().IsMatch(lb.VpcId.Trim()))
            {
                errors.Add(new("LoadBalancer.VpcId", "The VPC must be a VPC id (vpc- followed by 8 or 17 hex digits), or empty for the load balancer's own."));
            }
        }
        else
        {
            if (!ListenerArn().IsMatch(lb.ExistingListenerArn.Trim()))
            {
                errors.Add(new("LoadBalancer.ExistingListenerArn", "Choose the listener of the existing load balancer (an elasticloadbalancing listener/app/... ARN)."));
            }

            if (!VpcId().IsMatch(lb.VpcId.Trim()))
            {
                errors.Add(new("LoadBalancer.VpcId", "Give the VPC of the existing load balancer (vpc- followed by 8 or 17 hex digits)."));
            }
        }

        ElbName("LoadBalancer.TargetGroupName", "Target group", lb.TargetGroupName, errors);
        if (string.IsNullOrWhiteSpace(lb.ContainerName) || lb.ContainerName.Trim().Length > 255)
        {
            errors.Add(new("LoadBalancer.ContainerName", "Name the container (as in the task definition) that receives the load balancer's traffic."));
        }

        Port("LoadBalancer.ContainerPort", "Container port", lb.ContainerPort, errors);
        var path = lb.HealthCheckPath.Trim();
        if (!path.StartsWith('/') || path.Length > 1024)
        {
            errors.Add(new("LoadBalancer.HealthCheckPath", $"Health check path '{path}' must start with '/' and be at most 1024 characters."));
        }

        if (lb.HealthCheckIntervalSeconds is < 5 or > 300)
        {
            errors.Add(new("LoadBalancer.HealthCheckIntervalSeconds", $"Health check interval must be 5 to 300 seconds (it is {lb.HealthCheckIntervalSeconds})."));
        }

        if (lb.HealthyThresholdCount is < 2 or > 10)
        {
            errors.Add(new("LoadBalancer.HealthyThresholdCount", $"Healthy threshold must be 2 to 10 checks (it is {lb.HealthyThresholdCount})."));
        }

        if (lb.UnhealthyThresholdCount is < 2 or > 10)
        {
            errors.Add(new("LoadBalancer.UnhealthyThresholdCount", $"Unhealthy threshold must be 2 to 10 checks (it is {lb.UnhealthyThresholdCount})."));
        }

        if (!SuccessCodes().IsMatch(lb.SuccessCodes.Trim()))
        {
            errors.Add(new("LoadBalancer.SuccessCodes", $"Success codes '{lb.SuccessCodes}' must be HTTP codes 200-499 like 200, 200,204 or 200-299."));
        }

        var pattern = lb.PathPattern.Trim();
        if (pattern.Length is 0 or > 128 || !PathPattern().IsMatch(pattern))
        {
            errors.Add(new("LoadBalancer.PathPattern", $"Path pattern '{pattern}' must be 1-128 characters of A-Z a-z 0-9 _ - . $ / ~ \" ' @ : + & * ?, e.g. /* or /search/*."));
        }

        if (lb.RulePriority is < 1 or > 50000)
        {
            errors.Add(new("LoadBalancer.RulePriority", $"Rule priority must be 1 to 50000 (it is {lb.RulePriority})."));
        }

        if (input.Deployment.Strategy != DeploymentStrategyKind.Rolling)
        {
            BlueGreen(input, errors);
        }
    }

    private static void BlueGreen(ServiceWizardInput input, List<WizardValidationError> errors)
    {
        var lb = input.LoadBalancer;
        var strategy = input.Deployment.Strategy.ToWire();
        ElbName("LoadBalancer.AlternateTargetGroupName", "Alternate target group", lb.AlternateTargetGroupName, errors);
        if (string.Equals(lb.AlternateTargetGroupName.Trim(), lb.TargetGroupName.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new("LoadBalancer.AlternateTargetGroupName", $"{strategy} needs an alternate target group with a name different from the main one."));
        }

        if (!RoleArn().IsMatch(lb.InfrastructureRoleArn.Trim()))
        {
            errors.Add(new("LoadBalancer.InfrastructureRoleArn", $"{strategy} needs the ECS infrastructure role that may change the listener rules (an IAM role ARN; the IAM roles wizard creates one)."));
        }

        if (lb.Choice == LoadBalancerChoice.NewAlb && lb.TestListenerPort != 0)
        {
            Port("LoadBalancer.TestListenerPort", "Test listener port", lb.TestListenerPort, errors);
            if (lb.TestListenerPort == lb.ListenerPort)
            {
                errors.Add(new("LoadBalancer.TestListenerPort", "The test listener needs a port other than the production listener's (or 0 for none)."));
            }
        }

        if (lb.Choice == LoadBalancerChoice.ExistingAlb && lb.ExistingTestListenerArn.Trim().Length > 0 && !ListenerArn().IsMatch(lb.ExistingTestListenerArn.Trim()))
        {
            errors.Add(new("LoadBalancer.ExistingTestListenerArn", "The test listener must be a listener ARN of the same load balancer, or empty for none."));
        }
    }

    private static void Discovery(ServiceWizardInput input, List<WizardValidationError> errors)
    {
        var discovery = input.Discovery;
        switch (discovery.Choice)
        {
            case DiscoveryChoice.None:
                return;
            case DiscoveryChoice.ExistingNamespace when !NamespaceId().IsMatch(discovery.NamespaceId.Trim()):
                errors.Add(new("Discovery.NamespaceId", "Choose the Cloud Map namespace (its id, ns- followed by letters and digits)."));
                break;
            case DiscoveryChoice.NewNamespace:
                var dns = discovery.NamespaceName.Trim().TrimEnd('.');
                if (dns.Length is 0 or > 253 || dns.Split('.').Any(label => !DnsLabel().IsMatch(label)))
                {
                    errors.Add(new("Discovery.NamespaceName", $"Namespace '{dns}' must be a DNS name: labels of 1-63 letters, digits and hyphens (not at either end) separated by dots, e.g. staging.internal."));
                }

                if (!VpcId().IsMatch(discovery.VpcId.Trim()))
                {
                    errors.Add(new("Discovery.VpcId", "A private DNS namespace resolves in one VPC: give its id (vpc- followed by 8 or 17 hex digits)."));
                }

                break;
        }

        var serviceName = discovery.ServiceName.Trim();
        if (serviceName.Length is 0 or > 63 || !DnsLabel().IsMatch(serviceName))
        {
            errors.Add(new("Discovery.ServiceName", $"Discovery name '{serviceName}' must be one DNS label: 1-63 letters, digits and hyphens, not starting or ending with a hyphen."));
        }

        if (discovery.DnsTtlSeconds is < 0 or > 2147483647)
        {
            errors.Add(new("Discovery.DnsTtlSeconds", "DNS TTL must be 0 or more seconds."));
        }
    }

    private static void Scaling(ServiceWizardInput input, List<WizardValidationError> errors)
    {
        var scaling = input.Scaling;
        if (!scaling.Enabled)
        {
            return;
        }

        if (scaling.MinCapacity < 0)
        {
            errors.Add(new("Scaling.MinCapacity", $"Minimum tasks must be 0 or more (it is {scaling.MinCapacity})."));
        }

        if (scaling.MaxCapacity < scaling.MinCapacity)
        {
            errors.Add(new("Scaling.MaxCapacity", $"Maximum tasks ({scaling.MaxCapacity}) must be at least the minimum ({scaling.MinCapacity})."));
        }

        if (input.DesiredCount < scaling.MinCapacity || input.DesiredCount > scaling.MaxCapacity)
        {
            errors.Add(new("DesiredCount", $"Desired count {input.DesiredCount} is outside the scaling range {scaling.MinCapacity}-{scaling.MaxCapacity}; auto scaling would change it at once. Choose a count inside the range."));
        }

        if (!(scaling.TargetValue > 0) || double.IsInfinity(scaling.TargetValue))
        {
            errors.Add(new("Scaling.TargetValue", $"The target value must be above 0 (it is {scaling.TargetValue.ToString(CultureInfo.InvariantCulture)})."));
        }
        else if (scaling.Metric != ScalingMetric.AlbRequestsPerTarget && scaling.TargetValue > 100)
        {
            errors.Add(new("Scaling.TargetValue", $"A {(scaling.Metric == ScalingMetric.Cpu ? "CPU" : "memory")} target is a percent: at most 100 (it is {scaling.TargetValue.ToString(CultureInfo.InvariantCulture)})."));
        }

        if (scaling.ScaleInCooldownSeconds < 0 || scaling.ScaleOutCooldownSeconds < 0)
        {
            errors.Add(new("Scaling.ScaleInCooldownSeconds", "Cooldowns must be 0 or more seconds."));
        }

        // The metric's resource label (app/<lb>/<id>/targetgroup/<tg>/<id>) is filled in from the created target group's ARN.
        if (scaling.Metric == ScalingMetric.AlbRequestsPerTarget && input.LoadBalancer.Choice == LoadBalancerChoice.None)
        {
            errors.Add(new("Scaling.Metric", "Scaling on ALB requests per target needs a load balancer; add one or scale on CPU or memory."));
        }
    }

    private static void Deployment(ServiceWizardInput input, List<WizardValidationError> errors)
    {
        foreach (var problem in StrategySettingsValidator.Validate(input.Deployment with { Routing = [] }))
        {
            errors.Add(new("Deployment", problem));
        }

        if (input.Deployment.Strategy != DeploymentStrategyKind.Rolling && input.LoadBalancer.Choice == LoadBalancerChoice.None)
        {
            errors.Add(new("Deployment", $"{input.Deployment.Strategy.ToWire()} shifts load balancer traffic between target groups: add a load balancer or deploy rolling."));
        }
    }

    private static void ElbName(string field, string what, string value, List<WizardValidationError> errors)
    {
        var name = value.Trim();
        if (name.Length is 0 or > 32 || !ElbNamePattern().IsMatch(name) || name.StartsWith('-') || name.EndsWith('-'))
        {
            errors.Add(new(field, $"{what} name '{name}' must be 1-32 letters, digits and hyphens, not starting or ending with a hyphen."));
        }
    }

    private static void Port(string field, string what, int port, List<WizardValidationError> errors)
    {
        if (port is < 1 or > 65535)
        {
            errors.Add(new(field, $"{what} must be 1 to 65535 (it is {port})."));
        }
    }

    internal static List<string> Clean(IEnumerable<string>? values) =>
        (values ?? []).Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"^[a-zA-Z0-9_-]{1,255}$")]
    private static partial Regex ServiceName();

    [GeneratedRegex(@"^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:cluster/[a-zA-Z0-9_-]{1,255}$")]
    private static partial Regex ClusterArn();

    [GeneratedRegex(@"^subnet-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex SubnetId();

    [GeneratedRegex(@"^sg-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex SecurityGroupId();

    [GeneratedRegex(@"^vpc-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex VpcId();

    [GeneratedRegex(@"^[a-zA-Z0-9-]+$")]
    private static partial Regex ElbNamePattern();

    [GeneratedRegex(@"^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener/app/[^/]+/[^/]+/[^/]+$")]
    private static partial Regex ListenerArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:role/[\w+=,.@/-]+$")]
    private static partial Regex RoleArn();

    [GeneratedRegex(@"^ns-[a-z0-9]{1,64}$")]
    private static partial Regex NamespaceId();

    [GeneratedRegex(@"^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$")]
    private static partial Regex DnsLabel();

    [GeneratedRegex(@"^([2-4][0-9]{2})([,-][2-4][0-9]{2})*$")]
    private static partial Regex SuccessCodes();

    [GeneratedRegex(@"^[A-Za-z0-9_\-.$/~""'@:+&*?]+$")]
    private static partial Regex PathPattern();


}
