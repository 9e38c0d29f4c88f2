using EcsConsole.Sandbox.Engine.LoadBalancing;
using EcsConsole.Sandbox.Engine.Rollouts;
using EcsConsole.Sandbox.Engine.ServiceDiscovery;

namespace EcsConsole.Sandbox.Engine.Ecs;

/// <summary>What ECS CreateService checks with ELB and Cloud Map before it creates a service.</summary>
public sealed partial class EcsOperations
{
    private void ValidateServiceLoadBalancing(SandboxState state, ServiceRegistration registration, TaskDefinitionState definition)
    {
        if (registration.TargetGroupArn is { } targetGroupArn)
        {
            ValidateTargetGroup(state, targetGroupArn, definition, mustBeRouted: true);
        }

        if (registration.AdvancedConfiguration is { } advanced)
        {
            ValidateTargetGroup(state, advanced.AlternateTargetGroupArn, definition, mustBeRouted: false);
            ValidateRule(state, advanced.ProductionListenerRule, "productionListenerRule");
            if (advanced.TestListenerRule is { } test)
            {
                ValidateRule(state, test, "testListenerRule");
            }
        }

        var registries = CloudMapRegistryArns(state);
        foreach (var registry in registration.RegistryArns ?? [])
        {
            if (!registries.Contains(registry))
            {
                throw SandboxErrors.InvalidParameter($"The service registry {registry} does not exist; create the Cloud Map service first.");
            }
        }
    }

    /// <summary>
    /// A created target group must be one a listener or rule forwards to, and of the target type the task definition's
    /// network mode registers (ip for awsvpc, instance otherwise), as ECS requires; derived target groups are the seeded services' own.
    /// </summary>
    private void ValidateTargetGroup(SandboxState state, string arn, TaskDefinitionState definition, bool mustBeRouted)
    {
        if (state.LoadBalancing.FindTargetGroup(arn) is { } created)
        {
            if (mustBeRouted && !state.LoadBalancing.IsForwardedTo(arn))
            {
                throw SandboxErrors.InvalidParameter($"The target group with targetGroupArn {arn} does not have an associated load balancer.");
            }

            var expected = definition.NetworkMode == "awsvpc" ? "ip" : "instance";
            if (created.TargetType != expected)
            {
                throw SandboxErrors.InvalidParameter($"The provided target group {arn} has target type {created.TargetType}, which is incompatible with the {definition.NetworkMode} network mode specified in the task definition.");
            }

            return;
        }

        if (!LoadBalancerCatalog.TargetGroups(state, Arns).Any(g => g.Arn == arn) && mustBeRouted)
        {
            throw SandboxErrors.InvalidParameter($"Unable to create the service: target group {arn} does not exist.");
        }
    }

    private void ValidateRule(SandboxState state, string arn, string member)
    {
        if (!state.LoadBalancing.Rules.Any(r => r.Arn == arn) && !LoadBalancerCatalog.Rules(state, Arns).Any(r => r.Arn == arn))
        {
            throw SandboxErrors.InvalidParameter($"{member} '{arn}' is not a listener rule that exists.");
        }
    }

    private HashSet<string> CloudMapRegistryArns(SandboxState state) =>
        state.CloudMap.Services.Select(s => s.Arn)
            .Concat(ServiceDiscoveryCatalog.Services(state, Arns).Select(s => s.Arn))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a blue/green rule is one created through the ELBv2 API (production or test rule alike).</summary>
    private static bool IsCreatedRule(SandboxState state, AdvancedConfigurationState advanced) =>
        state.LoadBalancing.Rules.Any(r => r.Arn == advanced.ProductionListenerRule);
}
