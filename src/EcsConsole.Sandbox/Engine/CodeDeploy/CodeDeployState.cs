namespace EcsConsole.Sandbox.Engine.CodeDeploy;

/// <summary>A CodeDeploy application (ECS compute platform).</summary>
public sealed record CodeDeployApplication(string Id, string Name, DateTimeOffset CreatedAt);

/// <summary>A deployment group deploying one ECS service.</summary>
public sealed record CodeDeployGroup(string Id, string Application, string Name, string ServiceRoleArn, string Cluster, string Service);

/// <summary>One deployment; its status moves on with simulated time (see <see cref="CodeDeployAccount"/>).</summary>
public sealed class CodeDeployDeploymentState
{
    public required string Id { get; init; }
    public required CodeDeployGroup Group { get; init; }
    public required string AppSpecContent { get; init; }
    public required string AppSpecSha256 { get; init; }
    public required string TaskDefinition { get; init; }
    public string? Description { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string Status { get; set; } = "Created";
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? ErrorCode { get; set; }
    public string? ErrorMessage { get; set; }

    public bool IsFinished => Status is "Succeeded" or "Failed" or "Stopped";
}
