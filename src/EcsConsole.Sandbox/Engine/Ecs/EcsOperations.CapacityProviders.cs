using System.Text.RegularExpressions;

namespace EcsConsole.Sandbox.Engine.Ecs;

/// <summary>What CreateCapacityProvider asks for an Auto Scaling group provider.</summary>
public sealed record CapacityProviderRequest(
    string Name,
    string AutoScalingGroupArn,
    ManagedScalingState? ManagedScaling,
    string ManagedTerminationProtection,
    string ManagedDraining,
    IReadOnlyDictionary<string, string> Tags);

public sealed partial class EcsOperations
{
    /// <summary>Creates an EC2 Auto Scaling group capacity provider, refusing what ECS refuses (taken name, reserved prefix, group already used).</summary>
    public string CreateCapacityProvider(CapacityProviderRequest request) =>
        Write((sim, _) =>
        {
            var name = request.Name;
            if (name.Length is 0 or > 255 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                throw SandboxErrors.Client("The capacity provider name can have up to 255 characters: letters, numbers, hyphens and underscores.");
            }

            if (new[] { "aws", "ecs", "fargate" }.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                throw SandboxErrors.Client("Invalid name. The name can't be prefixed with \"aws\", \"ecs\", or \"fargate\". Specify a different name and try again.");
            }

            if (sim.State.FindCapacityProvider(name) is { Status: "ACTIVE" })
            {
                throw SandboxErrors.Client("The specified capacity provider already exists. To change the configuration of an existing capacity provider, update the capacity provider.");
            }

            if (!AutoScalingGroupArnPattern().IsMatch(request.AutoScalingGroupArn))
            {
                throw SandboxErrors.Client($"The specified Auto Scaling group ARN '{request.AutoScalingGroupArn}' is not valid. Specify the full ARN (arn:aws:autoscaling:<region>:<account>:autoScalingGroup:<id>:autoScalingGroupName/<name>) and try again.");
            }

            if (sim.State.FindCapacityProviderByAsg(request.AutoScalingGroupArn) is { } other)
            {
                throw SandboxErrors.Client($"The specified Auto Scaling group ARN is already being used by capacity provider {other.Name}. Specify a unique Auto Scaling group ARN and try again.");
            }

            if (request.ManagedScaling is { } scaling)
            {
                ValidateManagedScaling(scaling);
            }

            if (request.ManagedTerminationProtection == "ENABLED" && request.ManagedScaling?.Status != "ENABLED")
            {
                throw SandboxErrors.InvalidParameter("The managed termination protection setting for the capacity provider is invalid. To enable managed termination protection for a capacity provider, managed scaling must be enabled.");
            }

            sim.State.CapacityProviders.RemoveAll(p => p.Name == name);
            var provider = new CapacityProviderState
            {
                Name = name,
                Arn = sim.Arns.CapacityProvider(name),
                Type = "EC2_AUTOSCALING",
                AutoScalingGroupArn = request.AutoScalingGroupArn,
                ManagedScaling = request.ManagedScaling ?? new ManagedScalingState("ENABLED", 100, 1, 10000, 300),
                ManagedTerminationProtection = request.ManagedTerminationProtection,
                ManagedDraining = request.ManagedDraining,
                Tags = new Dictionary<string, string>(request.Tags),
            };
            sim.State.CapacityProviders.Add(provider);
            Tie(sim, request.AutoScalingGroupArn, name);
            return provider.Arn;
        });

    /// <summary>Deletes a capacity provider that no cluster uses; it turns INACTIVE and stays describable.</summary>
    public string DeleteCapacityProvider(string nameOrArn) =>
        Write((sim, _) =>
        {
            var provider = sim.State.FindCapacityProvider(nameOrArn) is { Status: "ACTIVE" } found
                ? found
                : throw SandboxErrors.Client("The specified capacity provider does not exist. Specify a valid name or ARN and try again.");
            if (provider.IsFargate)
            {
                throw SandboxErrors.Client($"The {provider.Name} capacity provider is reserved and cannot be deleted.");
            }

            if (sim.State.Clusters.FirstOrDefault(c => c.Status == "ACTIVE" && c.CapacityProviders.Contains(provider.Name)) is { } cluster)
            {
                throw SandboxErrors.Client($"The specified capacity provider is in use by cluster {cluster.Name}. Remove it from the cluster with PutClusterCapacityProviders first.");
            }

            provider.Status = "INACTIVE";
            provider.UpdateStatus = "DELETE_COMPLETE";
            Tie(sim, provider.AutoScalingGroupArn, null);
            return provider.Arn;
        });

    /// <summary>Replaces a cluster's capacity providers and default strategy, as ECS PutClusterCapacityProviders.</summary>
    public string PutClusterCapacityProviders(string cluster, IReadOnlyList<string> capacityProviders, IReadOnlyList<CapacityProviderStrategyState> strategy) =>
        Write((sim, _) =>
        {
            var state = sim.State.FindCluster(cluster) is { Status: "ACTIVE" } found ? found : throw SandboxErrors.ClusterNotFound();
            var providers = ResolveProviders(sim.State, state.Name, capacityProviders);
            ValidateStrategy(sim.State, providers, strategy);
            var removed = state.CapacityProviders.Except(providers).ToList();
            var inUse = removed.FirstOrDefault(p =>
                state.Services.Any(s => s.Status != "INACTIVE" && s.CapacityProviderStrategy.Any(c => c.CapacityProvider == p))
                || state.Tasks.Any(t => t.LastStatus != "STOPPED" && t.CapacityProviderName == p));
            if (inUse is not null)
            {
                throw new SandboxApiException("ResourceInUseException", $"The specified capacity provider {inUse} is in use and cannot be removed.");
            }

            state.CapacityProviders = providers;
            state.DefaultCapacityProviderStrategy = strategy;
            state.LaunchType = LaunchTypeOf(sim.State, providers);
            return state.Arn;
        });

    /// <summary>The named providers, which must be ACTIVE and (for Auto Scaling group ones) not used by another cluster.</summary>
    private static IReadOnlyList<string> ResolveProviders(SandboxState state, string clusterName, IReadOnlyList<string> names)
    {
        var result = new List<string>();
        foreach (var name in names)
        {
            var provider = state.FindCapacityProvider(name) is { Status: "ACTIVE" } found
                ? found
                : throw SandboxErrors.InvalidParameter($"The specified capacity provider '{name}' is not in an ACTIVE state. Specify a valid capacity provider and try again.");
            if (result.Contains(provider.Name))
            {
                throw SandboxErrors.InvalidParameter($"The capacity provider {provider.Name} is listed more than once.");
            }

            var owner = provider.IsFargate ? null : state.Clusters.FirstOrDefault(c => c.Status == "ACTIVE" && c.Name != clusterName && c.CapacityProviders.Contains(provider.Name));
            if (owner is not null)
            {
                throw SandboxErrors.InvalidParameter($"The capacity provider {provider.Name} is already associated with cluster {owner.Name}; an Auto Scaling group capacity provider serves one cluster.");
            }

            result.Add(provider.Name);
        }

        return result;
    }

    private static void ValidateStrategy(SandboxState state, IReadOnlyList<string> providers, IReadOnlyList<CapacityProviderStrategyState> strategy)
    {
        var unknown = strategy.Select(s => s.CapacityProvider).FirstOrDefault(p => !providers.Contains(p) && !providers.Contains(state.FindCapacityProvider(p)?.Name ?? ""));
        if (unknown is not null)
        {
            throw SandboxErrors.InvalidParameter($"The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster: {unknown}.");
        }

        if (strategy.Any(s => s.Weight is < 0 or > 1000 || s.Base is < 0 or > 100000))
        {
            throw SandboxErrors.InvalidParameter("A capacity provider strategy weight must be between 0 and 1000 and its base between 0 and 100000.");
        }

        if (strategy.Count(s => s.Base > 0) > 1)
        {
            throw SandboxErrors.InvalidParameter("Only one capacity provider in a capacity provider strategy can have a base defined.");
        }

        if (strategy.Count > 0 && strategy.All(s => s.Weight == 0))
        {
            throw SandboxErrors.InvalidParameter("At least one capacity provider in a capacity provider strategy must have a weight greater than zero.");
        }

        var fargate = strategy.Select(s => state.FindCapacityProvider(s.CapacityProvider)?.IsFargate ?? false).Distinct().Count();
        if (fargate > 1)
        {
            throw SandboxErrors.InvalidParameter("A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and Fargate providers. Specify one or the other and try again.");
        }
    }

    private static void ValidateManagedScaling(ManagedScalingState scaling)
    {
        if (scaling.TargetCapacity is < 1 or > 100)
        {
            throw SandboxErrors.InvalidParameter($"The managed scaling target capacity {scaling.TargetCapacity} is not valid. Specify a value from 1 to 100.");
        }

        if (scaling.MinimumScalingStepSize is < 1 or > 10000 || scaling.MaximumScalingStepSize is < 1 or > 10000)
        {
            throw SandboxErrors.InvalidParameter("The managed scaling step sizes must be from 1 to 10000.");
        }

        if (scaling.MinimumScalingStepSize > scaling.MaximumScalingStepSize)
        {
            throw SandboxErrors.InvalidParameter("The minimum scaling step size cannot be greater than the maximum scaling step size.");
        }
    }

    /// <summary>The group's container instances, now and later, report the provider built on it (none once it is deleted).</summary>
    private static void Tie(Simulation sim, string? autoScalingGroupArn, string? providerName)
    {
        var ec2 = sim.State.Ec2;
        if (autoScalingGroupArn is null || ec2.FindAutoScalingGroup(autoScalingGroupArn) is not { } group)
        {
            return;
        }

        ec2.AutoScalingGroups[ec2.AutoScalingGroups.IndexOf(group)] = group with { CapacityProviderName = providerName };
        sim.AutoScaling.SyncCapacityProvider(ec2.FindAutoScalingGroup(group.Name)!);
    }

    private static string LaunchTypeOf(SandboxState state, IReadOnlyList<string> providers) =>
        providers.Count == 0 || providers.All(p => state.FindCapacityProvider(p)?.IsFargate ?? FargateProviders.Contains(p)) ? "FARGATE" : "EC2";

    [GeneratedRegex(@"^arn:aws[a-z-]*:autoscaling:[a-z0-9-]+:\d{12}:autoScalingGroup:[0-9a-f-]{36}:autoScalingGroupName/[^\s:]{1,255}$")]
    private static partial Regex AutoScalingGroupArnPattern();
}
