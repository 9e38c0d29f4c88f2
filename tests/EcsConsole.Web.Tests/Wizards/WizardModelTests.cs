using System.Text.Json.Nodes;
using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.TaskDefinitions;
using EcsConsole.Web.Components.Pages.Wizards;

namespace EcsConsole.Web.Tests.Wizards;

/// <summary>
/// A fifth wizard written the way docs/WIZARDS.md says: only its input, its steps' titles, which step edits which field,
/// its checks and its plan. Everything else (Next, Back, plan, exports, journaled input, read problems) is the base model's.
/// </summary>
public sealed class NoteWizardModel : WizardModel<NoteWizardInput>
{
    private static readonly string[] StepTitles = ["Name", "Tags", "Plan", "Run"];

    public override IReadOnlyList<string> Titles => StepTitles;

    public bool Unmappable { get; set; }

    public static NoteWizardModel FromJson(string? json) => FromJson<NoteWizardModel>(json);

    protected override void BeforeNext() => Input.Name = Input.Name.Trim();

    protected override IReadOnlyList<WizardValidationError> Validate() =>
        [
            .. Input.Name.Length == 0 ? [new WizardValidationError(nameof(Input.Name), "Give the note a name.")] : Array.Empty<WizardValidationError>(),
            .. WizardTags.Validate(Input.Tags, "ECS", WizardTags.Owner),
        ];

    protected override int StepOf(string field) => field == nameof(Input.Name) ? 0 : 1;

    protected override (WizardPlan? Plan, IReadOnlyList<WizardValidationError> Errors) MakePlan()
    {
        var errors = Validate();
        return errors.Count > 0
            ? (null, errors)
            : (new WizardPlan("note", Input.Name, [new PlannedCall(Unmappable ? "notes" : "logs", "CreateLogGroup", $$"""{"logGroupName":"/notes/{{Input.Name}}"}""", $"note {Input.Name}", null, "DescribeLogGroups")]), []);
    }
}

public sealed class NoteWizardInput
{
    public string Name { get; set; } = "";

    public List<WizardTag> Tags { get; set; } = [new("team", ""), new("service", "")];

    public NoteKind Kind { get; set; }
}

public enum NoteKind
{
    Fargate,
    Ec2,
}

public sealed class WizardModelTests
{
    private static NoteWizardModel Named(string name = "release")
    {
        var model = new NoteWizardModel();
        model.Input.Name = name;
        return model;
    }

    [Fact]
    public void Steps_PlanAndRunAreTheLastTwo()
    {
        var model = new NoteWizardModel();

        Assert.Equal(2, model.PlanStep);
        Assert.Equal(3, model.RunStep);
        Assert.Equal(0, model.CorrectionStep);
    }

    [Fact]
    public void Next_FieldOfThisStepWrong_StaysWithItsMessageOnly()
    {
        var model = Named("  ");

        Assert.False(model.Next());

        Assert.Equal(0, model.Step);
        Assert.Equal("Give the note a name.", Assert.Single(model.Errors).Message);
    }

    [Fact]
    public void Next_LaterStepsFieldsWrong_MovesOnAndLeavesThemForTheirStep()
    {
        var model = Named();

        Assert.True(model.Next());

        Assert.Equal(1, model.Step);
        Assert.Empty(model.Errors);
        Assert.False(model.Next());
        Assert.Contains(model.Errors, e => e.Message.StartsWith("Tag 'team' needs a value", StringComparison.Ordinal));
    }

    [Fact]
    public void Next_ToThePlanStep_BuildsThePlan()
    {
        var model = Named();
        model.Input.Tags = [new("team", "ops"), new("service", "notes")];

        model.Next();
        Assert.True(model.Next());

        Assert.Equal(model.PlanStep, model.Step);
        Assert.Equal("logs:CreateLogGroup", Assert.Single(model.Plan!.Calls).Action);
        model.Next();
        Assert.Equal(model.PlanStep, model.Step);
    }

    [Fact]
    public void Back_ClearsTheMessagesAndStopsAtTheFirstStep()
    {
        var model = Named("");
        model.Next();

        model.Back();
        model.Back();

        Assert.Equal(0, model.Step);
        Assert.Empty(model.Errors);
    }

    [Fact]
    public void Invalidate_AfterAnEdit_DropsThePlanAndWhatExists()
    {
        var model = Named();
        model.Input.Tags = [new("team", "ops"), new("service", "notes")];
        Assert.True(model.BuildPlan());
        model.Existing = [];

        model.Invalidate();

        Assert.Null(model.Plan);
        Assert.Null(model.Existing);
    }

    [Fact]
    public void Exports_WithAPlan_AreScriptAndTemplate()
    {
        var model = Named();
        model.Input.Tags = [new("team", "ops"), new("service", "notes")];

        Assert.Equal("", model.CliScript());
        Assert.Equal("", model.CloudFormation());
        Assert.True(model.BuildPlan());

        Assert.Contains("aws logs create-log-group", model.CliScript(), StringComparison.Ordinal);
        Assert.Contains("AWS::Logs::LogGroup", model.CloudFormation(), StringComparison.Ordinal);
    }

    // Every wizard catches what the most careful one did: a call without a CloudFormation mapping says so, as JSON.
    [Fact]
    public void CloudFormation_CallWithoutAMapping_SaysSoAsJsonInsteadOfThrowing()
    {
        var model = Named();
        model.Input.Tags = [new("team", "ops"), new("service", "notes")];
        model.Unmappable = true;
        Assert.True(model.BuildPlan());

        var error = JsonNode.Parse(model.CloudFormation())!["Error"]!.GetValue<string>();

        Assert.StartsWith("This plan cannot be exported as CloudFormation: notes:CreateLogGroup", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_RoundTrip_KeepsTheInputWithEnumsByName()
    {
        var model = Named();
        model.Input.Kind = NoteKind.Ec2;

        var json = model.InputAsJson();
        var copy = NoteWizardModel.FromJson(json);

        Assert.Contains("\"Ec2\"", json, StringComparison.Ordinal);
        Assert.Equal("release", copy.Input.Name);
        Assert.Equal(NoteKind.Ec2, copy.Input.Kind);
    }

    [Fact]
    public void FromJson_EnumJournaledAsANumber_StillReads()
    {
        Assert.Equal(NoteKind.Ec2, NoteWizardModel.FromJson("""{"Name":"n","Kind":1}""").Input.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    public void FromJson_NothingOrUnreadable_StartsFresh(string? json)
    {
        var model = NoteWizardModel.FromJson(json);

        Assert.Equal("", model.Input.Name);
        Assert.Equal(0, model.Step);
    }

    [Fact]
    public void SetReadProblem_NullClearsIt()
    {
        var model = new NoteWizardModel();

        model.SetReadProblem("tags", "ECR DescribeImages failed.");
        model.SetReadProblem("roles", "IAM ListRoles failed.");
        model.SetReadProblem("tags", null);

        Assert.Equal("IAM ListRoles failed.", Assert.Single(model.ReadProblems).Value);
    }

    // The four wizards: each catches an unreadable journaled input (only the service wizard did before).
    [Fact]
    public void FourWizards_UnreadableJournaledInput_OpenWithAFreshInput()
    {
        Assert.Equal("", ClusterWizardModel.FromJson("{not json").Input.ClusterName);
        Assert.Equal("users", IamRolesWizardModel.FromJson("{\"Roles\": 5}").Input.ServiceName);
        Assert.Single(TaskDefinitionWizardModel.FromJson("{\"Containers\": \"x\"}").Input.Containers);
        Assert.Equal("", ServiceWizardModel.FromJson("{not json").Input.ServiceName);
    }

    [Fact]
    public void IamRoles_CorrectTheInput_LeadsToTheNames()
    {
        Assert.Equal(1, new IamRolesWizardModel().CorrectionStep);
        Assert.Equal(0, new ClusterWizardModel().CorrectionStep);
    }

    // The IAM wizard's Next now checks its step like the others: a taken-apart name stops it on the names step.
    [Fact]
    public void IamRoles_NextWithABadName_StaysOnTheNamesStep()
    {
        var model = new IamRolesWizardModel();
        model.Next();
        model.Input.TaskRoleName = "users task";
        model.Input.Tags = [new("team", "identity"), new("service", "users")];

        Assert.False(model.Next());

        Assert.Equal(1, model.Step);
        Assert.Contains("letters, digits", model.ErrorFor(nameof(IamRolesWizardInput.TaskRoleName)), StringComparison.Ordinal);
    }
}
