using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Http;

public sealed class AwsTelemetryTests
{
    [Fact]
    public async Task SendAsync_ThrottledThenOk_TracesTheCallAndCountsAttemptsAndThrottlesAsync()
    {
        // The operation name is unique to this test, so measurements of tests running alongside are told apart.
        const string Operation = "ListClustersTelemetryProbe";
        var activities = new List<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AwsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (activities)
                {
                    if (activity.GetTagItem("aws.operation") as string == Operation)
                    {
                        activities.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(activityListener);
        var measurements = new List<(string Instrument, double Value, string? Outcome)>();
        using var meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AwsTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? operation = null, outcome = null;
            foreach (var tag in tags)
            {
                operation = tag.Key == "aws.operation" ? tag.Value as string : operation;
                outcome = tag.Key == "aws.outcome" ? tag.Value as string : outcome;
            }

            if (operation == Operation)
            {
                lock (measurements)
                {
                    measurements.Add((instrument.Name, value, outcome));
                }
            }
        }

        meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        meterListener.Start();
        using var aws = new TestAws();
        aws.Handler.Respond(HttpStatusCode.BadRequest, """{"__type":"ThrottlingException","message":"Rate exceeded"}""", ("x-amzn-RequestId", "req-1"))
            .RespondJson("{}");

        await aws.RunAsync(() => aws.Pipeline.SendAsync(AwsServices.Ecs, Operation, AwsJsonProtocol.CreateRequest(AwsServices.Ecs, Operation, null),
            AwsJsonProtocol.ParseError, CancellationToken.None));

        var call = Assert.Single(activities);
        Assert.Equal("ECS", call.GetTagItem("aws.service"));
        Assert.Equal(2, call.GetTagItem("aws.attempts"));
        Assert.Equal(1, call.GetTagItem("aws.throttles"));
        Assert.Equal("req-ok", call.GetTagItem("aws.request_id"));
        Assert.Equal(ActivityStatusCode.Ok, call.Status);
        Assert.Equal(
            [("ecsconsole.aws.attempts", 1, "ThrottlingException"), ("ecsconsole.aws.attempts", 1, "ok")],
            measurements.Where(m => m.Instrument == "ecsconsole.aws.attempts").ToList());
        Assert.Equal(1, measurements.Count(m => m.Instrument == "ecsconsole.aws.throttles"));
        Assert.Equal(2, measurements.Count(m => m.Instrument == "ecsconsole.aws.budget_wait"));
    }
}
