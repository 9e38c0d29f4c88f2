using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.LoadBalancing;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Seed;

internal sealed partial class SandboxSeeder
{
    /// <summary>
    /// Gives a service what ECS blue/green, linear and canary deployments need: an alternate target group and its
    /// production and test listener rules. The strategy stays ROLLING; one UpdateService switches it. Draws no random
    /// numbers, so the rest of the seeded fleet stays as it was.
    /// </summary>
    private void SeedBlueGreenReady(ClusterState cluster, string serviceName)
    {
        var service = cluster.Services.Single(s => s.Name == serviceName);
        var rules = LoadBalancerCatalog.Rules(State, Arns).Where(r => r.Service == service).ToList();
        service.AdvancedConfiguration = new AdvancedConfigurationState(
            Arns.TargetGroup($"{cluster.Name}-{serviceName}-green", LoadBalancerCatalog.StableId($"green-{cluster.Name}-{serviceName}")),
            rules.Single(r => !r.IsTest).Arn,
            rules.Single(r => r.IsTest).Arn,
            Arns.Role("ecsInfrastructureRoleForLoadBalancers"));
    }
}
