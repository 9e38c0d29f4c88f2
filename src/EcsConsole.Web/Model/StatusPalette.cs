using EcsConsole.Core.Fleet;
using MudBlazor;

namespace EcsConsole.Web.Model;

/// <summary>One colour language for states across pages: green is healthy, blue is moving, orange needs a look, red is broken.</summary>
public static class StatusPalette
{
    public static Color ForStatus(string status) => status switch
    {
        "ACTIVE" => Color.Success,
        "PROVISIONING" or "DEPROVISIONING" or "DRAINING" => Color.Info,
        "FAILED" => Color.Error,
        "INACTIVE" => Color.Default,
        _ => Color.Warning,
    };

    public static Color ForRollout(RolloutState state) => state switch
    {
        RolloutState.Steady => Color.Success,
        RolloutState.InProgress => Color.Info,
        RolloutState.RollingBack or RolloutState.RolledBack => Color.Warning,
        RolloutState.Failed => Color.Error,
        _ => Color.Default,
    };

    public static string Label(RolloutState state) => state switch
    {
        RolloutState.Steady => "steady",
        RolloutState.InProgress => "in progress",
        RolloutState.RollingBack => "rolling back",
        RolloutState.RolledBack => "rolled back",
        RolloutState.Failed => "failed",
        _ => state.ToString(),
    };

    public static string Label(ClusterKind kind) => kind switch
    {
        ClusterKind.Ec2 => "EC2",
        ClusterKind.Fargate => "Fargate",
        ClusterKind.Mixed => "EC2 + Fargate",
        _ => kind.ToString(),
    };

    /// <summary>Running short of desired is the first thing an operator looks for.</summary>
    public static Color ForTaskCounts(int running, int desired) =>
        running >= desired ? Color.Default : running == 0 && desired > 0 ? Color.Error : Color.Warning;
}
