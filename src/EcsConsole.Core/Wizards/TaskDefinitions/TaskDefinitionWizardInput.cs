using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Wizards.TaskDefinitions;

/// <summary>
/// The Task definition wizard's input, as the page edits it: plain settable properties so the stepper binds to them, and
/// JSON-serializable so a run can be reopened. Sizes are numbers as ECS counts them (CPU units, MiB).
/// </summary>
public sealed class TaskDefinitionWizardInput
{
    public string Family { get; set; } = "";

    /// <summary><c>FARGATE</c> or <c>EC2</c>.</summary>
    public string Compatibility { get; set; } = "FARGATE";

    /// <summary><c>awsvpc</c>, <c>bridge</c> or <c>host</c> (Fargate takes only awsvpc).</summary>
    public string NetworkMode { get; set; } = "awsvpc";

    /// <summary>Task CPU units; required on Fargate, optional on EC2.</summary>
    public int? Cpu { get; set; } = 256;

    /// <summary>Task memory in MiB; required on Fargate, optional on EC2.</summary>
    public int? Memory { get; set; } = 512;

    /// <summary><c>X86_64</c> or <c>ARM64</c>.</summary>
    public string CpuArchitecture { get; set; } = "X86_64";

    /// <summary><c>LINUX</c> (the wizard does not build Windows tasks).</summary>
    public string OperatingSystemFamily { get; set; } = "LINUX";

    public List<ContainerInput> Containers { get; set; } = [new()];

    /// <summary>What the application in the task may touch; empty for none.</summary>
    public string TaskRoleArn { get; set; } = "";

    /// <summary>What ECS uses to pull from ECR, write awslogs and read secrets; required for those on Fargate.</summary>
    public string ExecutionRoleArn { get; set; } = "";

    /// <summary>The region the awslogs driver writes to (the connection's).</summary>
    public string Region { get; set; } = "";

    /// <summary>Days the created log groups keep events; null keeps them forever (no PutRetentionPolicy call).</summary>
    public int? LogRetentionDays { get; set; } = 30;

    public List<WizardTag> Tags { get; set; } = [new("team", ""), new("service", "")];

    /// <summary>The revision this input was loaded from (<c>users:7</c>), for people; null for a new family.</summary>
    public string? BasedOn { get; set; }

    /// <summary>
    /// The loaded revision as a RegisterTaskDefinition request (JSON): what the wizard does not edit (volumes, commands,
    /// mount points, ...) is taken from it, so a new revision loses nothing. Null for a new family.
    /// </summary>
    public string? SourceRequest { get; set; }
}

/// <summary>One container of the task.</summary>
public sealed class ContainerInput
{
    public string Name { get; set; } = "app";

    /// <summary>The ECR repository URI (<c>123456789012.dkr.ecr.eu-west-1.amazonaws.com/users</c>) or another registry's image name.</summary>
    public string Repository { get; set; } = "";

    /// <summary>A tag (<c>1.4.2</c>) or a digest (<c>sha256:…</c>).</summary>
    public string Tag { get; set; } = "";

    /// <summary>CPU units reserved for the container; null shares the task's.</summary>
    public int? Cpu { get; set; }

    /// <summary>Hard memory limit in MiB; null for none.</summary>
    public int? Memory { get; set; }

    /// <summary>Soft memory reservation in MiB; null for none.</summary>
    public int? MemoryReservation { get; set; }

    public bool Essential { get; set; } = true;

    public List<PortMappingInput> Ports { get; set; } = [];

    public List<EnvironmentVariableInput> Environment { get; set; } = [];

    public List<SecretInput> Secrets { get; set; } = [];

    public HealthCheckInput HealthCheck { get; set; } = new();

    public bool AwsLogs { get; set; } = true;

    /// <summary>The awslogs group; empty means <c>/ecs/&lt;family&gt;</c>.</summary>
    public string LogGroup { get; set; } = "";

    public string LogStreamPrefix { get; set; } = "ecs";

    /// <summary>The image reference as ECS takes it: <c>repo:tag</c> or <c>repo@sha256:…</c>.</summary>
    public string Image => TaskDefinitionImages.Compose(Repository, Tag);
}

public sealed class PortMappingInput
{
    public int ContainerPort { get; set; } = 8080;

    /// <summary><c>tcp</c> or <c>udp</c>.</summary>
    public string Protocol { get; set; } = "tcp";

    /// <summary>Empty, <c>http</c>, <c>http2</c> or <c>grpc</c> (what Service Connect and the load balancer speak).</summary>
    public string AppProtocol { get; set; } = "http";

    /// <summary>The mapping's name (needed for Service Connect); empty for none.</summary>
    public string Name { get; set; } = "";
}

public sealed class EnvironmentVariableInput
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}

/// <summary>An environment variable ECS fills from a Secrets Manager secret or an SSM parameter.</summary>
public sealed class SecretInput
{
    public string Name { get; set; } = "";

    /// <summary>The secret's or parameter's ARN.</summary>
    public string ValueFrom { get; set; } = "";
}

/// <summary>The container health check; ECS's defaults when enabled without changes.</summary>
public sealed class HealthCheckInput
{
    public bool Enabled { get; set; }

    /// <summary>Run by the shell inside the container (<c>CMD-SHELL</c>), e.g. <c>curl -f http://localhost:8080/health || exit 1</c>.</summary>
    public string Command { get; set; } = "";

    public int Interval { get; set; } = 30;

    public int Timeout { get; set; } = 5;

    public int Retries { get; set; } = 3;

    public int StartPeriod { get; set; }
}
