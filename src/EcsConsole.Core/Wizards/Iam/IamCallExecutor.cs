using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Aws.Iam;
using EcsConsole.Core.Wizards.Export;
using EcsConsole.Core.Wizards.Export.CloudFormation;

namespace EcsConsole.Core.Wizards.Iam;

/// <summary>
/// Sends the IAM calls of a wizard plan through <see cref="IIamClient"/>: the planned JSON body becomes the typed request,
/// existence is read back with GetRole/ListRoles/ListAttachedRolePolicies/ListRolePolicies/GetInstanceProfile.
/// </summary>
public sealed class IamCallExecutor(IIamClient iam) : TableCallExecutor<IamCallExecutor>(Table)
{
    // A field, so the table's rows can reach the client of the executor they are given.
    private readonly IIamClient _iam = iam;

    public static WizardOperationTable<IamCallExecutor> Table { get; } = new("iam", "IAM wizard",
    [
        new("CreateRole",
            Checked((e, call, ct) => e.RoleAsync(call, Body<CreateRoleRequest>(call), ct)),
            async (e, call, ct) =>
            {
                var role = await e._iam.CreateRoleAsync(Body<CreateRoleRequest>(call), ct);
                return new CallResult(role.Role.Arn, Node(role));
            },
            new("DeleteRole", (e, undo, ct) => e._iam.DeleteRoleAsync(Body<DeleteRoleRequest>(undo.Body), ct)),
            IamCloudFormationMapper.Role,
            WizardCliGuard.SkipWhen(call => $"aws iam get-role --role-name {Text(call, "RoleName")} ${{ENDPOINT_ARGS}} >/dev/null 2>&1")),
        new("AttachRolePolicy",
            Checked((e, call, ct) => e.AttachedAsync(Body<AttachRolePolicyRequest>(call), ct)),
            async (e, call, ct) =>
            {
                await e._iam.AttachRolePolicyAsync(Body<AttachRolePolicyRequest>(call), ct);
                return CallResult.None;
            },
            new("DetachRolePolicy", (e, undo, ct) => e._iam.DetachRolePolicyAsync(Body<DetachRolePolicyRequest>(undo.Body), ct)),
            IamCloudFormationMapper.AttachedPolicy, WizardCliGuard.None),
        new("PutRolePolicy",
            Checked((e, call, ct) => e.InlineAsync(Body<PutRolePolicyRequest>(call), ct)),
            async (e, call, ct) =>
            {
                await e._iam.PutRolePolicyAsync(Body<PutRolePolicyRequest>(call), ct);
                return CallResult.None;
            },
            new("DeleteRolePolicy", (e, undo, ct) => e._iam.DeleteRolePolicyAsync(Body<DeleteRolePolicyRequest>(undo.Body), ct)),
            IamCloudFormationMapper.InlinePolicy, WizardCliGuard.None),
        new("CreateInstanceProfile",
            Checked((e, call, ct) => e.ProfileAsync(call, Body<CreateInstanceProfileRequest>(call), ct)),
            async (e, call, ct) =>
            {
                var profile = await e._iam.CreateInstanceProfileAsync(Body<CreateInstanceProfileRequest>(call), ct);
                return new CallResult(profile.InstanceProfile.Arn, Node(profile));
            },
            new("DeleteInstanceProfile", (e, undo, ct) => e._iam.DeleteInstanceProfileAsync(Body<DeleteInstanceProfileRequest>(undo.Body), ct)),
            IamCloudFormationMapper.InstanceProfile,
            WizardCliGuard.SkipWhen(call => $"aws iam get-instance-profile --instance-profile-name {Text(call, "InstanceProfileName")} ${{ENDPOINT_ARGS}} >/dev/null 2>&1")),
        new("AddRoleToInstanceProfile",
            Checked((e, call, ct) => e.ProfileRoleAsync(Body<AddRoleToInstanceProfileRequest>(call), ct)),
            async (e, call, ct) =>
            {
                await e._iam.AddRoleToInstanceProfileAsync(Body<AddRoleToInstanceProfileRequest>(call), ct);
                return CallResult.None;
            },
            new("RemoveRoleFromInstanceProfile", (e, undo, ct) => e._iam.RemoveRoleFromInstanceProfileAsync(Body<RemoveRoleFromInstanceProfileRequest>(undo.Body), ct)),
            IamCloudFormationMapper.ProfileRole,
            WizardCliGuard.SkipWhen(call =>
                $"aws iam get-instance-profile --instance-profile-name {Text(call, "InstanceProfileName")} --query 'InstanceProfile.Roles[].RoleName' --output text ${{ENDPOINT_ARGS}} | tr '\\t' '\\n' | grep -qx {Text(call, "RoleName")}")),
        new("CreateServiceLinkedRole",
            Checked((e, call, ct) => e.LinkedRoleAsync(Body<CreateServiceLinkedRoleRequest>(call), ct)),
            async (e, call, ct) =>
            {
                var linked = await e._iam.CreateServiceLinkedRoleAsync(Body<CreateServiceLinkedRoleRequest>(call), ct);
                return new CallResult(linked.Role?.Arn, Node(linked));
            },
            new("DeleteServiceLinkedRole", (e, undo, ct) => e._iam.DeleteServiceLinkedRoleAsync(Body<DeleteServiceLinkedRoleRequest>(undo.Body), ct)),
            IamCloudFormationMapper.ServiceLinkedRole,
            WizardCliGuard.SkipWhen(call =>
                $"aws iam list-roles --path-prefix {AwsCliScriptExporter.Quote($"/aws-service-role/{JsonNode.Parse(call.Body)!["AWSServiceName"]!.GetValue<string>()}/")} --query 'Roles[].RoleName' --output text ${{ENDPOINT_ARGS}} | grep -q .")),
    ], error => error.ErrorCode == "NoSuchEntity");

    // The role or profile a call hangs on is itself still to be created.
    private static Func<IamCallExecutor, PlannedCall, CancellationToken, Task<ExistenceCheckResult>> Checked(
        Func<IamCallExecutor, PlannedCall, CancellationToken, Task<ExistenceCheckResult>> check) => async (e, call, ct) =>
        {
            try
            {
                return await check(e, call, ct);
            }
            catch (AwsServiceException error) when (error.ErrorCode == "NoSuchEntity")
            {
                return ExistenceCheckResult.Missing;
            }
        };

    private static System.Text.Json.Nodes.JsonNode? Node<T>(T response) => WizardCallJson.Node(response);

    private static string Text(PlannedCall call, string member) => AwsCliScriptExporter.Quote(JsonNode.Parse(call.Body)![member]!.GetValue<string>());

    private async Task<ExistenceCheckResult> RoleAsync(PlannedCall call, CreateRoleRequest request, CancellationToken cancellationToken)
    {
        var role = (await _iam.GetRoleAsync(new GetRoleRequest { RoleName = request.RoleName }, cancellationToken)).Role;
        var planned = TrustPolicies.Principals(request.AssumeRolePolicyDocument);
        var existing = TrustPolicies.Principals(Uri.UnescapeDataString(role.AssumeRolePolicyDocument ?? ""));
        return planned.SetEquals(existing)
            ? RunTags.Owned(new ExistenceCheckResult(ExistenceState.Exists, $"role {role.RoleName} exists ({role.Arn})") { Response = Node(new { Role = role }) }, call, Pairs(role.Tags))
            : new ExistenceCheckResult(ExistenceState.Conflict,
                $"A role named {role.RoleName} already exists and trusts {Describe(existing)}, not {Describe(planned)}. Choose another name, or remove that role first.");
    }

    private async Task<ExistenceCheckResult> AttachedAsync(AttachRolePolicyRequest request, CancellationToken cancellationToken)
    {
        await foreach (var policy in _iam.ListAttachedRolePoliciesAsync(new ListAttachedRolePoliciesRequest { RoleName = request.RoleName }, cancellationToken))
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
        await foreach (var name in _iam.ListRolePoliciesAsync(new ListRolePoliciesRequest { RoleName = request.RoleName }, cancellationToken))
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
        var profile = (await _iam.GetInstanceProfileAsync(new GetInstanceProfileRequest { InstanceProfileName = request.InstanceProfileName }, cancellationToken)).InstanceProfile;
        return RunTags.Owned(new ExistenceCheckResult(ExistenceState.Exists, $"instance profile {profile.InstanceProfileName} exists ({profile.Arn})") { Response = Node(new { InstanceProfile = profile }) },
            call, Pairs(profile.Tags));
    }

    private async Task<ExistenceCheckResult> ProfileRoleAsync(AddRoleToInstanceProfileRequest request, CancellationToken cancellationToken)
    {
        var profile = (await _iam.GetInstanceProfileAsync(new GetInstanceProfileRequest { InstanceProfileName = request.InstanceProfileName }, cancellationToken)).InstanceProfile;
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
        await foreach (var role in _iam.ListRolesAsync(new ListRolesRequest { PathPrefix = $"/aws-service-role/{request.AWSServiceName}/" }, cancellationToken))
        {
            return new ExistenceCheckResult(ExistenceState.Exists, $"service-linked role {role.RoleName} exists ({role.Arn})");
        }

        return ExistenceCheckResult.Missing;
    }

    private static IEnumerable<KeyValuePair<string, string?>>? Pairs(IReadOnlyList<IamTag>? tags) => tags?.Select(t => KeyValuePair.Create(t.Key, (string?)t.Value));

    private static string Describe(IReadOnlySet<string> principals) => principals.Count == 0 ? "no service" : string.Join(", ", principals.Order(StringComparer.Ordinal));

    private static T Body<T>(PlannedCall call) => WizardCallJson.Body<T>(call.Body, call.Operation);

    private static T Body<T>(string json) => WizardCallJson.Body<T>(json, "IAM");
}
