namespace EcsConsole.Aws.Iam;

/// <summary>
/// IAM roles and instance profiles for the setup wizards. Singleton; uses the connection current at each call (IAM is
/// global: one endpoint per partition). List methods follow <c>Marker</c>/<c>IsTruncated</c> lazily: stop enumerating to
/// stop paging. Failures surface as <see cref="AwsServiceException"/> with IAM's own code (NoSuchEntity, EntityAlreadyExists...).
/// </summary>
public interface IIamClient
{
    Task<GetRoleResponse> GetRoleAsync(GetRoleRequest request, CancellationToken cancellationToken = default);

    IAsyncEnumerable<Role> ListRolesAsync(ListRolesRequest request, CancellationToken cancellationToken = default);

    Task<CreateRoleResponse> CreateRoleAsync(CreateRoleRequest request, CancellationToken cancellationToken = default);

    /// <summary>IAM refuses (DeleteConflict) while policies are attached or the role is in an instance profile.</summary>
    Task DeleteRoleAsync(DeleteRoleRequest request, CancellationToken cancellationToken = default);

    Task TagRoleAsync(TagRoleRequest request, CancellationToken cancellationToken = default);

    Task AttachRolePolicyAsync(AttachRolePolicyRequest request, CancellationToken cancellationToken = default);

    Task DetachRolePolicyAsync(DetachRolePolicyRequest request, CancellationToken cancellationToken = default);

    Task PutRolePolicyAsync(PutRolePolicyRequest request, CancellationToken cancellationToken = default);

    Task DeleteRolePolicyAsync(DeleteRolePolicyRequest request, CancellationToken cancellationToken = default);

    IAsyncEnumerable<AttachedPolicy> ListAttachedRolePoliciesAsync(ListAttachedRolePoliciesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Names of the role's inline policies.</summary>
    IAsyncEnumerable<string> ListRolePoliciesAsync(ListRolePoliciesRequest request, CancellationToken cancellationToken = default);

    Task<CreateInstanceProfileResponse> CreateInstanceProfileAsync(CreateInstanceProfileRequest request, CancellationToken cancellationToken = default);

    Task DeleteInstanceProfileAsync(DeleteInstanceProfileRequest request, CancellationToken cancellationToken = default);

    Task AddRoleToInstanceProfileAsync(AddRoleToInstanceProfileRequest request, CancellationToken cancellationToken = default);

    Task RemoveRoleFromInstanceProfileAsync(RemoveRoleFromInstanceProfileRequest request, CancellationToken cancellationToken = default);

    Task<GetInstanceProfileResponse> GetInstanceProfileAsync(GetInstanceProfileRequest request, CancellationToken cancellationToken = default);

    Task<CreateServiceLinkedRoleResponse> CreateServiceLinkedRoleAsync(CreateServiceLinkedRoleRequest request, CancellationToken cancellationToken = default);

    Task<DeleteServiceLinkedRoleResponse> DeleteServiceLinkedRoleAsync(DeleteServiceLinkedRoleRequest request, CancellationToken cancellationToken = default);
}
