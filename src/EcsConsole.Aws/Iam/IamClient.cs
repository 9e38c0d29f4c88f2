using EcsConsole.Aws.Query;

namespace EcsConsole.Aws.Iam;

/// <summary>IAM over AWS Query: records go out as form parameters and come back from XML through <see cref="IamQueryShapes"/>.</summary>
public sealed class IamClient : IIamClient
{
    private readonly AwsQueryClient _query;

    public IamClient(AwsQueryClient query)
    {
        _query = query;
    }

    public Task<GetRoleResponse> GetRoleAsync(GetRoleRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<GetRoleRequest, GetRoleResponse>("GetRole", IamQueryShapes.RoleNameInput, request, IamQueryShapes.RoleOutput, cancellationToken);

    public IAsyncEnumerable<Role> ListRolesAsync(ListRolesRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<ListRolesRequest, ListRolesResponse, Role>(
            "ListRoles", IamQueryShapes.ListRolesInput, request, IamQueryShapes.ListRolesOutput,
            page => page.Roles, page => page.IsTruncated == true ? page.Marker : null, (r, marker) => r with { Marker = marker }, cancellationToken);

    public Task<CreateRoleResponse> CreateRoleAsync(CreateRoleRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CreateRoleRequest, CreateRoleResponse>("CreateRole", IamQueryShapes.CreateRoleInput, request, IamQueryShapes.RoleOutput, cancellationToken);

    public Task DeleteRoleAsync(DeleteRoleRequest request, CancellationToken cancellationToken = default) =>
        SendAsync("DeleteRole", IamQueryShapes.RoleNameInput, request, cancellationToken);

    public Task TagRoleAsync(TagRoleRequest request, CancellationToken cancellationToken = default) =>
        SendAsync("TagRole", IamQueryShapes.TagRoleInput, request, cancellationToken);

    public Task AttachRolePolicyAsync(AttachRolePolicyRequest request, CancellationToken cancellationToken = default) =>
        SendAsync("AttachRolePolicy", IamQueryShapes.RolePolicyArnInput, request, cancellationToken);

    public Task DetachRolePolicyAsync(DetachRolePolicyRequest request, CancellationToken cancellationToken = default) =>
        SendAsync("DetachRolePolicy", IamQueryShapes.RolePolicyArnInput, request, cancellationToken);

    public Task PutRolePolicyAsync(PutRolePolicyRequest request, CancellationToken cancellationToken = default) =>
        SendAsync("PutRolePolicy", IamQueryShapes.PutRolePolicyInput, request, cancellationToken);

    public Task DeleteRolePolicyAsync(DeleteRolePolicyRequest request, CancellationToken cancellationToken = default) =>
        SendAsync("DeleteRolePolicy", IamQueryShapes.DeleteRolePolicyInput, request, cancellationToken);

    public IAsyncEnumerable<AttachedPolicy> ListAttachedRolePoliciesAsync(ListAttachedRolePoliciesRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<ListAttachedRolePoliciesRequest, ListAttachedRolePoliciesResponse, AttachedPolicy>(
            "ListAttachedRolePolicies", IamQueryShapes.ListAttachedRolePoliciesInput, request, IamQueryShapes.ListAttachedRolePoliciesOutput,
            page => page.AttachedPolicies, page => page.IsTruncated == true ? page.Marker : null, (r, marker) => r with { Marker = marker }, cancellationToken);

    public IAsyncEnumerable<string> ListRolePoliciesAsync(ListRolePoliciesRequest request, CancellationToken cancellationToken = default) =>
        PageAsync<ListRolePoliciesRequest, ListRolePoliciesResponse, string>(
            "ListRolePolicies", IamQueryShapes.ListRolePoliciesInput, request, IamQueryShapes.ListRolePoliciesOutput,
            page => page.PolicyNames, page => page.IsTruncated == true ? page.Marker : null, (r, marker) => r with { Marker = marker }, cancellationToken);

    public Task<CreateInstanceProfileResponse> CreateInstanceProfileAsync(CreateInstanceProfileRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CreateInstanceProfileRequest, CreateInstanceProfileResponse>(
            "CreateInstanceProfile", IamQueryShapes.CreateInstanceProfileInput, request, IamQueryShapes.InstanceProfileOutput, cancellationToken);

    public Task DeleteInstanceProfileAsync(DeleteInstanceProfileRequest request, CancellationToken cancellationToken = default) =>
        SendAsync("DeleteInstanceProfile", IamQueryShapes.InstanceProfileNameInput, request, cancellationToken);

    public Task AddRoleToInstanceProfileAsync(AddRoleToInstanceProfileRequest request, CancellationToken cancellationToken = default) =>
        SendAsync("AddRoleToInstanceProfile", IamQueryShapes.InstanceProfileRoleInput, request, cancellationToken);

    public Task RemoveRoleFromInstanceProfileAsync(RemoveRoleFromInstanceProfileRequest request, CancellationToken cancellationToken = default) =>
        SendAsync("RemoveRoleFromInstanceProfile", IamQueryShapes.InstanceProfileRoleInput, request, cancellationToken);

    public Task<GetInstanceProfileResponse> GetInstanceProfileAsync(GetInstanceProfileRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<GetInstanceProfileRequest, GetInstanceProfileResponse>(
            "GetInstanceProfile", IamQueryShapes.InstanceProfileNameInput, request, IamQueryShapes.InstanceProfileOutput, cancellationToken);

    public Task<CreateServiceLinkedRoleResponse> CreateServiceLinkedRoleAsync(CreateServiceLinkedRoleRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<CreateServiceLinkedRoleRequest, CreateServiceLinkedRoleResponse>(
            "CreateServiceLinkedRole", IamQueryShapes.CreateServiceLinkedRoleInput, request, IamQueryShapes.RoleOutput, cancellationToken);

    public Task<DeleteServiceLinkedRoleResponse> DeleteServiceLinkedRoleAsync(DeleteServiceLinkedRoleRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<DeleteServiceLinkedRoleRequest, DeleteServiceLinkedRoleResponse>(
            "DeleteServiceLinkedRole", IamQueryShapes.RoleNameInput, request, IamQueryShapes.DeleteServiceLinkedRoleOutput, cancellationToken);

    private Task<TResponse> InvokeAsync<TRequest, TResponse>(string operation, QueryShape input, TRequest request, QueryShape output, CancellationToken cancellationToken) =>
        _query.InvokeAsync<TRequest, TResponse>(AwsServices.Iam, operation, input, request, output, cancellationToken);

    // Operations without output still answer an (empty) result element, which only needs to be well-formed.
    private Task SendAsync<TRequest>(string operation, QueryShape input, TRequest request, CancellationToken cancellationToken) =>
        _query.InvokeAsync<TRequest, NoOutput>(AwsServices.Iam, operation, input, request, IamQueryShapes.NoOutput, cancellationToken);

    private IAsyncEnumerable<TItem> PageAsync<TRequest, TResponse, TItem>(
        string operation,
        QueryShape inputShape,
        TRequest request,
        QueryShape outputShape,
        Func<TResponse, IReadOnlyList<TItem>?> items,
        Func<TResponse, string?> nextMarker,
        Func<TRequest, string?, TRequest> withMarker,
        CancellationToken cancellationToken) =>
        AwsQueryPaging.PageAsync(_query, AwsServices.Iam, operation, inputShape, request, outputShape, items, nextMarker, withMarker, cancellationToken);

    private sealed record NoOutput;
}
