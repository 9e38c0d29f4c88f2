using EcsConsole.Core.Rollouts;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// Continuous delivery for the pages. Scoped (acts for the signed-in operator); every change runs through the operation
/// gate with one audit entry: Admins manage policies and webhooks, Operators approve or reject waiting images, promote and
/// (in sandbox mode) push new image versions; everyone signed in reads. Bad input throws <see cref="DeliveryValidationException"/>.
/// </summary>
public interface IDeliveryService
{
    Task<IReadOnlyList<DeliveryPolicy>> PoliciesAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces a policy; images already matching are recorded as its baseline and never deployed by it.</summary>
    Task SavePolicyAsync(DeliveryPolicyInput input, string? confirmationText, CancellationToken cancellationToken = default);

    Task DeletePolicyAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Delivery records, newest first: of one service in one cluster, or all when both are null. Baseline records are left out.</summary>
    Task<IReadOnlyList<DeliveryRecord>> TimelineAsync(string? cluster, string? service, CancellationToken cancellationToken = default);

    /// <summary>Approves an image waiting for approval; the policy starts it at its next pass (woken now).</summary>
    Task ApproveAsync(long recordId, string? confirmationText, CancellationToken cancellationToken = default);

    Task RejectAsync(long recordId, string note, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per service, what each cluster runs and which clusters are behind. A repository whose images cannot be read, or
    /// in-use marks that cannot be read, leave out only their part and are told in <see cref="DeliveryOverviewReading.Problems"/>.
    /// </summary>
    Task<DeliveryOverviewReading> OverviewAsync(CancellationToken cancellationToken = default);

    /// <summary>A rollout plan deploying the exact digest <paramref name="fromCluster"/> runs to the same service in <paramref name="toCluster"/>.</summary>
    Task<RolloutPlan> PlanPromotionAsync(string service, string fromCluster, string toCluster, CancellationToken cancellationToken = default);

    /// <summary>Starts a promotion plan as the operator (Rollout.Start) and records it in the delivery timeline.</summary>
    Task<RolloutStarted> PromoteAsync(RolloutPlan plan, string note, string? confirmationText, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<WebhookEndpoint>> WebhooksAsync(CancellationToken cancellationToken = default);

    Task SaveWebhookAsync(WebhookInput input, CancellationToken cancellationToken = default);

    Task DeleteWebhookAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>The latest notifications and how their delivery went, newest first.</summary>
    Task<IReadOnlyList<WebhookDelivery>> WebhookDeliveriesAsync(int count, CancellationToken cancellationToken = default);

    /// <summary>True when connected to the sandbox, where <see cref="PushImageVersionAsync"/> is offered.</summary>
    bool CanPushImages { get; }

    /// <summary>
    /// Sandbox only: pushes a new version of <paramref name="repository"/> tagged <paramref name="newTag"/>, built from the manifest
    /// of <paramref name="fromTag"/> with the version written into it (so it is a new digest), through ECR BatchGetImage and PutImage.
    /// Returns the new digest.
    /// </summary>
    Task<string> PushImageVersionAsync(string repository, string fromTag, string newTag, CancellationToken cancellationToken = default);
}

/// <summary>A webhook endpoint as an Admin types it.</summary>
public sealed record WebhookInput(int? Id, string Name, string Url, WebhookFormat Format, bool Enabled)
{
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name)) problems.Add("Name: say what receives it (e.g. #deploys on Slack).");
        if (!Uri.TryCreate(Url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add("URL: an absolute http:// or https:// address.");
        }

        return problems;
    }
}
