namespace EcsConsole.Sandbox.Engine;

/// <summary>Builds well-formed ARNs and endpoints for the sandbox's region and account (ECS long ARN format).</summary>
public sealed class ArnFactory(string region, string accountId)
{
    public string Region { get; } = region;

    public string AccountId { get; } = accountId;

    public string Cluster(string name) => $"arn:aws:ecs:{Region}:{AccountId}:cluster/{name}";

    public string CapacityProvider(string name) => $"arn:aws:ecs:{Region}:{AccountId}:capacity-provider/{name}";

    public string Service(string cluster, string name) => $"arn:aws:ecs:{Region}:{AccountId}:service/{cluster}/{name}";

    public string ServiceDeployment(string cluster, string service, string id) => $"arn:aws:ecs:{Region}:{AccountId}:service-deployment/{cluster}/{service}/{id}";

    public string ServiceRevision(string cluster, string service, string id) => $"arn:aws:ecs:{Region}:{AccountId}:service-revision/{cluster}/{service}/{id}";

    public string Task(string cluster, string id) => $"arn:aws:ecs:{Region}:{AccountId}:task/{cluster}/{id}";

    public string ContainerInstance(string cluster, string id) => $"arn:aws:ecs:{Region}:{AccountId}:container-instance/{cluster}/{id}";

    public string Container(string cluster, string taskId, string containerId) =>
        $"arn:aws:ecs:{Region}:{AccountId}:container/{cluster}/{taskId}/{containerId}";

    public string TaskDefinition(string family, int revision) => $"arn:aws:ecs:{Region}:{AccountId}:task-definition/{family}:{revision}";

    public string TargetGroup(string name, string id) => $"arn:aws:elasticloadbalancing:{Region}:{AccountId}:targetgroup/{name}/{id}";

    public string Role(string name) => $"arn:aws:iam::{AccountId}:role/{name}";

    public string User(string name) => $"arn:aws:iam::{AccountId}:user/{name}";

    public string Secret(string name, string suffix) => $"arn:aws:secretsmanager:{Region}:{AccountId}:secret:{name}-{suffix}";

    public string Repository(string name) => $"arn:aws:ecr:{Region}:{AccountId}:repository/{name}";

    public string RegistryHost => $"{AccountId}.dkr.ecr.{Region}.amazonaws.com";

    public string RepositoryUri(string name) => $"{RegistryHost}/{name}";

    /// <summary>The last path segment of an ARN (task id, service name...), or the value itself when it is not an ARN.</summary>
    public static string LastSegment(string nameOrArn) =>
        nameOrArn.StartsWith("arn:", StringComparison.Ordinal) ? nameOrArn[(nameOrArn.LastIndexOf('/') + 1)..] : nameOrArn;
}
