namespace EcsConsole.Sandbox.Engine.Iam;

/// <summary>One IAM role as the sandbox keeps it. Mutated only under <see cref="IamAccount"/>'s lock.</summary>
internal sealed class IamRoleState
{
    public required string Name { get; init; }

    public required string Id { get; init; }

    public required string Arn { get; init; }

    public required string Path { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The trust policy as sent (IAM answers it URL-encoded).</summary>
    public required string AssumeRolePolicyDocument { get; init; }

    public string? Description { get; init; }

    public int MaxSessionDuration { get; init; } = 3600;

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>Managed policy ARNs in attachment order.</summary>
    public List<string> AttachedPolicies { get; } = [];

    public Dictionary<string, string> InlinePolicies { get; } = new(StringComparer.Ordinal);

    /// <summary>Set for service-linked roles, which only DeleteServiceLinkedRole may delete.</summary>
    public string? LinkedService { get; init; }
}

/// <summary>One instance profile: a container for at most one role, handed to EC2 instances.</summary>
internal sealed class IamInstanceProfileState
{
    public required string Name { get; init; }

    public required string Id { get; init; }

    public required string Arn { get; init; }

    public required string Path { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public List<string> Roles { get; } = [];

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);
}

/// <summary>An immutable copy of a role, safe to read outside the account's lock.</summary>
public sealed record IamRoleView(
    string Name,
    string Id,
    string Arn,
    string Path,
    DateTimeOffset CreatedAt,
    string AssumeRolePolicyDocument,
    string? Description,
    int MaxSessionDuration,
    IReadOnlyList<KeyValuePair<string, string>> Tags);

/// <summary>An immutable copy of an instance profile with its role.</summary>
public sealed record IamInstanceProfileView(
    string Name,
    string Id,
    string Arn,
    string Path,
    DateTimeOffset CreatedAt,
    IReadOnlyList<IamRoleView> Roles,
    IReadOnlyList<KeyValuePair<string, string>> Tags);
