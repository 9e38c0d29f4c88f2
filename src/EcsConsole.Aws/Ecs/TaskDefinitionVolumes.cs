using System.Text.Json.Serialization;

namespace EcsConsole.Aws.Ecs;

/// <summary>ECS model shape <c>Volume</c>.</summary>
public sealed record Volume
{
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("host")] public HostVolumeProperties? Host { get; init; }
    [JsonPropertyName("dockerVolumeConfiguration")] public DockerVolumeConfiguration? DockerVolumeConfiguration { get; init; }
    [JsonPropertyName("efsVolumeConfiguration")] public EFSVolumeConfiguration? EfsVolumeConfiguration { get; init; }
    [JsonPropertyName("s3filesVolumeConfiguration")] public S3FilesVolumeConfiguration? S3filesVolumeConfiguration { get; init; }
    [JsonPropertyName("fsxWindowsFileServerVolumeConfiguration")] public FSxWindowsFileServerVolumeConfiguration? FsxWindowsFileServerVolumeConfiguration { get; init; }
    [JsonPropertyName("configuredAtLaunch")] public bool? ConfiguredAtLaunch { get; init; }
}

/// <summary>ECS model shape <c>HostVolumeProperties</c>.</summary>
public sealed record HostVolumeProperties
{
    [JsonPropertyName("sourcePath")] public string? SourcePath { get; init; }
}

/// <summary>ECS model shape <c>DockerVolumeConfiguration</c>.</summary>
public sealed record DockerVolumeConfiguration
{
    /// <summary>task, shared.</summary>
    [JsonPropertyName("scope")] public string? Scope { get; init; }
    [JsonPropertyName("autoprovision")] public bool? Autoprovision { get; init; }
    [JsonPropertyName("driver")] public string? Driver { get; init; }
    [JsonPropertyName("driverOpts")] public IReadOnlyDictionary<string, string>? DriverOpts { get; init; }
    [JsonPropertyName("labels")] public IReadOnlyDictionary<string, string>? Labels { get; init; }
}

/// <summary>ECS model shape <c>EFSVolumeConfiguration</c>.</summary>
public sealed record EFSVolumeConfiguration
{
    [JsonPropertyName("fileSystemId")] public string FileSystemId { get; init; } = "";
    [JsonPropertyName("rootDirectory")] public string? RootDirectory { get; init; }
    /// <summary>ENABLED, DISABLED.</summary>
    [JsonPropertyName("transitEncryption")] public string? TransitEncryption { get; init; }
    [JsonPropertyName("transitEncryptionPort")] public int? TransitEncryptionPort { get; init; }
    [JsonPropertyName("authorizationConfig")] public EFSAuthorizationConfig? AuthorizationConfig { get; init; }
}

/// <summary>ECS model shape <c>EFSAuthorizationConfig</c>.</summary>
public sealed record EFSAuthorizationConfig
{
    [JsonPropertyName("accessPointId")] public string? AccessPointId { get; init; }
    /// <summary>ENABLED, DISABLED.</summary>
    [JsonPropertyName("iam")] public string? Iam { get; init; }
}

/// <summary>ECS model shape <c>S3FilesVolumeConfiguration</c>.</summary>
public sealed record S3FilesVolumeConfiguration
{
    [JsonPropertyName("fileSystemArn")] public string FileSystemArn { get; init; } = "";
    [JsonPropertyName("rootDirectory")] public string? RootDirectory { get; init; }
    [JsonPropertyName("transitEncryptionPort")] public int? TransitEncryptionPort { get; init; }
    [JsonPropertyName("accessPointArn")] public string? AccessPointArn { get; init; }
}

/// <summary>ECS model shape <c>FSxWindowsFileServerVolumeConfiguration</c>.</summary>
public sealed record FSxWindowsFileServerVolumeConfiguration
{
    [JsonPropertyName("fileSystemId")] public string FileSystemId { get; init; } = "";
    [JsonPropertyName("rootDirectory")] public string RootDirectory { get; init; } = "";
    [JsonPropertyName("authorizationConfig")] public FSxWindowsFileServerAuthorizationConfig? AuthorizationConfig { get; init; }
}

/// <summary>ECS model shape <c>FSxWindowsFileServerAuthorizationConfig</c>.</summary>
public sealed record FSxWindowsFileServerAuthorizationConfig
{
    [JsonPropertyName("credentialsParameter")] public string CredentialsParameter { get; init; } = "";
    [JsonPropertyName("domain")] public string Domain { get; init; } = "";
}
