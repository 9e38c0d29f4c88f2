namespace EcsConsole.Core.Rollouts;

/// <summary>Reads the cluster and service out of a service deployment ARN (<c>arn:aws:ecs:REGION:ACCOUNT:service-deployment/CLUSTER/SERVICE/ID</c>).</summary>
public static class DeploymentArns
{
    public static (string Cluster, string Service) Parse(string deploymentArn)
    {
        var resource = deploymentArn.Split(':', 6);
        var parts = resource.Length == 6 ? resource[5].Split('/') : [];
        return parts.Length >= 4 && parts[0] == "service-deployment"
            ? (parts[1], parts[2])
            : throw new ArgumentException($"'{deploymentArn}' is not a service deployment ARN.", nameof(deploymentArn));
    }
}
