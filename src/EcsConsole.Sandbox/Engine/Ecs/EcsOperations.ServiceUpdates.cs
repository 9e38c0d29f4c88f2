using EcsConsole.Sandbox.Engine.LoadBalancing;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed partial class EcsOperations
{
    /// <summary>
    /// Changes a service like ECS UpdateService. A new task definition or forceNewDeployment starts a service deployment
    /// with the service's (possibly just changed) deploymentConfiguration; a configuration change alone starts none.
    /// Validation happens before anything changes, so a refused request leaves the service as it was.
    /// </summary>
    public string UpdateService(ServiceUpdate update) =>
        Write((sim, now) =>
        {
            var clusterState = sim.State.FindCluster(update.Cluster) ?? throw SandboxErrors.ClusterNotFound();
            var service = clusterState.Services.Where(s => s.Name == ArnFactory.LastSegment(update.Service)).OrderBy(s => s.Status == "INACTIVE").FirstOrDefault()
                ?? throw SandboxErrors.ServiceNotFound();
            if (service.Status != "ACTIVE")
            {
                throw SandboxErrors.ServiceNotActive();
            }

            if (update.DesiredCount is < 0)
            {
                throw SandboxErrors.InvalidParameter("Desired count must be greater than or equal to 0.");
            }

            var definition = update.TaskDefinition is null ? null
                : sim.State.FindTaskDefinition(update.TaskDefinition) ?? throw SandboxErrors.Client("TaskDefinition not found.");
            if (service.DeploymentController == "CODE_DEPLOY" && (update.ForceNewDeployment || (definition is not null && definition.Arn != service.TaskDefinitionArn)))
            {
                throw SandboxErrors.InvalidParameter("Unable to update task definition on services with a CODE_DEPLOY deployment controller. Use AWS CodeDeploy to trigger a new deployment.");
            }
            var configuration = update.Configuration?.Invoke(service.DeploymentConfiguration) ?? service.DeploymentConfiguration;
            var advanced = service.AdvancedConfiguration;
            if (update.LoadBalancer is { } balancer)
            {
                if (balancer.TargetGroupArn != service.TargetGroupArn)
                {
                    throw SandboxErrors.InvalidParameter("The sandbox keeps a service's target group; only loadBalancers[].advancedConfiguration can change.");
                }

                // Without advancedConfiguration the service keeps serving from whichever target group production is on.
                advanced = balancer.AdvancedConfiguration;
            }

            DeploymentConfigurationRules.Validate(configuration, service.TargetGroupArn, advanced);
            ValidateListenerRules(sim.State, clusterState, advanced);
            if (advanced?.AlternateTargetGroupArn != service.AdvancedConfiguration?.AlternateTargetGroupArn && service.Deployments.Any(d => d.Staged?.ShiftsListenerTraffic == true))
            {
                throw SandboxErrors.InvalidParameter("The alternate target group cannot change while a blue/green deployment is in progress.");
            }

            service.DeploymentConfiguration = configuration;
            if (update.EnableExecuteCommand is { } enableExecuteCommand)
            {
                service.EnableExecuteCommand = enableExecuteCommand;
            }

            service.AdvancedConfiguration = advanced;
            if (update.DesiredCount is { } count)
            {
                service.DesiredCount = count;
                service.Primary!.DesiredCount = count;
                service.SteadyStateReportedAt = null;
            }

            if (update.ForceNewDeployment || (definition is not null && definition.Arn != service.TaskDefinitionArn))
            {
                sim.StartDeployment(service, definition?.Arn ?? service.TaskDefinitionArn, now);
            }

            return service.Arn;
        });

    /// <summary>The listener rules of advancedConfiguration must be rules of the cluster's load balancer, as ECS checks with ELB.</summary>
    private void ValidateListenerRules(SandboxState state, ClusterState cluster, AdvancedConfigurationState? advanced)
    {
        if (advanced is null)
        {
            return;
        }

        if (IsCreatedRule(state, advanced))
        {
            ValidateRule(state, advanced.ProductionListenerRule, "productionListenerRule");
            if (advanced.TestListenerRule is { } created)
            {
                ValidateRule(state, created, "testListenerRule");
            }

            return;
        }

        var rules = LoadBalancerCatalog.Rules(state, Arns).Where(r => r.LoadBalancer.Cluster == cluster && r.Service is not null).ToList();
        if (rules.All(r => r.Arn != advanced.ProductionListenerRule || r.IsTest))
        {
            throw SandboxErrors.InvalidParameter($"productionListenerRule '{advanced.ProductionListenerRule}' is not a rule of a production listener of the load balancer in front of cluster {cluster.Name}.");
        }

        if (advanced.TestListenerRule is { } test && rules.All(r => r.Arn != test || !r.IsTest))
        {
            throw SandboxErrors.InvalidParameter($"testListenerRule '{test}' is not a rule of a test listener of the load balancer in front of cluster {cluster.Name}.");
        }
    }
}
