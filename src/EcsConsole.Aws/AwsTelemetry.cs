using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EcsConsole.Aws;

/// <summary>
/// The console's AWS telemetry in plain System.Diagnostics (the host decides whether and where it is exported): one
/// activity per AWS call (<c>aws.service</c>, <c>aws.operation</c>, <c>aws.request_id</c>, <c>aws.attempts</c>,
/// <c>aws.throttles</c>, <c>aws.error_code</c>), and the metrics <c>ecsconsole.aws.attempts</c> (per service, operation and
/// outcome), <c>ecsconsole.aws.throttles</c> and <c>ecsconsole.aws.budget_wait</c> (seconds an attempt waited for the rate budget).
/// </summary>
public static class AwsTelemetry
{
    public const string Name = "EcsConsole.Aws";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Attempts =
        Meter.CreateCounter<long>("ecsconsole.aws.attempts", "{attempt}", "AWS requests sent, by service, operation and outcome.");

    internal static readonly Counter<long> Throttles =
        Meter.CreateCounter<long>("ecsconsole.aws.throttles", "{attempt}", "AWS requests answered with a throttling error.");

    internal static readonly Histogram<double> BudgetWait =
        Meter.CreateHistogram<double>("ecsconsole.aws.budget_wait", "s", "Time an AWS request waited for a token of the rate budget.");

    /// <summary>Counts one attempt; called by the pipeline for each request it sends.</summary>
    internal static void RecordAttempt(AwsCallRecord record, bool throttled)
    {
        var tags = new TagList
        {
            { "aws.service", record.Service },
            { "aws.operation", record.Operation },
            { "aws.outcome", record.ErrorCode ?? "ok" },
        };
        Attempts.Add(1, tags);
        if (throttled)
        {
            Throttles.Add(1, new TagList { { "aws.service", record.Service }, { "aws.operation", record.Operation } });
        }

        BudgetWait.Record(record.BudgetWait.TotalSeconds, new TagList { { "aws.service", record.Service }, { "aws.operation", record.Operation } });
    }
}
