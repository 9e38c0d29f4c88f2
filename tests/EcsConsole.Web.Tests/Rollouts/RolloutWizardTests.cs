using EcsConsole.Web.Model.Rollouts;

namespace EcsConsole.Web.Tests.Rollouts;

public sealed class RolloutWizardTests
{
    private static RolloutWizard Wizard(bool production = false)
    {
        var wizard = new RolloutWizard("prod", "news", "news:7", production);
        wizard.SetContainers(RolloutSamples.Revision(7, $"{RolloutSamples.Registry}/news:1.4.1").Containers);
        return wizard;
    }

    [Fact]
    public void ChangedImages_PickEqualsCurrentImage_IsLeftOut()
    {
        var wizard = Wizard();

        wizard.ChooseImage("news", $"{RolloutSamples.Registry}/news:1.4.1");

        Assert.Empty(wizard.ChangedImages);
        Assert.Equal("Pick a new image for at least one container.", wizard.ChoiceProblem);
    }

    [Fact]
    public void ChangedImages_NewTag_NamesOnlyThatContainer()
    {
        var wizard = Wizard();

        wizard.ChooseImage("news", $"{RolloutSamples.Registry}/news:broken");

        Assert.Equal(new Dictionary<string, string> { ["news"] = $"{RolloutSamples.Registry}/news:broken" }, wizard.ChangedImages);
        Assert.True(wizard.CanPlan);
    }

    [Fact]
    public void ChoiceProblem_RevisionRunningNow_AsksForAnother()
    {
        var wizard = Wizard();
        wizard.Source = RolloutSource.ExistingRevision;

        wizard.Revision = "news:7";

        Assert.Contains("already runs news:7", wizard.ChoiceProblem);
    }

    [Fact]
    public void CanPlan_ForceNewDeployment_NeedsNoChoice()
    {
        var wizard = Wizard();

        wizard.Source = RolloutSource.ForceNewDeployment;

        Assert.True(wizard.CanPlan);
    }

    [Fact]
    public void CanStart_PlannedWithoutNote_IsFalseUntilANoteIsWritten()
    {
        var wizard = Wizard();
        wizard.Planned(RolloutSamples.ImagePlan());
        Assert.False(wizard.CanStart);

        wizard.Confirm.Note = "  fixes the feed cache  ";

        Assert.True(wizard.CanStart);
        Assert.Equal("fixes the feed cache", wizard.Confirm.NoteText);
        Assert.Null(wizard.Confirm.ConfirmationText);
    }

    [Fact]
    public void CanStart_ProductionWithWrongName_IsFalseAndSaysWhatToType()
    {
        var wizard = Wizard(production: true);
        wizard.Planned(RolloutSamples.ImagePlan());
        wizard.Confirm.Note = "release 1.5";

        wizard.Confirm.Confirmation = "users";

        Assert.False(wizard.CanStart);
        Assert.Contains("type the service name “news”", wizard.Confirm.Problem);
        wizard.Confirm.Confirmation = "news";
        Assert.True(wizard.CanStart);
        Assert.Equal("news", wizard.Confirm.ConfirmationText);
    }

    [Fact]
    public void Back_AfterPlanning_DropsThePlan()
    {
        var wizard = Wizard();
        wizard.Planned(RolloutSamples.ImagePlan());

        wizard.Back();

        Assert.False(wizard.IsConfirming);
        Assert.Null(wizard.Plan);
    }

    [Fact]
    public void Problem_NoteTooLong_AsksToShortenIt()
    {
        var confirmation = new ChangeConfirmation("staging", "news", requiresConfirmation: false) { Note = new string('x', ChangeConfirmation.MaxNoteLength + 1) };

        Assert.Contains("under 500 characters", confirmation.Problem);
    }

    [Fact]
    public void Problem_OptionalNoteLeftEmpty_IsComplete()
    {
        var confirmation = new ChangeConfirmation("staging", "news", requiresConfirmation: false, noteRequired: false);

        Assert.True(confirmation.IsComplete);
    }
}
