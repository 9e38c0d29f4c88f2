using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;
using EcsConsole.Sandbox.Engine.Rollouts;

namespace EcsConsole.Sandbox.Protocol.Ecs;

/// <summary>Reads CreateService and RunTask requests into engine requests, validating like ECS.</summary>
internal static class EcsServiceInput
{
    public static ServiceRegistration CreateService(JsonInput input)
    {
        var scheduling = input.Enum("schedulingStrategy", "REPLICA", "DAEMON") ?? "REPLICA";
        if (scheduling == "DAEMON")
        {
            throw SandboxErrors.InvalidParameter("The sandbox runs REPLICA services only.");
        }

        var loadBalancer = input.ObjectList("loadBalancers") is { Count: > 0 } balancers ? balancers[0] : null;
        var network = input.Object("networkConfiguration")?.Object("awsvpcConfiguration");
        var deployment = input.Object("deploymentConfiguration");
        return new ServiceRegistration(
            input.String("cluster") ?? "default",
            input.RequiredString("serviceName"),
            input.String("taskDefinition") ?? throw SandboxErrors.InvalidParameter("TaskDefinition must be specified for a service with the ECS deployment controller."),
            input.Int("desiredCount") ?? throw SandboxErrors.InvalidParameter("desiredCount is required for a service with the REPLICA scheduling strategy."),
            LaunchType(input),
            Strategy(input),
            input.String("platformVersion"),
            network?.StringList("subnets") ?? [],
            network?.StringList("securityGroups") ?? [],
            network?.Enum("assignPublicIp", "ENABLED", "DISABLED") ?? "DISABLED",
            loadBalancer?.String("targetGroupArn"),
            loadBalancer?.String("containerName"),
            loadBalancer?.Int("containerPort"),
            EcsDeploymentConfigurationInput.Advanced(loadBalancer),

            // A service created without a circuit breaker has none, unlike the seeded ones.
            EcsDeploymentConfigurationInput.Apply(deployment, DeploymentConfigurationState.Default with { CircuitBreaker = new CircuitBreakerState(false, false) }),
            input.Int("healthCheckGracePeriodSeconds") ?? 0,
            input.Bool("enableExecuteCommand") ?? false,
            Tags(input),
            input.Object("deploymentController")?.Enum("type", "ECS", "CODE_DEPLOY") ?? "ECS")
        {
            RegistryArns = input.ObjectList("serviceRegistries") is { } registries ? registries.Select(r => r.RequiredString("registryArn")).ToList() : null,
            PropagateTags = input.Enum("propagateTags", "TASK_DEFINITION", "SERVICE", "NONE") ?? "NONE",
            EnableEcsManagedTags = input.Bool("enableECSManagedTags") ?? false,
            ClientToken = ClientToken(input),
            Fingerprint = Fingerprint(input),
        };
    }

    private static string? ClientToken(JsonInput input) =>
        input.String("clientToken") is not { } token ? null
        : token.Length is >= 1 and <= 36 && token.All(char.IsAscii) ? token
        : throw SandboxErrors.InvalidParameter("clientToken must be 1 to 36 ASCII characters.");

    private static string Fingerprint(JsonInput input)
    {
        var body = input.Body.DeepClone().AsObject();
        body.Remove("clientToken");
        return body.ToJsonString();
    }

    public static RunTaskRequest RunTask(JsonInput input)
    {
        var network = input.Object("networkConfiguration")?.Object("awsvpcConfiguration");
        return new RunTaskRequest(
            input.String("cluster") ?? "default",
            input.RequiredString("taskDefinition"),
            input.Int("count") ?? 1,
            LaunchType(input),
            Strategy(input),
            network?.StringList("subnets") ?? [],
            input.String("startedBy"),
            input.String("group"),
            Tags(input));
    }

    private static string? LaunchType(JsonInput input) => input.Enum("launchType", "EC2", "FARGATE", "EXTERNAL", "MANAGED_INSTANCES");

    private static List<CapacityProviderStrategyState> Strategy(JsonInput input) =>
        (input.ObjectList("capacityProviderStrategy") ?? [])
            .Select(s => new CapacityProviderStrategyState(s.RequiredString("capacityProvider"), s.Int("weight") ?? 0, s.Int("base") ?? 0))
            .ToList();

    private static Dictionary<string, string> Tags(JsonInput input) =>
        (input.ObjectList("tags") ?? []).ToDictionary(t => t.RequiredString("key"), t => t.String("value") ?? "", StringComparer.Ordinal);
}
