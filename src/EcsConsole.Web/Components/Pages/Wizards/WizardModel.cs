using System.Text.Json;
using System.Text.Json.Serialization;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Export;

namespace EcsConsole.Web.Components.Pages.Wizards;

/// <summary>
/// What <see cref="WizardShell"/> drives of any wizard: its steps, moving between them, the checks that stop Next, the
/// plan with what exists and its exports, the input as journaled, and the picker reads that failed.
/// </summary>
public interface IWizardModel : IWizardPlanModel
{
    /// <summary>One title a step: the input steps, then Plan, then Run.</summary>
    IReadOnlyList<string> Titles { get; }

    int Step { get; set; }

    /// <summary>The step that shows the plan: the one before the last.</summary>
    int PlanStep { get; }

    /// <summary>The step that shows the run's journal: the last.</summary>
    int RunStep { get; }

    /// <summary>Where "Correct the input" leads once a run stopped.</summary>
    int CorrectionStep { get; }

    new IReadOnlyList<ExistenceCheckResult>? Existing { get; set; }

    /// <summary>The reads behind the pickers that failed, by read, each naming its own call; what did load stays offered.</summary>
    IReadOnlyDictionary<string, string> ReadProblems { get; }

    void SetReadProblem(string read, string? problem);

    bool Next();

    void Back();

    bool BuildPlan();

    string InputAsJson();
}

/// <summary>
/// The part of a wizard page's state every wizard shares, testable without a browser: the input being edited (journaled as
/// JSON with each run), the step shown, the messages that stop Next, the plan once the input validates, what exists
/// already, the exports, and the picker reads that failed. A wizard adds its steps' titles, which step each field is
/// edited on, its checks and its plan (see docs/WIZARDS.md).
/// </summary>
public abstract class WizardModel<TInput> : IWizardModel
    where TInput : class, new()
{
    private static readonly JsonSerializerOptions InputJson = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<string, string> _problems = new(StringComparer.Ordinal);

    public TInput Input { get; protected set; } = new();

    public abstract IReadOnlyList<string> Titles { get; }

    public int Step { get; set; }

    public int PlanStep => Titles.Count - 2;

    public int RunStep => Titles.Count - 1;

    public virtual int CorrectionStep => 0;

    public IReadOnlyList<WizardValidationError> Errors { get; protected set; } = [];

    public WizardPlan? Plan { get; private set; }

    public IReadOnlyList<ExistenceCheckResult>? Existing { get; set; }

    public IReadOnlyDictionary<string, string> ReadProblems => _problems;

    /// <summary>A model holding the input journaled with a run; a fresh input when there is none or it no longer reads.</summary>
    public static TModel FromJson<TModel>(string? json)
        where TModel : WizardModel<TInput>, new()
    {
        var model = new TModel();
        if (!string.IsNullOrEmpty(json))
        {
            try
            {
                if (JsonSerializer.Deserialize<TInput>(json, InputJson) is { } input)
                {
                    model.Input = input;
                }
            }
            catch (JsonException)
            {
                // A run journaled by another version of the page: start from a fresh input rather than fail to open the run.
            }
        }

        return model;
    }

    public string InputAsJson() => JsonSerializer.Serialize(Input, InputJson);

    public void SetReadProblem(string read, string? problem)
    {
        if (problem is null)
        {
            _problems.Remove(read);
        }
        else
        {
            _problems[read] = problem;
        }
    }

    /// <summary>
    /// Checks the fields of this step and the steps before it; moves on when they are fine (building the plan on reaching
    /// the plan step), otherwise stays and leaves <see cref="Errors"/> naming them.
    /// </summary>
    public bool Next()
    {
        BeforeNext();
        Invalidate();
        Errors = [.. Validate().Where(e => StepOf(e.Field) <= Step)];
        if (Errors.Count > 0)
        {
            return false;
        }

        Step = Math.Min(Step + 1, PlanStep);
        if (Step == PlanStep)
        {
            BuildPlan();
        }

        return true;
    }

    public void Back()
    {
        Errors = [];
        Step = Math.Max(Step - 1, 0);
    }

    /// <summary>Validates and, when clean, builds the plan. False leaves <see cref="Errors"/> saying what to fix.</summary>
    public bool BuildPlan()
    {
        BeforePlan();
        var (plan, errors) = MakePlan();
        Plan = plan;
        Errors = errors;
        Existing = null;
        return plan is not null;
    }

    public string? ErrorFor(string field) => Errors.Where(e => e.Field == field).Select(e => e.Message).FirstOrDefault();

    public string CliScript() => Plan is null ? "" : AwsCliScriptExporter.Export(Plan);

    /// <summary>
    /// The template; for a plan with a call CloudFormation cannot express (the CLI script still covers it), a JSON document
    /// saying which, so the download stays JSON and the page does not break.
    /// </summary>
    public string CloudFormation()
    {
        if (Plan is null)
        {
            return "";
        }

        try
        {
            return CloudFormationExporter.Export(Plan);
        }
        catch (Exception error) when (error is NotSupportedException or InvalidOperationException)
        {
            return JsonSerializer.Serialize(new { Error = $"This plan cannot be exported as CloudFormation: {error.Message}" });
        }
    }

    /// <summary>Marks the plan stale after an edit.</summary>
    public void Invalidate()
    {
        Plan = null;
        Existing = null;
    }

    /// <summary>Every problem with the input as it stands, each naming its field.</summary>
    protected abstract IReadOnlyList<WizardValidationError> Validate();

    /// <summary>The input step a field is edited on; a field no input step edits returns <see cref="PlanStep"/>.</summary>
    protected abstract int StepOf(string field);

    /// <summary>The plan for the input, or why there is none.</summary>
    protected abstract (WizardPlan? Plan, IReadOnlyList<WizardValidationError> Errors) MakePlan();

    /// <summary>Fills what is derived from what the operator typed (default names, tags) before the step is checked.</summary>
    protected virtual void BeforeNext()
    {
    }

    /// <summary>Fills what is derived before the plan is built.</summary>
    protected virtual void BeforePlan()
    {
    }
}
