using EcsConsole.Core.Rollouts;

namespace EcsConsole.Web.Model.Rollouts;

/// <summary>The words that label a view derived from DescribeServices' deployments[] rather than ECS's service deployments.</summary>
public static class DerivedNotes
{
    /// <summary>"This endpoint does not offer ListServiceDeployments; showing the history derived from the service's deployments. It holds only…"</summary>
    public static string History(string reason) =>
        $"{Sentence(reason)}; showing the history {DerivedDeployments.Label}. {DerivedDeployments.Limits}";

    /// <summary>The live page's note: why, and what the derived view can and cannot show.</summary>
    public static string Live(string reason) =>
        $"{Sentence(reason)}; this view is {DerivedDeployments.Label}: its rollout state and task counts from DescribeServices, with the service's events. "
        + "Stopping, approving and traffic weights need ECS's service deployments and are not offered here.";

    private static string Sentence(string reason) => reason.Length == 0 ? reason : char.ToUpperInvariant(reason[0]) + reason[1..];
}
