namespace EcsConsole.Core.Security.Iam;

/// <summary>
/// An IAM action the console never calls itself but AWS authorizes as part of a call it does make, such as the tagging
/// action checked when a create request carries tags.
/// </summary>
/// <param name="Action">The IAM action, e.g. <c>elasticloadbalancing:AddTags</c>.</param>
/// <param name="RequiredBy">The catalog actions whose requests need it; it is granted only alongside one of them.</param>
/// <param name="Why">One line for the README and the IAM policy page.</param>
public sealed record AwsImpliedAction(string Action, IReadOnlyList<string> RequiredBy, string Why);
