using System.Text.Encodings.Web;
using System.Text.Json;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Aws.Iam;
using EcsConsole.Aws.Json;

namespace EcsConsole.Core.Wizards.Iam;

/// <summary>
/// The IAM roles wizard: from validated input to the ordered IAM calls that set the roles up. Every role is created with its
/// tags and trust policy, then gets its managed and inline policies; the instance role also gets its instance profile.
/// Service-linked roles are created only if missing (the runner's existence check skips them otherwise).
/// </summary>
public static class IamRolesWizard
{
    public const string Id = "iam-roles";
    public const string ExecutionPolicy = "service-role/AmazonECSTaskExecutionRolePolicy";
    public const string InstancePolicy = "service-role/AmazonEC2ContainerServiceforEC2Role";
    public const string LoadBalancersPolicy = "service-role/AmazonECSInfrastructureRolePolicyForLoadBalancers";
    public const string EcsService = "ecs.amazonaws.com";
    public const string AutoScalingService = "ecs.application-autoscaling.amazonaws.com";

    /// <summary>IAM's names for the service-linked roles it creates.</summary>
    public static readonly IReadOnlyDictionary<string, string> ServiceLinkedRoleNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [EcsService] = "AWSServiceRoleForECS",
        [AutoScalingService] = "AWSServiceRoleForApplicationAutoScaling_ECSService",
    };

    /// <summary>An AWS managed policy's ARN in <paramref name="partition"/>: <c>arn:aws-cn:iam::aws:policy/…</c> in China.</summary>
    public static string ManagedPolicyArn(string policy, AwsPartition partition) => $"arn:{partition.Id}:iam::aws:policy/{policy}";

    /// <summary>
    /// The plan, or the list of things to fix first (never both, never an exception for bad input). ARNs it writes are in
    /// <paramref name="partition"/>, the connection's (aws when not given).
    /// </summary>
    public static (WizardPlan? Plan, IReadOnlyList<WizardValidationError> Errors) Plan(IamRolesWizardInput input, AwsPartition? partition = null)
    {
        partition ??= AwsPartition.Aws;
        var errors = IamRolesWizardValidator.Validate(input);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var tags = WizardTags.Clean(input.Tags).Select(t => new IamTag { Key = t.Key, Value = t.Value }).ToList();
        var calls = new List<PlannedCall>();
        if (input.Roles.Contains(EcsRoleKind.EcsServiceLinked))
        {
            calls.Add(ServiceLinkedRole(EcsService, "Lets ECS manage load balancers, networking and Cloud Map for services"));
        }

        if (input.Roles.Contains(EcsRoleKind.AutoScalingServiceLinked))
        {
            calls.Add(ServiceLinkedRole(AutoScalingService, "Lets Application Auto Scaling scale ECS services"));
        }

        if (input.Roles.Contains(EcsRoleKind.TaskExecution))
        {
            var name = input.ExecutionRoleName.Trim();
            calls.Add(CreateRole(name, TrustPolicies.EcsTasks, "ECS task execution role: pulls images, writes logs, reads the task's secrets", tags));
            calls.Add(Attach(name, ManagedPolicyArn(ExecutionPolicy, partition)));
            if (TaskRolePolicyBuilder.ExecutionSecrets(input.ExecutionSecrets) is { } secrets)
            {
                calls.Add(Inline(name, "read-task-secrets", secrets));
            }
        }

        if (input.Roles.Contains(EcsRoleKind.Task))
        {
            var name = input.TaskRoleName.Trim();
            calls.Add(CreateRole(name, TrustPolicies.EcsTasks, $"ECS task role for {Described(input.ServiceName)}: only the resources it was granted", tags));
            if (TaskRolePolicyBuilder.Build(input.TaskGrants, partition) is { } access)
            {
                calls.Add(Inline(name, "task-access", access));
            }
        }

        if (input.Roles.Contains(EcsRoleKind.ContainerInstance))
        {
            var name = input.InstanceRoleName.Trim();
            calls.Add(CreateRole(name, TrustPolicies.Ec2, "ECS container instance role: registers EC2 instances with their cluster", tags));
            calls.Add(Attach(name, ManagedPolicyArn(InstancePolicy, partition)));
            calls.Add(Call("CreateInstanceProfile", new CreateInstanceProfileRequest { InstanceProfileName = name, Tags = tags }, $"instance profile {name}",
                new UndoCall("DeleteInstanceProfile", Json(new DeleteInstanceProfileRequest { InstanceProfileName = name })), $"GetInstanceProfile {name}"));
            calls.Add(Call("AddRoleToInstanceProfile", new AddRoleToInstanceProfileRequest { InstanceProfileName = name, RoleName = name }, $"role {name} in instance profile {name}",
                new UndoCall("RemoveRoleFromInstanceProfile", Json(new RemoveRoleFromInstanceProfileRequest { InstanceProfileName = name, RoleName = name })),
                $"GetInstanceProfile {name} lists {name}"));
        }

        if (input.Roles.Contains(EcsRoleKind.Infrastructure))
        {
            var name = input.InfrastructureRoleName.Trim();
            calls.Add(CreateRole(name, TrustPolicies.Ecs, "ECS infrastructure role: lets ECS shift load balancer traffic in blue/green deployments", tags));
            calls.Add(Attach(name, ManagedPolicyArn(LoadBalancersPolicy, partition)));
        }

        var roles = input.Roles.Count;
        return (new WizardPlan(Id, $"{roles} IAM role{(roles == 1 ? "" : "s")} for {Described(input.ServiceName)}", calls), []);
    }

    private static string Described(string serviceName) => string.IsNullOrWhiteSpace(serviceName) ? "ECS" : serviceName.Trim();

    private static PlannedCall CreateRole(string name, string principal, string description, IReadOnlyList<IamTag> tags) =>
        Call("CreateRole", new CreateRoleRequest
        {
            RoleName = name,
            AssumeRolePolicyDocument = TrustPolicies.For(principal),
            Description = description,
            Tags = tags,
        }, $"role {name}", new UndoCall("DeleteRole", Json(new DeleteRoleRequest { RoleName = name })), $"GetRole {name} (trusts {principal})");

    private static PlannedCall Attach(string role, string policyArn) =>
        Call("AttachRolePolicy", new AttachRolePolicyRequest { RoleName = role, PolicyArn = policyArn }, $"{policyArn[(policyArn.LastIndexOf('/') + 1)..]} on {role}",
            new UndoCall("DetachRolePolicy", Json(new DetachRolePolicyRequest { RoleName = role, PolicyArn = policyArn })), $"ListAttachedRolePolicies {role}");

    private static PlannedCall Inline(string role, string policyName, string document) =>
        Call("PutRolePolicy", new PutRolePolicyRequest { RoleName = role, PolicyName = policyName, PolicyDocument = document }, $"inline policy {policyName} on {role}",
            new UndoCall("DeleteRolePolicy", Json(new DeleteRolePolicyRequest { RoleName = role, PolicyName = policyName })), $"ListRolePolicies {role}");

    private static PlannedCall ServiceLinkedRole(string service, string description)
    {
        var name = ServiceLinkedRoleNames[service];
        return Call("CreateServiceLinkedRole", new CreateServiceLinkedRoleRequest { AWSServiceName = service, Description = description }, $"service-linked role {name}",
            new UndoCall("DeleteServiceLinkedRole", Json(new DeleteServiceLinkedRoleRequest { RoleName = name })), $"ListRoles /aws-service-role/{service}/");
    }

    private static PlannedCall Call<T>(string operation, T request, string creates, UndoCall undo, string check) =>
        new("iam", operation, Json(request), creates, undo, check);

    // Bodies are read by people on the plan page and in the journal: quotes inside policy documents stay quotes, not \u0022.
    private static readonly JsonSerializerOptions BodyOptions = new(AwsJsonSerializer.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json<T>(T request) => JsonSerializer.Serialize(request, BodyOptions);
}
