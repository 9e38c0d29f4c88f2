namespace EcsConsole.Core.Wizards;

/// <summary>
/// What a run did not do of the plan it started with: steps the operator removed or replaced with corrected input on a
/// resume. The words behind <see cref="WizardRunState.SucceededWithChanges"/>, read from the journal alone.
/// </summary>
public static class WizardRunChanges
{
    /// <summary>True for both ways a run can end with everything it still planned done.</summary>
    public static bool IsSuccess(this WizardRunState state) => state is WizardRunState.Succeeded or WizardRunState.SucceededWithChanges;

    /// <summary>The state for people: <c>Succeeded with changes</c> rather than the enum's name.</summary>
    public static string Describe(this WizardRunState state) => state switch
    {
        WizardRunState.SucceededWithChanges => "Succeeded with changes",
        _ => state.ToString(),
    };

    /// <summary>
    /// One sentence per step left out, in plan order: replaced (a later step creates the same thing with corrected input)
    /// or removed (nothing later creates it). Empty when the run kept to its plan.
    /// </summary>
    public static IReadOnlyList<string> Describe(WizardRunRecord run)
    {
        var changes = new List<string>();
        foreach (var step in run.Steps.Where(s => s.State == WizardStepState.Superseded).OrderBy(s => s.Index))
        {
            var call = $"{step.Service}:{step.Operation}";
            var replacement = run.Steps.FirstOrDefault(s =>
                s.Index > step.Index && s.State != WizardStepState.Superseded && s.Service == step.Service && s.Operation == step.Operation && s.Creates == step.Creates);
            changes.Add(replacement is null
                ? $"Step {step.Index + 1} ({call}, {step.Creates}) was left out: the corrected input no longer plans it."
                : $"Step {step.Index + 1} ({call}, {step.Creates}) was replaced by step {replacement.Index + 1} with the corrected input.");
        }

        return changes;
    }
}
