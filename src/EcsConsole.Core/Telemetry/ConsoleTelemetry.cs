using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EcsConsole.Core.Telemetry;

/// <summary>
/// The service layer's own telemetry in plain System.Diagnostics (the host decides whether and where it is exported):
/// a span per monitor poll (<c>ecsconsole.poll</c>: monitor, connection, outcome) and the metrics
/// <c>ecsconsole.poll.lag</c> (seconds from when a poll was due until its data was published, per monitor),
/// <c>ecsconsole.polls</c> (per monitor and outcome), <c>ecsconsole.live.subscribers</c> (live change-feed subscribers now),
/// <c>ecsconsole.wizard.steps</c> (wizard steps reaching a state, per operation and state) and
/// <c>ecsconsole.rollout.state_changes</c> (a service's rollout state seen to change, per from and to state).
/// </summary>
public static class ConsoleTelemetry
{
    public const string Name = "EcsConsole.Core";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> PollLag =
        Meter.CreateHistogram<double>("ecsconsole.poll.lag", "s", "Time from when a monitor's poll was due until its data was published.");

    private static readonly Counter<long> Polls =
        Meter.CreateCounter<long>("ecsconsole.polls", "{poll}", "Monitor polls completed, by monitor and outcome.");

    private static readonly UpDownCounter<long> LiveSubscribers =
        Meter.CreateUpDownCounter<long>("ecsconsole.live.subscribers", "{subscriber}", "Subscribers of the live change feeds now.");

    private static readonly Counter<long> WizardSteps =
        Meter.CreateCounter<long>("ecsconsole.wizard.steps", "{step}", "Wizard steps that reached a state, by operation and state.");

    private static readonly Counter<long> RolloutStateChanges =
        Meter.CreateCounter<long>("ecsconsole.rollout.state_changes", "{change}", "Services whose rollout state changed between two polls, by from and to state.");

    /// <summary>Starts the span of one poll of <paramref name="monitor"/>; null when nobody listens.</summary>
    public static Activity? StartPoll(string monitor, string connection)
    {
        var activity = ActivitySource.StartActivity("ecsconsole.poll", ActivityKind.Internal);
        activity?.SetTag("ecsconsole.monitor", monitor);
        activity?.SetTag("ecsconsole.connection", connection);
        return activity;
    }

    /// <summary>Ends a poll: its lag and outcome, on the metrics and on its span.</summary>
    public static void PollEnded(Activity? activity, string monitor, TimeSpan lag, Exception? error)
    {
        var outcome = error is null ? "ok" : "failed";
        PollLag.Record(lag.TotalSeconds, new KeyValuePair<string, object?>("ecsconsole.monitor", monitor));
        Polls.Add(1, new KeyValuePair<string, object?>("ecsconsole.monitor", monitor), new KeyValuePair<string, object?>("ecsconsole.outcome", outcome));
        if (activity is not null)
        {
            activity.SetTag("ecsconsole.outcome", outcome);
            activity.SetTag("ecsconsole.poll.lag_s", lag.TotalSeconds);
            if (error is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, error.Message);
            }
        }
    }

    internal static void SubscriberAdded() => LiveSubscribers.Add(1);

    internal static void SubscriberRemoved() => LiveSubscribers.Add(-1);

    internal static void WizardStep(string operation, string state) =>
        WizardSteps.Add(1, new KeyValuePair<string, object?>("ecsconsole.operation", operation), new KeyValuePair<string, object?>("ecsconsole.state", state));

    internal static void RolloutStateChanged(string from, string to) =>
        RolloutStateChanges.Add(1, new KeyValuePair<string, object?>("ecsconsole.from", from), new KeyValuePair<string, object?>("ecsconsole.to", to));
}
