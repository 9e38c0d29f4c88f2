namespace EcsConsole.Web.Model.Rollouts;

/// <summary>Addresses of the rollout pages. A deployment is addressed by the last segment of its ARN, as the ECS console does.</summary>
public static class DeploymentLinks
{
    /// <summary>The deployment id: the ARN's last path segment (<c>…:service-deployment/cluster/service/ID</c>).</summary>
    public static string Id(string deploymentArn)
    {
        var slash = deploymentArn.LastIndexOf('/');
        return slash < 0 ? deploymentArn : deploymentArn[(slash + 1)..];
    }

    public static bool HasId(string deploymentArn, string id) => string.Equals(Id(deploymentArn), id, StringComparison.Ordinal);

    public static string Service(string cluster, string service) =>
        $"/clusters/{Uri.EscapeDataString(cluster)}/services/{Uri.EscapeDataString(service)}";

    public static string History(string cluster, string service) => $"{Service(cluster, service)}/deployments";

    public static string Deployment(string cluster, string service, string deploymentArn) =>
        $"{History(cluster, service)}/{Uri.EscapeDataString(Id(deploymentArn))}";
}
