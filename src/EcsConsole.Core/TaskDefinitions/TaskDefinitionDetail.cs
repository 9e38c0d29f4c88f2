using EcsConsole.Core.Live;

namespace EcsConsole.Core.TaskDefinitions;

/// <summary>One task definition revision as the console shows it. Secret-looking environment values are already masked.</summary>
public sealed record TaskDefinitionDetail(
    string Family,
    int Revision,
    string Arn,
    string Status,
    DateTimeOffset? RegisteredAt,
    string? RegisteredBy,
    string? Cpu,
    string? Memory,
    string? NetworkMode,
    string? TaskRoleArn,
    string? ExecutionRoleArn,
    ValueList<string> RequiresCompatibilities,
    ValueList<ContainerSpec> Containers)
{
    public string FamilyRevision => $"{Family}:{Revision}";
}

/// <summary>A container definition of a revision.</summary>
public sealed record ContainerSpec(
    string Name,
    string Image,
    int? Cpu,
    int? Memory,
    int? MemoryReservation,
    bool Essential,
    ValueList<string> Ports,
    ValueList<string> Command,
    ValueList<string> EntryPoint,
    ValueList<EnvironmentVariable> Environment,
    ValueList<SecretReference> Secrets,
    string? LogDriver,
    ValueList<KeyValuePair<string, string>> LogOptions,
    string? HealthCheck,
    string? WorkingDirectory,
    string? User);

/// <summary>
/// An environment variable. <paramref name="Value"/> is what may be shown (masked for secret-looking names);
/// <paramref name="Fingerprint"/> is a hash of the real value, so a diff can tell that a masked value changed.
/// </summary>
public sealed record EnvironmentVariable(string Name, string Value, string Fingerprint)
{
    public bool IsMasked => Value == Security.SecretRedactor.Mask;
}

/// <summary>A variable taken from Secrets Manager or SSM: only where it comes from is known, never the value.</summary>
public sealed record SecretReference(string Name, string ValueFrom);

/// <summary>One revision in a family's list.</summary>
public sealed record TaskDefinitionRevision(string Family, int Revision, string Arn);
