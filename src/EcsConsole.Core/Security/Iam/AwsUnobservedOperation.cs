namespace EcsConsole.Core.Security.Iam;

/// <summary>An operation the policy grants that the call-log tour against the sandbox cannot observe, and why.</summary>
/// <param name="Action">The IAM action, e.g. <c>ecr:PutImage</c>; one of <see cref="AwsOperationCatalog.All"/>.</param>
/// <param name="Why">One line: why no sandbox run reaches it (e.g. only real AWS answers the way that leads to it).</param>
public sealed record AwsUnobservedOperation(string Action, string Why);
