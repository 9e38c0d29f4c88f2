using EcsConsole.Core.Rollouts;
using EcsConsole.Web.Model.Rollouts;
using MudBlazor;

namespace EcsConsole.Web.Components.Dialogs;

/// <summary>Opens the rollout dialogs with their parameters and reads their results, so pages stay a line per action.</summary>
public static class RolloutDialogs
{
    private static readonly DialogOptions Wide = new() { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true };
    private static readonly DialogOptions Narrow = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>The rollout the operator started, or null when they cancelled.</summary>
    public static async Task<RolloutStarted?> RollOutAsync(
        this IDialogService dialogs, string cluster, string service, string currentTaskDefinition, bool requiresConfirmation, RolloutSource source)
    {
        var parameters = new DialogParameters<RolloutDialog>
        {
            { d => d.Cluster, cluster },
            { d => d.Service, service },
            { d => d.CurrentTaskDefinition, currentTaskDefinition },
            { d => d.RequiresConfirmation, requiresConfirmation },
            { d => d.InitialSource, source },
        };
        var title = source switch
        {
            RolloutSource.ForceNewDeployment => $"Force a new deployment of {service}",
            RolloutSource.ExistingRevision => $"Roll {service} to a revision",
            _ => $"Roll out {service}",
        };
        var dialog = await dialogs.ShowAsync<RolloutDialog>(title, parameters, Wide);
        return await ResultAsync<RolloutStarted>(dialog);
    }

    /// <summary>True when the strategy was saved.</summary>
    public static async Task<bool> EditStrategyAsync(this IDialogService dialogs, string cluster, string service, bool requiresConfirmation)
    {
        var parameters = new DialogParameters<StrategyEditorDialog>
        {
            { d => d.Cluster, cluster },
            { d => d.Service, service },
            { d => d.RequiresConfirmation, requiresConfirmation },
        };
        var dialog = await dialogs.ShowAsync<StrategyEditorDialog>($"Deployment strategy of {service}", parameters, Wide);
        return await ResultAsync<DeploymentStrategySettings>(dialog) is not null;
    }

    /// <summary>How the deployment was stopped, or null when the operator cancelled.</summary>
    public static async Task<StopKind?> StopAsync(this IDialogService dialogs, string cluster, string service, string deploymentArn, bool requiresConfirmation)
    {
        var parameters = new DialogParameters<StopDeploymentDialog>
        {
            { d => d.DeploymentArn, deploymentArn },
            { d => d.Confirmation, new ChangeConfirmation(cluster, service, requiresConfirmation) },
        };
        var dialog = await dialogs.ShowAsync<StopDeploymentDialog>($"Stop the deployment of {service}", parameters, Narrow);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: StopKind kind } ? kind : null;
    }

    /// <summary>Asks for the note (and production confirmation), runs <paramref name="action"/>; its result, or null when cancelled.</summary>
    public static async Task<T?> ConfirmAsync<T>(
        this IDialogService dialogs, string title, string message, string actionLabel, string what, ChangeConfirmation confirmation,
        Func<ChangeConfirmation, Task<T>> action, Color color = Color.Primary)
        where T : class
    {
        var parameters = new DialogParameters<ConfirmChangeDialog>
        {
            { d => d.Confirmation, confirmation },
            { d => d.Message, message },
            { d => d.ActionLabel, actionLabel },
            { d => d.ActionColor, color },
            { d => d.What, what },
            { d => d.Action, async c => await action(c) },
        };
        var dialog = await dialogs.ShowAsync<ConfirmChangeDialog>(title, parameters, Narrow);
        return await ResultAsync<T>(dialog);
    }

    private static async Task<T?> ResultAsync<T>(IDialogReference dialog)
        where T : class
    {
        var result = await dialog.Result;
        return result is { Canceled: false, Data: T data } ? data : null;
    }
}
