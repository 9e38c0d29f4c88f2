using EcsConsole.Core.Wizards;

namespace EcsConsole.Web.Components.Pages.Wizards;

/// <summary>What <see cref="WizardPlanView"/> shows of any wizard: the problems to fix, or the plan with what exists and its exports.</summary>
public interface IWizardPlanModel
{
    IReadOnlyList<WizardValidationError> Errors { get; }

    WizardPlan? Plan { get; }

    /// <summary>Per planned call, what the existence check found (same order as the plan's calls); null until checked.</summary>
    IReadOnlyList<ExistenceCheckResult>? Existing { get; }

    string CliScript();

    string CloudFormation();
}
