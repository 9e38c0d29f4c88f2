using System.Collections.Immutable;
using Amazon.Runtime;
using EcsConsole.Aws;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
using EcsConsole.Core.Timeline;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Core.Tests.Catalog;

public sealed class TimelineFeedTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly AwsConnection _connection = new(new AwsConnectionSettings("eu-west-1", null, "http://127.0.0.1:1", new BasicAWSCredentials("k", "s"), "test"));

    [Fact]
    public void OnSnapshot_SameEventsOnTwoPolls_OneEntryEach()
    {
        using var feed = new TimelineFeed(_connection, _time);
        var activity = Activity(events: [Event("e1", "has reached a steady state."), Event("e2", "has started 1 tasks.")]);

        feed.OnSnapshot(Snapshot(activity));
        feed.OnSnapshot(Snapshot(activity));

        Assert.Equal(2, feed.Current.Count(e => e.Kind == TimelineKind.ServiceEvent));
        Assert.All(feed.Current, e => Assert.Equal(("prod", "users"), (e.Cluster, e.Service)));
    }

    [Fact]
    public void OnSnapshot_NewDeploymentAppears_AddsDeploymentStarted()
    {
        using var feed = new TimelineFeed(_connection, _time);
        feed.OnSnapshot(Snapshot(Activity(deployments: [Deployment("ecs-svc/1", "PRIMARY", "COMPLETED")])));

        feed.OnSnapshot(Snapshot(Activity(deployments:
        [
            Deployment("ecs-svc/2", "PRIMARY", "IN_PROGRESS", "users:6"),
            Deployment("ecs-svc/1", "ACTIVE", "COMPLETED"),
        ])));

        var started = Assert.Single(feed.Current, e => e.Kind == TimelineKind.DeploymentStarted && e.Message.Contains("ecs-svc/2"));
        Assert.Contains("users:6", started.Message);
    }

    [Fact]
    public void OnSnapshot_RolloutCompletes_AddsOneCompletedEntry()
    {
        using var feed = new TimelineFeed(_connection, _time);
        feed.OnSnapshot(Snapshot(Activity(deployments: [Deployment("ecs-svc/2", "PRIMARY", "IN_PROGRESS")])));
        Assert.DoesNotContain(feed.Current, e => e.Kind == TimelineKind.RolloutChanged);

        feed.OnSnapshot(Snapshot(Activity(deployments: [Deployment("ecs-svc/2", "PRIMARY", "COMPLETED")])));
        feed.OnSnapshot(Snapshot(Activity(deployments: [Deployment("ecs-svc/2", "PRIMARY", "COMPLETED")])));

        Assert.Single(feed.Current, e => e.Kind == TimelineKind.DeploymentCompleted);
    }

    [Fact]
    public void OnSnapshot_RolloutFails_EntryCarriesTheReason()
    {
        using var feed = new TimelineFeed(_connection, _time);
        feed.OnSnapshot(Snapshot(Activity(deployments: [Deployment("ecs-svc/3", "PRIMARY", "IN_PROGRESS")])));

        feed.OnSnapshot(Snapshot(Activity(deployments: [Deployment("ecs-svc/3", "PRIMARY", "FAILED") with { RolloutStateReason = "circuit breaker triggered" }])));

        var failed = Assert.Single(feed.Current, e => e.Kind == TimelineKind.DeploymentFailed);
        Assert.Contains("circuit breaker triggered", failed.Message);
    }

    [Fact]
    public async Task Subscribe_NewEventAfterSubscribing_ArrivesAsAddedChange()
    {
        using var feed = new TimelineFeed(_connection, _time);
        feed.OnSnapshot(Snapshot(Activity(events: [Event("e1", "old")])));
        using var stop = new CancellationTokenSource();
        var subscription = feed.Subscribe(stop.Token);
        await using var stream = subscription.Changes.GetAsyncEnumerator();

        feed.OnSnapshot(Snapshot(Activity(events: [Event("e2", "new"), Event("e1", "old")])));
        var next = stream.MoveNextAsync().AsTask();
        _time.Advance(ChangeFeed<TimelineEntry>.BatchWindow);

        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(10)));
        var change = Assert.Single(stream.Current);
        Assert.Equal((ChangeKind.Added, "(service users) new"), (change.Kind, change.Item.Message));
        Assert.Single(subscription.InitialState);
    }

    [Fact]
    public void ConnectionSwitch_ClearsTheTimeline()
    {
        using var feed = new TimelineFeed(_connection, _time);
        feed.OnSnapshot(Snapshot(Activity(events: [Event("e1", "old")])));

        _connection.Switch(_connection.Current with { Region = "us-east-1" });

        Assert.Empty(feed.Current);
    }

    private ServiceEventFact Event(string id, string message) => new(id, _time.GetUtcNow(), $"(service users) {message}");

    private DeploymentFact Deployment(string id, string status, string rollout, string taskDefinition = "users:5") =>
        new(id, status, taskDefinition, rollout, null, 3, 3, 0, 0, Start.AddMinutes(-5), _time.GetUtcNow());

    private static ServiceActivity Activity(ServiceEventFact[]? events = null, DeploymentFact[]? deployments = null) =>
        new("prod", "users", new ValueList<ServiceEventFact>(events ?? []), new ValueList<DeploymentFact>(deployments ?? []));

    private static FleetSnapshot Snapshot(params ServiceActivity[] activity) =>
        new([], ImmutableDictionary<string, ImmutableArray<ServiceSummary>>.Empty, activity);
}
