using System.Collections.Immutable;
using Amazon.Runtime;
using Bunit;
using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Timeline;
using EcsConsole.Web.Components.Pages;
using EcsConsole.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Web.Tests.Catalog;

public sealed class TimelinePageTests : ConsoleComponentTest
{
    private readonly TimelineFeed _feed;

    public TimelinePageTests()
    {
        var connection = new AwsConnection(new AwsConnectionSettings("eu-west-1", null, "http://127.0.0.1:1", new BasicAWSCredentials("k", "s"), "test"));
        _feed = new TimelineFeed(connection, Time);
        Context.Services.AddSingleton(_feed);
        Context.Services.AddSingleton(connection);
        Context.Services.AddSingleton(new TimelineFeeds(_feed, connection, Time));
    }

    [Fact]
    public void Render_Entries_NewestFirst()
    {
        Publish(Activity("prod", "users", Event("e1", 1, "older")), Activity("prod", "news", Event("e2", 2, "newer")));

        var page = Context.Render<Timeline>();

        Assert.Equal(["newer", "older"], Messages(page));
    }

    [Fact]
    public void Render_NewEventAfterwards_AppearsOnTop()
    {
        Publish(Activity("prod", "users", Event("e1", 1, "first")));
        var page = Context.Render<Timeline>();

        Publish(Activity("prod", "users", Event("e2", 5, "second"), Event("e1", 1, "first")));
        Time.Advance(ChangeFeed<TimelineEntry>.BatchWindow);

        page.WaitForAssertion(() => Assert.Equal(["second", "first"], Messages(page)));
    }

    [Fact]
    public void Render_ServiceAndKindInUrl_ShowsOnlyMatchingEntries()
    {
        Publish(
            Activity("prod", "users", Event("e1", 1, "users event")) with
            {
                Deployments = new ValueList<DeploymentFact>([new DeploymentFact("ecs-svc/9", "PRIMARY", "users:6", "IN_PROGRESS", null, 3, 1, 2, 0, Time.GetUtcNow(), Time.GetUtcNow())]),
            },
            Activity("prod", "news", Event("e2", 2, "news event")));
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo("/timeline?service=users&kind=deployments");

        var page = Context.Render<Timeline>();

        var message = Assert.Single(Messages(page));
        Assert.Contains("ecs-svc/9", message);
    }

    private static List<string> Messages(IRenderedComponent<Timeline> page) =>
        [.. page.FindAll("[data-testid=timeline-message]").Select(m => m.TextContent.Trim())];

    private void Publish(params ServiceActivity[] activity) =>
        _feed.OnSnapshot(new FleetSnapshot([], ImmutableDictionary<string, ImmutableArray<ServiceSummary>>.Empty, activity));

    private ServiceEventFact Event(string id, int minute, string message) => new(id, Time.GetUtcNow().AddMinutes(minute), message);

    private static ServiceActivity Activity(string cluster, string service, params ServiceEventFact[] events) =>
        new(cluster, service, new ValueList<ServiceEventFact>(events), ValueList<DeploymentFact>.Empty);
}
