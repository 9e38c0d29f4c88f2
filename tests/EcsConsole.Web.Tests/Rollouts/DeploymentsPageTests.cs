using Bunit;
using EcsConsole.Core.Rollouts;
using EcsConsole.Web.Components.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Web.Tests.Rollouts;

public sealed class DeploymentsPageTests : RolloutComponentTest
{
    private static DeploymentHistoryEntry Entry(string id, DeploymentOutcome? outcome, string from, string to, string? who = null, string? note = null) => new()
    {
        DeploymentArn = $"arn:aws:ecs:eu-west-1:000000000000:service-deployment/prod/news/{id}",
        Status = outcome switch { DeploymentOutcome.Succeeded => "SUCCESSFUL", DeploymentOutcome.RolledBack => "ROLLBACK_SUCCESSFUL", null => "IN_PROGRESS", _ => "STOPPED" },
        Outcome = outcome,
        CreatedAt = RolloutSamples.At,
        StartedAt = RolloutSamples.At,
        Duration = outcome is null ? null : TimeSpan.FromSeconds(245),
        SourceTaskDefinitions = [from],
        TargetTaskDefinition = to,
        StartedBy = who,
        Note = note,
        Kind = who is null ? null : RolloutKind.Images,
        RollbackReason = outcome == DeploymentOutcome.RolledBack ? "Circuit breaker tripped" : null,
    };

    private IRenderedComponent<Deployments> RenderNews()
    {
        RenderProviders();
        return Context.Render<Deployments>(p => p.Add(c => c.ClusterName, "prod").Add(c => c.ServiceName, "news"));
    }

    [Fact]
    public void Render_History_ShowsTruthfulOutcomesWhoWhyAndRevisions()
    {
        History.Entries.Add(Entry("d2", DeploymentOutcome.RolledBack, "news:8", "news:9", "olivia", "try the broken build"));
        History.Entries.Add(Entry("d1", DeploymentOutcome.Succeeded, "news:7", "news:8"));

        var page = RenderNews();

        page.WaitForAssertion(() => Assert.Equal(["Rolled back", "Succeeded"], page.FindAll("[data-testid=outcome-chip]").Select(c => c.TextContent.Trim())));
        var who = page.FindAll("[data-testid=history-who]");
        Assert.Contains("olivia (new image): try the broken build", who[0].TextContent);
        Assert.Contains("not started from this console", who[1].TextContent);
        Assert.Equal("news:8 → news:9", page.FindAll("[data-testid=history-revisions]")[0].TextContent.Trim());
        Assert.Contains("Circuit breaker tripped", page.FindAll("[data-testid=history-outcome]")[0].TextContent);
        Assert.Equal("/clusters/prod/services/news/deployments/d2", page.FindAll("[data-testid=history-link]")[0].GetAttribute("href"));
        Assert.Contains("4 min 05 s", page.Markup);
    }

    [Fact]
    public void Render_RolledBackAfterASuccess_MarksThatSuccessRunningNowAndOffersOnlyOlderOnes()
    {
        History.Entries.Add(Entry("d3", DeploymentOutcome.RolledBack, "news:8", "news:9"));
        History.Entries.Add(Entry("d2", DeploymentOutcome.Succeeded, "news:7", "news:8"));
        History.Entries.Add(Entry("d1", DeploymentOutcome.Succeeded, "news:6", "news:7"));

        var page = RenderNews();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=history-rollback]")));
        var rows = page.FindAll("[data-testid=deployment-history] tbody tr");
        Assert.NotNull(rows[1].QuerySelector("[data-testid=history-running-now]"));
        Assert.NotNull(rows[2].QuerySelector("[data-testid=history-rollback]"));
    }

    [Fact]
    public void RollBack_OlderSucceededRow_RollsBackWithTheNoteAndOpensTheDeployment()
    {
        History.Entries.Add(Entry("d2", DeploymentOutcome.Succeeded, "news:8", "news:9"));
        History.Entries.Add(Entry("d1", DeploymentOutcome.Succeeded, "news:7", "news:8"));
        var page = RenderNews();

        var buttons = page.WaitForElements("[data-testid=history-rollback]");
        Assert.Single(buttons);
        buttons[0].Click();
        TypeNote("9 breaks the feed");
        ClickWhenEnabled("confirm-change");

        page.WaitForAssertion(() => Assert.Equal(["rollback prod/news news:8 note=9 breaks the feed confirm="], Rollouts.Calls));
        var navigation = Context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => Assert.EndsWith("/clusters/prod/services/news/deployments/dep1", navigation.Uri));
    }

    [Fact]
    public void Render_HistoryFails_ShowsAwsErrorForPeople()
    {
        History.Failure = new EcsConsole.Aws.AwsServiceException("ecs", "ListServiceDeployments", "AccessDeniedException", "not authorized", "req-9", System.Net.HttpStatusCode.BadRequest);

        var page = RenderNews();

        page.WaitForAssertion(() => Assert.Contains("Reading the service's deployments from ECS failed (AccessDeniedException): not authorized", page.Find("[data-testid=operation-problem]").TextContent));
    }

    [Fact]
    public void Render_DerivedHistory_SaysWhyAndWhatItCanKnow()
    {
        History.DerivedReason = "this endpoint does not offer ListServiceDeployments";
        History.Entries.Add(Entry("d1", DeploymentOutcome.Succeeded, "news:7", "news:8"));

        var page = RenderNews();

        page.WaitForAssertion(() => Assert.Contains(
            "This endpoint does not offer ListServiceDeployments; showing the history derived from the service's deployments.", page.Find("[data-testid=derived-note]").TextContent));
        Assert.Contains("rollout journal", page.Find("[data-testid=derived-note]").TextContent);
    }

    [Fact]
    public void Render_JournalOnlyRow_SaysEcsNoLongerListsItInsteadOfAnOutcome()
    {
        History.DerivedReason = "this endpoint does not offer ListServiceDeployments";
        History.Entries.Add(Entry("d1", null, "news:7", "news:8", "olivia", "old one") with { IsJournalOnly = true, Status = "NOT_LISTED" });

        var page = RenderNews();

        page.WaitForAssertion(() => Assert.Equal("not listed by ECS any more", page.Find("[data-testid=history-not-listed]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=outcome-chip]"));
        Assert.DoesNotContain("running", page.Find("[data-testid=deployment-history] tbody").TextContent);
    }

    [Fact]
    public void Render_HistoryFailsWithAnHtmlPage_ShowsStatusAndTitleNeverTheMarkup()
    {
        // An HTML 500 is what an endpoint without the operation answered (issue 12); a gateway's HTML 502-504 counts as passing.
        History.Failure = new EcsConsole.Aws.AwsServiceException(
            "ECS", "DescribeServices", "Http500", "<!doctype html><html><head><title>500 Internal Server Error</title></head><body>nginx</body></html>", null, System.Net.HttpStatusCode.InternalServerError)
        { BodyWasAwsError = false };

        var page = RenderNews();

        page.WaitForAssertion(() => Assert.Contains("HTTP 500 answered with a page that is not an AWS error (\"500 Internal Server Error\")", page.Find("[data-testid=operation-problem]").TextContent));
        Assert.DoesNotContain("doctype", page.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("nginx", page.Markup);
        Assert.Contains("trying again will not help", page.Find("[data-testid=operation-problem]").TextContent);
    }

    [Fact]
    public void Render_HistoryFailsWithAGatewayPage_SaysToTryAgainNeverTheMarkup()
    {
        History.Failure = new EcsConsole.Aws.AwsServiceException(
            "ECS", "DescribeServices", "Http502", "<!doctype html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", null, System.Net.HttpStatusCode.BadGateway)
        { BodyWasAwsError = false };

        var page = RenderNews();

        page.WaitForAssertion(() => Assert.Contains("HTTP 502 answered with a page that is not an AWS error (\"502 Bad Gateway\")", page.Find("[data-testid=operation-problem]").TextContent));
        Assert.DoesNotContain("nginx", page.Markup);
        Assert.DoesNotContain("trying again will not help", page.Find("[data-testid=operation-problem]").TextContent);
    }

    [Fact]
    public void Render_HistoryThrottled_SaysToTryAgain()
    {
        History.Failure = new EcsConsole.Aws.AwsServiceException("ECS", "ListServiceDeployments", "ThrottlingException", "Rate exceeded", "req-3", System.Net.HttpStatusCode.BadRequest);

        var page = RenderNews();

        page.WaitForAssertion(() => Assert.Contains("AWS is throttling requests: wait a few seconds and try again.", page.Find("[data-testid=operation-problem]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=derived-note]"));
    }

    [Fact]
    public void Render_Viewer_SeesRollbackDisabled()
    {
        SignInAs("vera", operatorRole: false);
        History.Entries.Add(Entry("d2", DeploymentOutcome.Succeeded, "news:8", "news:9"));
        History.Entries.Add(Entry("d1", DeploymentOutcome.Succeeded, "news:7", "news:8"));

        var page = RenderNews();

        page.WaitForAssertion(() => Assert.True(page.Find("[data-testid=history-rollback]").HasAttribute("disabled")));
    }
}
