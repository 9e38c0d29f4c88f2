using System.Text.Json;
using EcsConsole.Aws;
using EcsConsole.Aws.Iam;
using EcsConsole.Aws.Json;

namespace EcsConsole.Core.Wizards.Iam;

/// <summary>
/// Sends the IAM calls of a wizard plan through <see cref="IIamClient"/>: the planned JSON body becomes the typed request,
/// existence is read back with GetRole/ListRoles/ListAttachedRolePolicies/ListRolePolicies/GetInstanceProfile.
/// </summary>
public sealed class IamCallExecutor(IIamClient iam) : IWizardCallExecutor
{
    public string Service => "iam";

    public IReadOnlyCollection<string> Operations { get; } =
        ["CreateRole", "AttachRolePolicy", "PutRolePolicy", "CreateInstanceProfile", "AddRoleToInstanceProfile", "CreateServiceLinkedRole"];

    public async Task<ExistenceCheckResult> CheckAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        try
        {
            return call.Operation switch
            {
                "CreateRole" => await RoleAsync(call, Body<CreateRoleRequest>(call), cancellationToken),
                "AttachRolePolicy" => await AttachedAsync(Body<AttachRolePolicyRequest>(call), cancellationToken),
                "PutRolePolicy" => await InlineAsync(Body<PutRolePolicyRequest>(call), cancellationToken),
                "CreateInstanceProfile" => await ProfileAsync(call, Body<CreateInstanceProfileRequest>(call), cancellationToken),
                "AddRoleToInstanceProfile" => await ProfileRoleAsync(Body<AddRoleToInstanceProfileRequest>(call), cancellationToken),
                "CreateServiceLinkedRole" => await LinkedRoleAsync(Body<CreateServiceLinkedRoleRequest>(call), cancellationToken),
                _ => throw Unsupported(call.Operation),
            };
        }
        catch (AwsServiceException error) when (error.ErrorCode == "NoSuchEntity")
        {
            // The role or profile the call hangs on is itself still to be created.
            return ExistenceCheckResult.Missing;
        }
    }

    public async Task<CallResult> ExecuteAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        switch (call.Operation)
        {
            case "CreateRole":
                var role = await iam.CreateRoleAsync(Body<CreateRoleRequest>(call), cancellationToken);
                return new CallResult(role.Role.Arn, Node(role));
            case "AttachRolePolicy":
                await iam.AttachRolePolicyAsync(Body<AttachRolePolicyRequest>(call), cancellationToken);
                return CallResult.None;
            case "PutRolePolicy":
                await iam.PutRolePolicyAsync(Body<PutRolePolicyRequest>(call), cancellationToken);
                return CallResult.None;
            case "CreateInstanceProfile":
                var profile = await iam.CreateInstanceProfileAsync(Body<CreateInstanceProfileRequest>(call), cancellationToken);
                return new CallResult(profile.InstanceProfile.Arn, Node(profile));
            case "AddRoleToInstanceProfile":
                await iam.AddRoleToInstanceProfileAsync(Body<AddRoleToInstanceProfileRequest>(call), cancellationToken);
                return CallResult.None;
            case "CreateServiceLinkedRole":
                var linked = await iam.CreateServiceLinkedRoleAsync(Body<CreateServiceLinkedRoleRequest>(call), cancellationToken);
                return new CallResult(linked.Role?.Arn, Node(linked));
            default:
                throw Unsupported(call.Operation);
        }
    }

    private static System.Text.Json.Nodes.JsonNode? Node<T>(T response) => WizardCallJson.Node(response);

    public async Task UndoAsync(PlannedCall call, CancellationToken cancellationToken)
    {
        var undo = call.Undo ?? throw new InvalidOperationException($"{call.Action} has no undo call.");
        try
        {
            switch (undo.Operation)
            {
                case "DeleteRole":
                    await iam.DeleteRoleAsync(Body<DeleteRoleRequest>(undo.Body), cancellationToken);
                    break;
                case "DetachRolePolicy":
                    await iam.DetachRolePolicyAsync(Body<DetachRolePolicyRequest>(undo.Body), cancellationToken);
                    break;
                case "DeleteRolePolicy":
                    await iam.DeleteRolePolicyAsync(Body<DeleteRolePolicyRequest>(undo.Body), cancellationToken);
                    break;
                case "DeleteInstanceProfile":
                    await iam.DeleteInstanceProfileAsync(Body<DeleteInstanceProfileRequest>(undo.Body), cancellationToken);
                    break;
                case "RemoveRoleFromInstanceProfile":
                    await iam.RemoveRoleFromInstanceProfileAsync(Body<RemoveRoleFromInstanceProfileRequest>(undo.Body), cancellationToken);
                    break;
                case "DeleteServiceLinkedRole":
                    await iam.DeleteServiceLinkedRoleAsync(Body<DeleteServiceLinkedRoleRequest>(undo.Body), cancellationToken);
                    break;
                default:
                    throw Unsupported(undo.Operation);
            }
        }
        catch (AwsServiceException error) when (error.ErrorCode == "NoSuchEntity")
        {
            // Already gone (removed by hand, or by an earlier rollback attempt): nothing left to undo.
        }
    }

    private async Task<ExistenceCheckResult> RoleAsync(PlannedCall call, CreateRoleRequest request, CancellationToken cancellationToken)
    {
        var role = (await iam.GetRoleAsync(new GetRoleRequest { RoleName = request.RoleName }, cancellationToken)).Role;
        var planned = TrustPolicies.Principals(request.AssumeRolePolicyDocument);
        var existing = TrustPolicies.Principals(Uri.UnescapeDataString(role.AssumeRolePolicyDocument ?? ""));
        return planned.SetEquals(existing)
            ? RunTags.Owned(new ExistenceCheckResult(ExistenceState.Exists, $"role {role.RoleName} exists ({role.Arn})") { Response = Node(new { Role = role }) }, call, Pairs(role.Tags))
            : new ExistenceCheckResult(ExistenceState.Conflict,
                $"A role named {role.RoleName} already exists and trusts {Describe(existing)}, not {Describe(planned)}. Choose another name, or remove that role first.");
    }

    private async Task<ExistenceCheckResult> AttachedAsync(AttachRolePolicyRequest request, CancellationToken cancellationToken)
    {
        await foreach (var policy in iam.ListAttachedRolePoliciesAsync(new ListAttachedRolePoliciesRequest { RoleName = request.RoleName }, cancellationToken))
        {
            if (policy.PolicyArn == request.PolicyArn)
            {
                return new ExistenceCheckResult(ExistenceState.Exists, $"{policy.PolicyName} is attached to {request.RoleName}");
            }
        }

        return ExistenceCheckResult.Missing;
    }

    private async Task<ExistenceCheckResult> InlineAsync(PutRolePolicyRequest request, CancellationToken cancellationToken)
    {
        await foreach (var name in iam.ListRolePoliciesAsync(new ListRolePoliciesRequest { RoleName = request.RoleName }, cancellationToken))
        {
            if (name == request.PolicyName)
            {
                // Kept as it is: a re-run must not rewrite a policy someone may have tightened since.
                return new ExistenceCheckResult(ExistenceState.Exists, $"{request.RoleName} has inline policy {request.PolicyName} (kept as it is)");
            }
        }

        return ExistenceCheckResult.Missing;
    }

    private async Task<ExistenceCheckResult> ProfileAsync(PlannedCall call, CreateInstanceProfileRequest request, CancellationToken cancellationToken)
    {
        var profile = (await iam.GetInstanceProfileAsync(new GetInstanceProfileRequest { InstanceProfileName = request.InstanceProfileName }, cancellationToken)).InstanceProfile;
        return RunTags.Owned(new ExistenceCheckResult(ExistenceState.Exists, $"instance profile {profile.InstanceProfileName} exists ({profile.Arn})") { Response = Node(new { InstanceProfile = profile }) },
            call, Pairs(profile.Tags));
    }

    private async Task<ExistenceCheckResult> ProfileRoleAsync(AddRoleToInstanceProfileRequest request, CancellationToken cancellationToken)
    {
        var profile = (await iam.GetInstanceProfileAsync(new GetInstanceProfileRequest { InstanceProfileName = request.InstanceProfileName }, cancellationToken)).InstanceProfile;
        if (profile.Roles.Any(r => string.Equals(r.RoleName, request.RoleName, StringComparison.OrdinalIgnoreCase)))
        {
            return new ExistenceCheckResult(ExistenceState.Exists, $"{request.RoleName} is in instance profile {request.InstanceProfileName}");
        }

        return profile.Roles.Count == 0
            ? ExistenceCheckResult.Missing
            : new ExistenceCheckResult(ExistenceState.Conflict,
                $"Instance profile {request.InstanceProfileName} already holds role {profile.Roles[0].RoleName} and can hold only one. Choose another profile name.");
    }

    private async Task<ExistenceCheckResult> LinkedRoleAsync(CreateServiceLinkedRoleRequest request, CancellationToken cancellationToken)
    {
        // Service-linked roles live under /aws-service-role/<service>/, whatever suffix they were given.
        await foreach (var role in iam.ListRolesAsync(new ListRolesRequest { PathPrefix = $"/aws-service-role/{request.AWSServiceName}/" }, cancellationToken))
        {
            return new ExistenceCheckResult(ExistenceState.Exists, $"service-linked role {role.RoleName} exists ({role.Arn})");
        }

        return ExistenceCheckResult.Missing;
    }

    private static IEnumerable<KeyValuePair<string, string?>>? Pairs(IReadOnlyList<IamTag>? tags) => tags?.Select(t => KeyValuePair.Create(t.Key, (string?)t.Value));

    private static string Describe(IReadOnlySet<string> principals) => principals.Count == 0 ? "no service" : string.Join(", ", principals.Order(StringComparer.Ordinal));

    private static T Body<T>(PlannedCall call) => WizardCallJson.Body<T>(call.Body, call.Operation);

    private static T Body<T>(string json) => WizardCallJson.Body<T>(json, "IAM");

    private static NotSupportedException Unsupported(string operation) => new($"The IAM wizard executor does not send {operation}.");
}
