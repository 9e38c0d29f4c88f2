using EcsConsole.Core.Rollouts.CodeDeploy;
using EcsConsole.Web.Model.Rollouts;
using MudBlazor;

namespace EcsConsole.Web.Components.Dialogs;

/// <summary>Opens the CodeDeploy dialog and reads its result, so the section stays a line per action.</summary>
public static class CodeDeployDialogs
{
    private static readonly DialogOptions Wide = new() { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true };

    /// <summary>The id of the CodeDeploy deployment the operator started, or null when they cancelled.</summary>
    public static async Task<string?> DeployWithCodeDeployAsync(
        this IDialogService dialogs, string cluster, string service, CodeDeployTarget target, string currentTaskDefinitionArn, bool requiresConfirmation)
    {
        var parameters = new DialogParameters<CodeDeployDialog>
        {
            { d => d.Target, target },
            { d => d.Confirmation, new ChangeConfirmation(cluster, service, requiresConfirmation) },
            { d => d.CurrentTaskDefinitionArn, currentTaskDefinitionArn },
        };
        var dialog = await dialogs.ShowAsync<CodeDeployDialog>($"Deploy {service} with CodeDeploy", parameters, Wide);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string id } ? id : null;
    }
}
