using EcsConsole.Core.Delivery;
using EcsConsole.Web.Model.Delivery;

namespace EcsConsole.Web.Tests.Delivery;

public sealed class PolicyEditorModelTests
{
    [Fact]
    public void ChooseService_NewPolicy_DefaultsRepositoryAndName()
    {
        var model = new PolicyEditorModel { Cluster = "staging" };

        model.ChooseService("news");

        Assert.Equal("news", model.Repository);
        Assert.Equal("news-auto", model.Name);
    }

    [Fact]
    public void Problems_BadPatternAndHalfWindow_SayWhatToFix()
    {
        var model = new PolicyEditorModel { Name = "news-v", Cluster = "staging", Service = "news", Repository = "news", TagPattern = ">=x", QuietFrom = "22:00" };

        var problems = model.Problems;

        Assert.Contains(problems, p => p.StartsWith("Tag pattern:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Quiet window: give both", StringComparison.Ordinal));
    }

    [Fact]
    public void Matching_VersionRange_ListsTheTagsItMatchesNow()
    {
        var model = new PolicyEditorModel { TagPattern = ">=2.3.0 <3" };

        Assert.Equal(["2.3.0", "v2.9.1"], model.Matching(["latest", "2.2.9", "v2.9.1", "3.0.0", "2.3.0", "broken"]));
    }

    [Fact]
    public void For_SavedPolicy_RoundTripsThroughTheInput()
    {
        var policy = new DeliveryPolicy
        {
            Name = "news-v", Cluster = "prod", Service = "news", Repository = "news", TagPattern = "v*", RequireApproval = true,
            QuietStartMinute = 22 * 60, QuietEndMinute = 6 * 60, CreatedBy = "admin",
        };

        var model = PolicyEditorModel.For(policy);
        var again = model.ToInput().ToPolicy("admin", DateTimeOffset.UnixEpoch);

        Assert.True(model.IsExisting);
        Assert.Equal(("22:00", "06:00"), (model.QuietFrom, model.QuietTo));
        Assert.Equal((policy.QuietStartMinute, policy.QuietEndMinute, policy.RequireApproval, policy.TagPattern), (again.QuietStartMinute, again.QuietEndMinute, again.RequireApproval, again.TagPattern));
        Assert.Empty(model.Problems);
    }

    [Fact]
    public void ConfirmationComplete_Production_NeedsTheServiceName()
    {
        var model = new PolicyEditorModel { Service = "news" };

        Assert.False(model.ConfirmationComplete(production: true));
        model.Confirmation = "news";
        Assert.True(model.ConfirmationComplete(production: true));
        Assert.True(new PolicyEditorModel().ConfirmationComplete(production: false));
    }
}
