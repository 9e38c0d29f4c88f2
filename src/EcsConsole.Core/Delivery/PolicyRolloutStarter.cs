using EcsConsole.Core.Images;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Delivery;

/// <summary>
/// Plans and starts an image rollout in a scope of its own acting as <c>policy:{name}</c> with the Operator role, so the
/// operation gate checks and audits it like an operator's (one Rollout.Start entry) and the journal names the policy.
/// The policy's Admin confirmed a production service when saving it, so the service name is passed as the confirmation.
/// </summary>
internal sealed class PolicyRolloutStarter(IServiceScopeFactory scopes) : IDeliveryRolloutStarter
{
    public async Task<RolloutStarted> StartAsync(DeliveryPolicy policy, DeliveryRecord record, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SystemActorContext>().ActAs(policy.Actor, ConsoleRole.Operator);
        var rollouts = scope.ServiceProvider.GetRequiredService<IRolloutService>();
        var current = await rollouts.PlanForceNewDeploymentAsync(policy.Cluster, policy.Service, cancellationToken);
        var container = ContainerFor(policy, record, current.Current.Containers.Select(c => (c.Name, c.Image)).ToList());
        var plan = await rollouts.PlanImageRolloutAsync(policy.Cluster, policy.Service, new Dictionary<string, string> { [container] = record.Image }, cancellationToken);
        var note = $"Auto-deploy of {record.ImageTag ?? record.ImageDigest} ({ShortDigest(record.ImageDigest)}) by delivery policy {policy.Name} (pattern {policy.TagPattern})"
                   + (record.ApprovedBy is { } approver ? $", approved by {approver}" : "");
        return await rollouts.StartAsync(plan, note, policy.Service, cancellationToken);
    }

    internal static string ContainerFor(DeliveryPolicy policy, DeliveryRecord record, IReadOnlyList<(string Name, string Image)> containers)
    {
        if (policy.Container is { Length: > 0 } named)
        {
            return containers.Any(c => c.Name == named)
                ? named
                : throw new RolloutValidationException([$"The task definition of {policy.Service} has no container '{named}'; edit policy {policy.Name}."]);
        }

        var repositoryUri = ImageReference.Parse(record.Image).Repository;
        var users = containers.Where(c => ImageReference.Parse(c.Image).Repository == repositoryUri).Select(c => c.Name).ToList();
        return users.Count switch
        {
            1 => users[0],
            0 => throw new RolloutValidationException([$"No container of {policy.Service} runs an image from {repositoryUri}; name the container in policy {policy.Name}."]),
            _ => throw new RolloutValidationException([$"Containers {string.Join(", ", users)} of {policy.Service} all run {repositoryUri}; name the one to deploy in policy {policy.Name}."]),
        };
    }

    internal static string ShortDigest(string digest) => digest.StartsWith("sha256:", StringComparison.Ordinal) && digest.Length > 19 ? digest[..19] : digest;
}
