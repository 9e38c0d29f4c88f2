using EcsConsole.Core.Rollouts;
using MudBlazor;

namespace EcsConsole.Web.Model.Rollouts;

/// <summary>How the rollout pages name and colour deployment states. A rollback is a failure and looks like one.</summary>
public static class DeploymentWords
{
    /// <summary>"Succeeded", "Failed", "Rolled back", "Stopped", or "In progress" while it runs.</summary>
    public static string Outcome(DeploymentOutcome? outcome) => outcome switch
    {
        null => "In progress",
        DeploymentOutcome.Succeeded => "Succeeded",
        DeploymentOutcome.Failed => "Failed",
        DeploymentOutcome.RolledBack => "Rolled back",
        _ => "Stopped",
    };

    public static Color OutcomeColor(DeploymentOutcome? outcome) => outcome switch
    {
        null => Color.Info,
        DeploymentOutcome.Succeeded => Color.Success,
        DeploymentOutcome.Failed or DeploymentOutcome.RolledBack => Color.Error,
        _ => Color.Warning,
    };

    /// <summary>A lifecycle stage as a heading: PRODUCTION_TRAFFIC_SHIFT → "Production traffic shift".</summary>
    public static string Stage(string stage)
    {
        var words = stage.Replace('_', ' ').ToLowerInvariant();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Strategy(DeploymentStrategyKind strategy) => strategy switch
    {
        DeploymentStrategyKind.Rolling => "Rolling update",
        DeploymentStrategyKind.BlueGreen => "Blue/green",
        DeploymentStrategyKind.Linear => "Linear",
        _ => "Canary",
    };

    /// <summary>ECS's strategy word (ROLLING, BLUE_GREEN, ...) as people say it.</summary>
    public static string Strategy(string strategy) => strategy switch
    {
        "ROLLING" => "Rolling update",
        "BLUE_GREEN" => "Blue/green",
        "LINEAR" => "Linear",
        "CANARY" => "Canary",
        _ => strategy,
    };

    public static string Kind(RolloutKind? kind) => kind switch
    {
        RolloutKind.Images => "new image",
        RolloutKind.Revision => "revision",
        RolloutKind.ForceNewDeployment => "forced new deployment",
        RolloutKind.Rollback => "rollback",
        _ => "",
    };

    /// <summary>An image without its registry host (<c>news:1.4.2</c>), which is the same for every image of the account.</summary>
    public static string Image(string image)
    {
        var slash = image.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && image[..slash].Contains('.', StringComparison.Ordinal) ? image[(slash + 1)..] : image;
    }
}
