using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Iam;

/// <summary>Input of IAM <c>GetRole</c>.</summary>
public sealed record GetRoleRequest
{
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
}

/// <summary>Output of IAM <c>GetRole</c>.</summary>
public sealed record GetRoleResponse
{
    [JsonPropertyName("Role")] public Role Role { get; init; } = new();
}

/// <summary>Input of IAM <c>ListRoles</c>.</summary>
public sealed record ListRolesRequest
{
    [JsonPropertyName("PathPrefix")] public string? PathPrefix { get; init; }
    [JsonPropertyName("Marker")] public string? Marker { get; init; }
    [JsonPropertyName("MaxItems")] public int? MaxItems { get; init; }
}

/// <summary>Output of IAM <c>ListRoles</c>.</summary>
public sealed record ListRolesResponse
{
    [JsonPropertyName("Roles")] public IReadOnlyList<Role> Roles { get; init; } = [];
    [JsonPropertyName("IsTruncated")] public bool? IsTruncated { get; init; }
    [JsonPropertyName("Marker")] public string? Marker { get; init; }
}

/// <summary>Input of IAM <c>CreateRole</c>.</summary>
public sealed record CreateRoleRequest
{
    [JsonPropertyName("Path")] public string? Path { get; init; }
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
    [JsonPropertyName("AssumeRolePolicyDocument")] public string AssumeRolePolicyDocument { get; init; } = "";
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("MaxSessionDuration")] public int? MaxSessionDuration { get; init; }
    [JsonPropertyName("PermissionsBoundary")] public string? PermissionsBoundary { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<IamTag>? Tags { get; init; }
}

/// <summary>Output of IAM <c>CreateRole</c>.</summary>
public sealed record CreateRoleResponse
{
    [JsonPropertyName("Role")] public Role Role { get; init; } = new();
}

/// <summary>Input of IAM <c>DeleteRole</c>.</summary>
public sealed record DeleteRoleRequest
{
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
}

/// <summary>Input of IAM <c>TagRole</c>.</summary>
public sealed record TagRoleRequest
{
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
    [JsonPropertyName("Tags")] public IReadOnlyList<IamTag> Tags { get; init; } = [];
}

/// <summary>Input of IAM <c>AttachRolePolicy</c>.</summary>
public sealed record AttachRolePolicyRequest
{
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
    [JsonPropertyName("PolicyArn")] public string PolicyArn { get; init; } = "";
}

/// <summary>Input of IAM <c>DetachRolePolicy</c>.</summary>
public sealed record DetachRolePolicyRequest
{
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
    [JsonPropertyName("PolicyArn")] public string PolicyArn { get; init; } = "";
}

/// <summary>Input of IAM <c>PutRolePolicy</c>.</summary>
public sealed record PutRolePolicyRequest
{
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
    [JsonPropertyName("PolicyName")] public string PolicyName { get; init; } = "";
    [JsonPropertyName("PolicyDocument")] public string PolicyDocument { get; init; } = "";
}

/// <summary>Input of IAM <c>DeleteRolePolicy</c>.</summary>
public sealed record DeleteRolePolicyRequest
{
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
    [JsonPropertyName("PolicyName")] public string PolicyName { get; init; } = "";
}

/// <summary>Input of IAM <c>ListAttachedRolePolicies</c>.</summary>
public sealed record ListAttachedRolePoliciesRequest
{
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
    [JsonPropertyName("PathPrefix")] public string? PathPrefix { get; init; }
    [JsonPropertyName("Marker")] public string? Marker { get; init; }
    [JsonPropertyName("MaxItems")] public int? MaxItems { get; init; }
}

/// <summary>Output of IAM <c>ListAttachedRolePolicies</c>.</summary>
public sealed record ListAttachedRolePoliciesResponse
{
    [JsonPropertyName("AttachedPolicies")] public IReadOnlyList<AttachedPolicy>? AttachedPolicies { get; init; }
    [JsonPropertyName("IsTruncated")] public bool? IsTruncated { get; init; }
    [JsonPropertyName("Marker")] public string? Marker { get; init; }
}

/// <summary>Input of IAM <c>ListRolePolicies</c>.</summary>
public sealed record ListRolePoliciesRequest
{
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
    [JsonPropertyName("Marker")] public string? Marker { get; init; }
    [JsonPropertyName("MaxItems")] public int? MaxItems { get; init; }
}

/// <summary>Output of IAM <c>ListRolePolicies</c>.</summary>
public sealed record ListRolePoliciesResponse
{
    [JsonPropertyName("PolicyNames")] public IReadOnlyList<string> PolicyNames { get; init; } = [];
    [JsonPropertyName("IsTruncated")] public bool? IsTruncated { get; init; }
    [JsonPropertyName("Marker")] public string? Marker { get; init; }
}

/// <summary>Input of IAM <c>CreateInstanceProfile</c>.</summary>
public sealed record CreateInstanceProfileRequest
{
    [JsonPropertyName("InstanceProfileName")] public string InstanceProfileName { get; init; } = "";
    [JsonPropertyName("Path")] public string? Path { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<IamTag>? Tags { get; init; }
}

/// <summary>Output of IAM <c>CreateInstanceProfile</c>.</summary>
public sealed record CreateInstanceProfileResponse
{
    [JsonPropertyName("InstanceProfile")] public InstanceProfile InstanceProfile { get; init; } = new();
}

/// <summary>Input of IAM <c>DeleteInstanceProfile</c>.</summary>
public sealed record DeleteInstanceProfileRequest
{
    [JsonPropertyName("InstanceProfileName")] public string InstanceProfileName { get; init; } = "";
}

/// <summary>Input of IAM <c>AddRoleToInstanceProfile</c>.</summary>
public sealed record AddRoleToInstanceProfileRequest
{
    [JsonPropertyName("InstanceProfileName")] public string InstanceProfileName { get; init; } = "";
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
}

/// <summary>Input of IAM <c>RemoveRoleFromInstanceProfile</c>.</summary>
public sealed record RemoveRoleFromInstanceProfileRequest
{
    [JsonPropertyName("InstanceProfileName")] public string InstanceProfileName { get; init; } = "";
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
}

/// <summary>Input of IAM <c>GetInstanceProfile</c>.</summary>
public sealed record GetInstanceProfileRequest
{
    [JsonPropertyName("InstanceProfileName")] public string InstanceProfileName { get; init; } = "";
}

/// <summary>Output of IAM <c>GetInstanceProfile</c>.</summary>
public sealed record GetInstanceProfileResponse
{
    [JsonPropertyName("InstanceProfile")] public InstanceProfile InstanceProfile { get; init; } = new();
}

/// <summary>Input of IAM <c>CreateServiceLinkedRole</c>.</summary>
public sealed record CreateServiceLinkedRoleRequest
{
    [JsonPropertyName("AWSServiceName")] public string AWSServiceName { get; init; } = "";
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("CustomSuffix")] public string? CustomSuffix { get; init; }
}

/// <summary>Output of IAM <c>CreateServiceLinkedRole</c>.</summary>
public sealed record CreateServiceLinkedRoleResponse
{
    [JsonPropertyName("Role")] public Role? Role { get; init; }
}

/// <summary>Input of IAM <c>DeleteServiceLinkedRole</c>.</summary>
public sealed record DeleteServiceLinkedRoleRequest
{
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
}

/// <summary>Output of IAM <c>DeleteServiceLinkedRole</c>.</summary>
public sealed record DeleteServiceLinkedRoleResponse
{
    [JsonPropertyName("DeletionTaskId")] public string DeletionTaskId { get; init; } = "";
}
