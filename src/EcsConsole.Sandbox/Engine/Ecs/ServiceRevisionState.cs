namespace EcsConsole.Sandbox.Engine.Ecs;

/// <summary>What one deployment of a service runs: its task definition and the images (with digests) it resolved to.</summary>
public sealed record ServiceRevisionState(string Arn, string TaskDefinitionArn, DateTimeOffset CreatedAt, IReadOnlyList<ContainerImageState> ContainerImages);

public sealed record ContainerImageState(string ContainerName, string Image, string? ImageDigest);
