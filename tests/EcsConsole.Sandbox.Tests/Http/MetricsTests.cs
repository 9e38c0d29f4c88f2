using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Protocol;
using EcsConsole.Sandbox.Protocol.CloudWatch;
using Microsoft.Extensions.Time.Testing;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>CloudWatch GetMetricData over the simulated fleet: values follow the simulation, are deterministic, and the AWS CLI reads them.</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(SandboxTestContext.Start);
    private SandboxServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await SandboxServer.StartAsync(SandboxTestContext.Options(), _time, CancellationToken.None);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static JsonObject Query(string id, string ns, string metric, string stat, int period, params (string Name, string Value)[] dimensions) => new()
    {
        ["Id"] = id,
        ["MetricStat"] = new JsonObject
        {
            ["Metric"] = new JsonObject
            {
                ["Namespace"] = ns,
                ["MetricName"] = metric,
                ["Dimensions"] = new JsonArray(dimensions.Select(d => (JsonNode)new JsonObject { ["Name"] = d.Name, ["Value"] = d.Value }).ToArray()),
            },
            ["Period"] = period,
            ["Stat"] = stat,
        },
    };

    private JsonObject Read(DateTimeOffset start, DateTimeOffset end, params JsonObject[] queries) =>
        _server.Engine.ReadMetrics((_, metrics) => MetricDataAnswer.Answer(new JsonInput(new JsonObject
        {
            ["MetricDataQueries"] = new JsonArray(queries),
            ["StartTime"] = start.ToUnixTimeSeconds(),
            ["EndTime"] = end.ToUnixTimeSeconds(),
            ["ScanBy"] = "TimestampAscending",
        }), metrics));

    private static double[] Values(JsonObject answer, int index) =>
        answer["MetricDataResults"]![index]!["Values"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();

    [Fact]
    public void GetMetricData_ScaledOut_CpuPerTaskFalls()
    {
        _time.Advance(TimeSpan.FromMinutes(10));
        var before = _time.GetUtcNow();
        _server.Engine.Ecs.UpdateService("prod", "users", desiredCount: 12);
        _time.Advance(TimeSpan.FromMinutes(10));
        var cpu = () => Query("cpu", "AWS/ECS", "CPUUtilization", "Average", 300, ("ClusterName", "prod"), ("ServiceName", "users"));

        var earlier = Values(Read(before - TimeSpan.FromMinutes(10), before, cpu()), 0);
        var later = Values(Read(_time.GetUtcNow() - TimeSpan.FromMinutes(5), _time.GetUtcNow(), cpu()), 0);

        Assert.NotEmpty(earlier);
        Assert.NotEmpty(later);
        Assert.True(later.Average() < earlier.Average() * 0.75, $"CPU with 12 tasks {later.Average():0.0}% should be well below {earlier.Average():0.0}% before");
    }

    [Fact]
    public void GetMetricData_SameRangeTwice_AnswersTheSameValues()
    {
        _time.Advance(TimeSpan.FromMinutes(30));
        var now = _time.GetUtcNow();
        JsonObject Latency() => Query("p90", "AWS/ApplicationELB", "TargetResponseTime", "p90", 60, ("TargetGroup", TargetGroupOf("prod", "users")));

        var first = Values(Read(now - TimeSpan.FromHours(1), now, Latency()), 0);
        var second = Values(Read(now - TimeSpan.FromHours(1), now, Latency()), 0);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.All(first, v => Assert.InRange(v, 0.01, 2));
    }

    [Fact]
    public void GetMetricData_ContainerInsightsOnlyWhereEnabled()
    {
        _time.Advance(TimeSpan.FromMinutes(5));
        var now = _time.GetUtcNow();

        var answer = Read(now - TimeSpan.FromMinutes(5), now,
            Query("prod", "ECS/ContainerInsights", "RunningTaskCount", "Maximum", 60, ("ClusterName", "prod"), ("ServiceName", "users")),
            Query("staging", "ECS/ContainerInsights", "RunningTaskCount", "Maximum", 60, ("ClusterName", "staging"), ("ServiceName", "users")));

        Assert.NotEmpty(Values(answer, 0));
        Assert.Empty(Values(answer, 1));
    }

    [Fact]
    public void GetMetricData_ExpressionQuery_RefusedWithWhatToSend()
    {
        var now = _time.GetUtcNow();

        var error = Assert.Throws<SandboxApiException>(() => Read(now - TimeSpan.FromHours(1), now, new JsonObject { ["Id"] = "e", ["Expression"] = "SUM(METRICS())" }));

        Assert.Equal("InvalidParameterValueException", error.Code);
        Assert.Contains("MetricStat", error.Message, StringComparison.Ordinal);
    }

    [RequiresAwsCliFact]
    public async Task AwsCli_GetMetricData_ReadsServiceCpu()
    {
        _time.Advance(TimeSpan.FromMinutes(20));
        var cli = new AwsCli(_server.Url, "test", "test");
        var end = _time.GetUtcNow();

        var answer = await cli.JsonAsync("cloudwatch", "get-metric-data",
            "--start-time", (end - TimeSpan.FromMinutes(15)).ToString("O"), "--end-time", end.ToString("O"),
            "--metric-data-queries",
            """[{"Id":"cpu","MetricStat":{"Metric":{"Namespace":"AWS/ECS","MetricName":"CPUUtilization","Dimensions":[{"Name":"ClusterName","Value":"prod"},{"Name":"ServiceName","Value":"users"}]},"Period":60,"Stat":"Average"}}]""");

        var result = answer["MetricDataResults"]![0]!;
        Assert.Equal("Complete", result["StatusCode"]!.GetValue<string>());
        Assert.InRange(result["Values"]!.AsArray().Count, 10, 15);
        Assert.Equal(result["Values"]!.AsArray().Count, result["Timestamps"]!.AsArray().Count);
    }

    private string TargetGroupOf(string cluster, string service) =>
        _server.Engine.Read(state =>
        {
            var arn = state.FindCluster(cluster)!.Services.Single(s => s.Name == service).TargetGroupArn!;
            return arn[arn.IndexOf("targetgroup/", StringComparison.Ordinal)..];
        });
}
