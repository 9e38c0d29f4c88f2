using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed partial class EcsOperations
{
    /// <summary>Creates a service, as ECS CreateService; the scheduler starts its tasks from the next simulated second.</summary>
    public string CreateService(ServiceRegistration registration) =>
        Write((sim, now) =>
        {
            var cluster = sim.State.FindCluster(registration.Cluster) ?? throw SandboxErrors.ClusterNotFound();
            if (cluster.Services.FirstOrDefault(s => s.Name == registration.Name && s.Status != "INACTIVE") is { } existing)
            {
                // ECS answers a repeat of the same request (same client token, or the same members) with the service it created.
                var repeat = existing.Status == "ACTIVE"
                    && ((registration.ClientToken is not null && registration.ClientToken == existing.ClientToken) || (registration.Fingerprint.Length > 0 && registration.Fingerprint == existing.CreationFingerprint));
                return repeat ? existing.Arn : throw SandboxErrors.InvalidParameter("Creation of service was not idempotent.");
            }

            var definition = sim.State.FindTaskDefinition(registration.TaskDefinition) ?? throw SandboxErrors.Client("TaskDefinition not found.");
            ValidatePlacementInput(registration.LaunchType, registration.CapacityProviderStrategy, registration.DesiredCount, definition, registration.Subnets);
            DeploymentConfigurationRules.Validate(registration.DeploymentConfiguration, registration.TargetGroupArn, registration.AdvancedConfiguration);
            ValidateServiceLoadBalancing(sim.State, registration, definition);
            cluster.Services.RemoveAll(s => s.Name == registration.Name);
            var service = new ServiceState
            {
                Name = registration.Name,
                Arn = sim.Arns.Service(cluster.Name, registration.Name),
                ClusterArn = cluster.Arn,
                DesiredCount = registration.DesiredCount,
                LaunchType = registration.LaunchType,
                CapacityProviderStrategy = registration.LaunchType is null && registration.CapacityProviderStrategy.Count == 0
                    ? cluster.DefaultCapacityProviderStrategy
                    : registration.CapacityProviderStrategy,
                PlatformVersion = registration.PlatformVersion ?? (IsFargate(registration, cluster) ? "LATEST" : null),
                TaskDefinitionArn = definition.Arn,
                CreatedAt = now,
                CreatedBy = sim.Arns.User("sandbox"),
                Subnets = registration.Subnets.Count > 0 ? registration.Subnets : cluster.Services.FirstOrDefault()?.Subnets ?? [],
                SecurityGroups = registration.SecurityGroups,
                AssignPublicIp = registration.AssignPublicIp,
                TargetGroupArn = registration.TargetGroupArn,
                LoadBalancerContainerName = registration.LoadBalancerContainerName,
                LoadBalancerContainerPort = registration.LoadBalancerContainerPort,
                AdvancedConfiguration = registration.AdvancedConfiguration,
                DeploymentConfiguration = registration.DeploymentConfiguration,
                HealthCheckGracePeriodSeconds = registration.HealthCheckGracePeriodSeconds,
                EnableExecuteCommand = registration.EnableExecuteCommand,
                Tags = new Dictionary<string, string>(registration.Tags),
                DeploymentController = registration.DeploymentController,
                RegistryArns = registration.RegistryArns,
                PropagateTags = registration.PropagateTags,
                EnableEcsManagedTags = registration.EnableEcsManagedTags,
                CreationFingerprint = registration.Fingerprint,
                ClientToken = registration.ClientToken,
            };
            cluster.Services.Add(service);
            sim.StartDeployment(service, definition.Arn, now);
            return service.Arn;
        });

    /// <summary>Deletes a service, as ECS DeleteService: it drains (DRAINING) and becomes INACTIVE once its tasks stopped.</summary>
    public string DeleteService(string cluster, string service, bool force) =>
        Write((sim, now) =>
        {
            var clusterState = sim.State.FindCluster(cluster) ?? throw SandboxErrors.ClusterNotFound();
            var serviceState = clusterState.Services.FirstOrDefault(s => s.Name == ArnFactory.LastSegment(service) && s.Status != "INACTIVE")
                ?? throw SandboxErrors.ServiceNotFound();
            if (serviceState.DesiredCount > 0 && !force)
            {
                throw SandboxErrors.InvalidParameter("The service cannot be stopped while it is scaled above 0.");
            }

            serviceState.Status = "DRAINING";
            serviceState.DesiredCount = 0;
            serviceState.DeletedAt = now;
            foreach (var task in clusterState.Tasks.Where(t => t.ServiceName == serviceState.Name && t.IsAlive).ToList())
            {
                sim.BeginStop(clusterState, task, now, "ServiceSchedulerInitiated", "Service was deleted", countsAsFailure: false);
            }

            return serviceState.Arn;
        });

    /// <summary>Starts tasks outside any service, as ECS RunTask.</summary>
    public RunTaskResult RunTask(RunTaskRequest request) =>
        Write((sim, now) =>
        {
            var cluster = sim.State.FindCluster(request.Cluster) ?? throw SandboxErrors.ClusterNotFound();
            var definition = sim.State.FindTaskDefinition(request.TaskDefinition) ?? throw SandboxErrors.Client("TaskDefinition not found.");
            if (request.Count is < 1 or > 10)
            {
                throw SandboxErrors.InvalidParameter("Count must be between 1 and 10.");
            }

            ValidatePlacementInput(request.LaunchType, request.CapacityProviderStrategy, request.Count, definition, request.Subnets);
            var taskRequest = new TaskRequest(
                definition,
                request.Group ?? $"family:{definition.Family}",
                request.StartedBy,
                ServiceName: null,
                DeploymentId: null,
                TargetGroupArn: null,
                request.LaunchType,
                request.CapacityProviderStrategy,
                request.Subnets.Count > 0 ? request.Subnets : ["subnet-sandbox-default"],
                request.Tags);
            var started = new List<string>();
            var failures = new List<KeyValuePair<string?, string>>();
            for (var i = 0; i < request.Count; i++)
            {
                var placement = sim.Placer.Place(cluster, taskRequest);
                if (placement.Failure is not null)
                {
                    if (placement.FailureArn is null)
                    {
                        throw SandboxErrors.InvalidParameter(placement.FailureReason!);
                    }

                    failures.Add(new(placement.FailureArn, placement.FailureReason!));
                    continue;
                }

                started.Add(sim.LaunchTask(cluster, taskRequest, placement, now).Arn);
            }

            return new RunTaskResult(started, failures);
        });

    private static bool IsFargate(ServiceRegistration registration, ClusterState cluster) =>
        registration.LaunchType == "FARGATE"
        || (registration.LaunchType is null && (registration.CapacityProviderStrategy.Count > 0 ? registration.CapacityProviderStrategy : cluster.DefaultCapacityProviderStrategy)
            .Any(s => s.CapacityProvider.StartsWith("FARGATE", StringComparison.Ordinal)));

    private static void ValidatePlacementInput(string? launchType, IReadOnlyList<CapacityProviderStrategyState> strategy, int count, TaskDefinitionState definition, IReadOnlyList<string> subnets)
    {
        if (launchType is not null && strategy.Count > 0)
        {
            throw SandboxErrors.InvalidParameter("Specifying both a launch type and capacity provider strategy is not supported.");
        }

        if (count < 0)
        {
            throw SandboxErrors.InvalidParameter("Desired count must be greater than or equal to 0.");
        }

        if (definition.NetworkMode == "awsvpc" && subnets.Count == 0)
        {
            throw SandboxErrors.InvalidParameter("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
        }
    }
}
