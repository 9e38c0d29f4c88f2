using EcsConsole.Core.Fleet;

namespace EcsConsole.Web.Model.Metrics;

/// <summary>The chart markers of a service's deployments: each one's start, and its end once it completed or failed.</summary>
public static class DeploymentMarkers
{
    public static IReadOnlyList<ChartMarker> From(IEnumerable<DeploymentSummary> deployments) =>
        deployments
            .SelectMany(d => new[]
            {
                d.CreatedAt is { } created ? new ChartMarker(created, $"Deployment of {d.TaskDefinition} started", IsStart: true) : null,
                d.UpdatedAt is { } updated && d.RolloutState is "COMPLETED" or "FAILED"
                    ? new ChartMarker(updated, $"Deployment of {d.TaskDefinition} {(d.RolloutState == "COMPLETED" ? "completed" : "failed")}", IsStart: false)
                    : null,
            })
            .OfType<ChartMarker>()
            .OrderBy(m => m.At)
            .ToList();
}
