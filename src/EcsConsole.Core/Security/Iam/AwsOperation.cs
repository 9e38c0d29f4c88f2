namespace EcsConsole.Core.Security.Iam;

/// <summary>One AWS API the console calls.</summary>
/// <param name="Client">The EcsConsole.Aws client interface that calls it, e.g. <c>IEcsClient</c>.</param>
/// <param name="Method">The interface method, e.g. <c>DescribeServicesAsync</c>.</param>
/// <param name="Action">The IAM action, e.g. <c>ecs:DescribeServices</c>.</param>
/// <param name="Access">Whether the read-only policy includes it.</param>
/// <param name="PassesRoleTo">
/// The service principal a role named in the request is handed to (e.g. <c>ecs-tasks.amazonaws.com</c>), which needs
/// <c>iam:PassRole</c> with that <c>iam:PassedToService</c>; null when the call passes no role.
/// </param>
public sealed record AwsOperation(string Client, string Method, string Action, AwsOperationAccess Access, string? PassesRoleTo = null)
{
    public bool PassesRole => PassesRoleTo is not null;
}
