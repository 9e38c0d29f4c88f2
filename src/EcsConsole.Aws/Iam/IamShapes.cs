using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Iam;

/// <summary>IAM model shape <c>Role</c>.</summary>
public sealed record Role
{
    [JsonPropertyName("Path")] public string Path { get; init; } = "/";
    [JsonPropertyName("RoleName")] public string RoleName { get; init; } = "";
    [JsonPropertyName("RoleId")] public string RoleId { get; init; } = "";
    [JsonPropertyName("Arn")] public string Arn { get; init; } = "";
    [JsonPropertyName("CreateDate")] public DateTimeOffset CreateDate { get; init; }

    /// <summary>URL-encoded JSON, as IAM returns it.</summary>
    [JsonPropertyName("AssumeRolePolicyDocument")] public string? AssumeRolePolicyDocument { get; init; }
    [JsonPropertyName("Description")] public string? Description { get; init; }
    [JsonPropertyName("MaxSessionDuration")] public int? MaxSessionDuration { get; init; }
    [JsonPropertyName("PermissionsBoundary")] public AttachedPermissionsBoundary? PermissionsBoundary { get; init; }
    [JsonPropertyName("Tags")] public IReadOnlyList<IamTag>? Tags { get; init; }
    [JsonPropertyName("RoleLastUsed")] public RoleLastUsed? RoleLastUsed { get; init; }
}

/// <summary>IAM model shape <c>Tag</c>.</summary>
public sealed record IamTag
{
    [JsonPropertyName("Key")] public string Key { get; init; } = "";
    [JsonPropertyName("Value")] public string Value { get; init; } = "";
}

/// <summary>IAM model shape <c>RoleLastUsed</c>.</summary>
public sealed record RoleLastUsed
{
    [JsonPropertyName("LastUsedDate")] public DateTimeOffset? LastUsedDate { get; init; }
    [JsonPropertyName("Region")] public string? Region { get; init; }
}

/// <summary>IAM model shape <c>AttachedPermissionsBoundary</c>.</summary>
public sealed record AttachedPermissionsBoundary
{
    [JsonPropertyName("PermissionsBoundaryType")] public string? PermissionsBoundaryType { get; init; }
    [JsonPropertyName("PermissionsBoundaryArn")] public string? PermissionsBoundaryArn { get; init; }
}

/// <summary>IAM model shape <c>InstanceProfile</c>.</summary>
public sealed record InstanceProfile
{
    [JsonPropertyName("Path")] public string Path { get; init; } = "/";
    [JsonPropertyName("InstanceProfileName")] public string InstanceProfileName { get; init; } = "";
    [JsonPropertyName("InstanceProfileId")] public string InstanceProfileId { get; init; } = "";
    [JsonPropertyName("Arn")] public string Arn { get; init; } = "";
    [JsonPropertyName("CreateDate")] public DateTimeOffset CreateDate { get; init; }
    [JsonPropertyName("Roles")] public IReadOnlyList<Role> Roles { get; init; } = [];
    [JsonPropertyName("Tags")] public IReadOnlyList<IamTag>? Tags { get; init; }
}

/// <summary>IAM model shape <c>AttachedPolicy</c>.</summary>
public sealed record AttachedPolicy
{
    [JsonPropertyName("PolicyName")] public string? PolicyName { get; init; }
    [JsonPropertyName("PolicyArn")] public string? PolicyArn { get; init; }
}
