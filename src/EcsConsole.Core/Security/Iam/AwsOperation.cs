namespace EcsConsole.Core.Security.Iam;

/// <summary>One AWS API the console calls.</summary>
/// <param name="Client">The EcsConsole.Aws client interface that calls it, e.g. <c>IEcsClient</c>.</param>
/// <param name="Method">The interface method, e.g. <c>DescribeServicesAsync</c>.</param>
/// <param name="Action">The IAM action, e.g. <c>ecs:DescribeServices</c>.</param>
/// <param name="Access">Whether the read-only policy includes it.</param>
/// <param name="PassesRole">True when the call hands an IAM role to ECS, which needs <c>iam:PassRole</c>.</param>
public sealed record AwsOperation(string Client, string Method, string Action, AwsOperationAccess Access, bool PassesRole = false);
