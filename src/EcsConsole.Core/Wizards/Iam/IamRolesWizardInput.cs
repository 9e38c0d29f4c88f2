namespace EcsConsole.Core.Wizards.Iam;

/// <summary>The roles the IAM wizard can set up for ECS.</summary>
public enum EcsRoleKind
{
    /// <summary>Lets ECS pull images, write logs and read the named secrets for a task.</summary>
    TaskExecution,

    /// <summary>What the application in the task may touch, built for least privilege from the resource picks.</summary>
    Task,

    /// <summary>EC2 container instances' role and its instance profile.</summary>
    ContainerInstance,

    /// <summary>ECS's service-linked role, created only if missing.</summary>
    EcsServiceLinked,

    /// <summary>Application Auto Scaling's service-linked role for ECS services.</summary>
    AutoScalingServiceLinked,

    /// <summary>ECS infrastructure role for load balancers (blue/green deployments).</summary>
    Infrastructure,
}

/// <summary>What kind of resource a task-role grant names.</summary>
public enum GrantResourceKind
{
    DynamoDbTable,
    S3Bucket,
    SqsQueue,
    Secret,
}

public enum GrantAccess
{
    Read,
    ReadWrite,
}

/// <summary>One resource the task may touch: a DynamoDB table ARN, an S3 bucket name, an SQS queue ARN or a secret ARN.</summary>
public sealed record ResourceGrant(GrantResourceKind Kind, string Resource, GrantAccess Access);

/// <summary>A tag the wizard puts on everything it creates.</summary>
public sealed record WizardTag(string Key, string Value);

/// <summary>The IAM roles wizard's input, as the page edits it. Plain settable properties so the stepper binds to them.</summary>
public sealed class IamRolesWizardInput
{
    /// <summary>The service the roles are for, e.g. <c>users</c>; names default from it.</summary>
    public string ServiceName { get; set; } = "";

    public HashSet<EcsRoleKind> Roles { get; set; } = [EcsRoleKind.TaskExecution, EcsRoleKind.Task];

    public string ExecutionRoleName { get; set; } = "";

    public string TaskRoleName { get; set; } = "";

    /// <summary>Also the instance profile's name.</summary>
    public string InstanceRoleName { get; set; } = "";

    public string InfrastructureRoleName { get; set; } = "";

    /// <summary>The house habit: every role carries <c>team</c> and <c>service</c>.</summary>
    public List<WizardTag> Tags { get; set; } = [new("team", ""), new("service", "")];

    /// <summary>Secret ARNs the execution role may read to inject into containers.</summary>
    public List<string> ExecutionSecrets { get; set; } = [];

    public List<ResourceGrant> TaskGrants { get; set; } = [];

    /// <summary>Fills empty names from the service name: <c>users-execution</c>, <c>users-task</c>, <c>ecs-instance</c>, <c>ecs-infrastructure</c>.</summary>
    public void FillDefaultNames()
    {
        var prefix = string.IsNullOrWhiteSpace(ServiceName) ? "ecs" : ServiceName.Trim();
        ExecutionRoleName = Default(ExecutionRoleName, $"{prefix}-execution");
        TaskRoleName = Default(TaskRoleName, $"{prefix}-task");
        InstanceRoleName = Default(InstanceRoleName, "ecs-instance");
        InfrastructureRoleName = Default(InfrastructureRoleName, "ecs-infrastructure");
    }

    private static string Default(string value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
}
