using EcsConsole.Aws.Query;

namespace EcsConsole.Aws.Iam;

/// <summary>
/// Query layout of the IAM operations the console calls, transcribed from the model. Fields are in dependency order
/// because static initializers run top to bottom.
/// </summary>
internal static class IamQueryShapes
{
    public static readonly QueryShape Tag = QueryShape.Structure(
        new QueryMember("Key", QueryShape.String),
        new QueryMember("Value", QueryShape.String));

    public static readonly QueryShape RoleLastUsed = QueryShape.Structure(
        new QueryMember("LastUsedDate", QueryShape.Timestamp),
        new QueryMember("Region", QueryShape.String));

    public static readonly QueryShape PermissionsBoundary = QueryShape.Structure(
        new QueryMember("PermissionsBoundaryType", QueryShape.String),
        new QueryMember("PermissionsBoundaryArn", QueryShape.String));

    public static readonly QueryShape Role = QueryShape.Structure(
        new QueryMember("Path", QueryShape.String),
        new QueryMember("RoleName", QueryShape.String),
        new QueryMember("RoleId", QueryShape.String),
        new QueryMember("Arn", QueryShape.String),
        new QueryMember("CreateDate", QueryShape.Timestamp),
        new QueryMember("AssumeRolePolicyDocument", QueryShape.String),
        new QueryMember("Description", QueryShape.String),
        new QueryMember("MaxSessionDuration", QueryShape.Integer),
        new QueryMember("PermissionsBoundary", PermissionsBoundary),
        new QueryMember("Tags", QueryShape.ListOf(Tag)),
        new QueryMember("RoleLastUsed", RoleLastUsed));

    public static readonly QueryShape InstanceProfile = QueryShape.Structure(
        new QueryMember("Path", QueryShape.String),
        new QueryMember("InstanceProfileName", QueryShape.String),
        new QueryMember("InstanceProfileId", QueryShape.String),
        new QueryMember("Arn", QueryShape.String),
        new QueryMember("CreateDate", QueryShape.Timestamp),
        new QueryMember("Roles", QueryShape.ListOf(Role)),
        new QueryMember("Tags", QueryShape.ListOf(Tag)));

    public static readonly QueryShape AttachedPolicy = QueryShape.Structure(
        new QueryMember("PolicyName", QueryShape.String),
        new QueryMember("PolicyArn", QueryShape.String));

    public static readonly QueryShape NoOutput = QueryShape.Structure();

    public static readonly QueryShape RoleNameInput = QueryShape.Structure(
        new QueryMember("RoleName", QueryShape.String));

    public static readonly QueryShape RoleOutput = QueryShape.Structure(
        new QueryMember("Role", Role));

    public static readonly QueryShape ListRolesInput = QueryShape.Structure(
        new QueryMember("PathPrefix", QueryShape.String),
        new QueryMember("Marker", QueryShape.String),
        new QueryMember("MaxItems", QueryShape.Integer));

    public static readonly QueryShape ListRolesOutput = QueryShape.Structure(
        new QueryMember("Roles", QueryShape.ListOf(Role)),
        new QueryMember("IsTruncated", QueryShape.Boolean),
        new QueryMember("Marker", QueryShape.String));

    public static readonly QueryShape CreateRoleInput = QueryShape.Structure(
        new QueryMember("Path", QueryShape.String),
        new QueryMember("RoleName", QueryShape.String),
        new QueryMember("AssumeRolePolicyDocument", QueryShape.String),
        new QueryMember("Description", QueryShape.String),
        new QueryMember("MaxSessionDuration", QueryShape.Integer),
        new QueryMember("PermissionsBoundary", QueryShape.String),
        new QueryMember("Tags", QueryShape.ListOf(Tag)));

    public static readonly QueryShape TagRoleInput = QueryShape.Structure(
        new QueryMember("RoleName", QueryShape.String),
        new QueryMember("Tags", QueryShape.ListOf(Tag)));

    public static readonly QueryShape RolePolicyArnInput = QueryShape.Structure(
        new QueryMember("RoleName", QueryShape.String),
        new QueryMember("PolicyArn", QueryShape.String));

    public static readonly QueryShape PutRolePolicyInput = QueryShape.Structure(
        new QueryMember("RoleName", QueryShape.String),
        new QueryMember("PolicyName", QueryShape.String),
        new QueryMember("PolicyDocument", QueryShape.String));

    public static readonly QueryShape DeleteRolePolicyInput = QueryShape.Structure(
        new QueryMember("RoleName", QueryShape.String),
        new QueryMember("PolicyName", QueryShape.String));

    public static readonly QueryShape ListAttachedRolePoliciesInput = QueryShape.Structure(
        new QueryMember("RoleName", QueryShape.String),
        new QueryMember("PathPrefix", QueryShape.String),
        new QueryMember("Marker", QueryShape.String),
        new QueryMember("MaxItems", QueryShape.Integer));

    public static readonly QueryShape ListAttachedRolePoliciesOutput = QueryShape.Structure(
        new QueryMember("AttachedPolicies", QueryShape.ListOf(AttachedPolicy)),
        new QueryMember("IsTruncated", QueryShape.Boolean),
        new QueryMember("Marker", QueryShape.String));

    public static readonly QueryShape ListRolePoliciesInput = QueryShape.Structure(
        new QueryMember("RoleName", QueryShape.String),
        new QueryMember("Marker", QueryShape.String),
        new QueryMember("MaxItems", QueryShape.Integer));

    public static readonly QueryShape ListRolePoliciesOutput = QueryShape.Structure(
        new QueryMember("PolicyNames", QueryShape.ListOf(QueryShape.String)),
        new QueryMember("IsTruncated", QueryShape.Boolean),
        new QueryMember("Marker", QueryShape.String));

    public static readonly QueryShape CreateInstanceProfileInput = QueryShape.Structure(
        new QueryMember("InstanceProfileName", QueryShape.String),
        new QueryMember("Path", QueryShape.String),
        new QueryMember("Tags", QueryShape.ListOf(Tag)));

    public static readonly QueryShape InstanceProfileNameInput = QueryShape.Structure(
        new QueryMember("InstanceProfileName", QueryShape.String));

    public static readonly QueryShape InstanceProfileOutput = QueryShape.Structure(
        new QueryMember("InstanceProfile", InstanceProfile));

    public static readonly QueryShape InstanceProfileRoleInput = QueryShape.Structure(
        new QueryMember("InstanceProfileName", QueryShape.String),
        new QueryMember("RoleName", QueryShape.String));

    public static readonly QueryShape CreateServiceLinkedRoleInput = QueryShape.Structure(
        new QueryMember("AWSServiceName", QueryShape.String),
        new QueryMember("Description", QueryShape.String),
        new QueryMember("CustomSuffix", QueryShape.String));

    public static readonly QueryShape DeleteServiceLinkedRoleOutput = QueryShape.Structure(
        new QueryMember("DeletionTaskId", QueryShape.String));
}
