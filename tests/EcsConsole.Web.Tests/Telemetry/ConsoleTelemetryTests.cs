using System.Diagnostics;
using System.Net;
using EcsConsole.Core.Fleet;
using EcsConsole.Testing;
using EcsConsole.Web;
using EcsConsole.Web.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace EcsConsole.Web.Tests.Telemetry;

// The real app with telemetry on and in-memory exporters: a request and the fleet poll produce the spans and metrics the
// README names.
public sealed class ConsoleTelemetryTests : IAsyncLifetime
{
    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];
    private readonly string _store = Directory.CreateTempSubdirectory("ecsconsole-otel-").FullName;
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--Aws:Mode=Sandbox",
            "--Sandbox:Url=http://127.0.0.1:0",
            $"--Sandbox:StateDirectory={_store}",
            $"--Store:ConnectionString=Data Source={Path.Combine(_store, "ecsconsole.db")}",
            "--Telemetry:Enabled=true",
            "--Auth:BootstrapAdmin:Password=Admin-pass-123",
        ];
        var root = AwsModelLocator.RepositoryRoot ?? throw new InvalidOperationException("Repository root not found.");
        _app = EcsConsoleHost.Build(args, new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = "Development",
            ApplicationName = typeof(EcsConsoleHost).Assembly.GetName().Name,
            ContentRootPath = Path.Combine(root, "src", "EcsConsole.Web"),
        }, builder => builder.Services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans))
            .ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics)));
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_store, recursive: true);
    }

    [Fact]
    public async Task RequestAndFleetPoll_ProduceTheNamedSpansAndMetrics()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        var health = await http.GetAsync("/healthz");
        using var watching = new CancellationTokenSource();
        _app.Services.GetRequiredService<FleetMonitor>().SubscribeClusters(watching.Token);

        await WaitForAsync(() => Spans().Any(span => span.DisplayName == "ecsconsole.poll" && span.GetTagItem("ecsconsole.monitor") as string == "FleetMonitor"), "a fleet poll span");
        _app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        _app.Services.GetRequiredService<TracerProvider>().ForceFlush();

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var spans = Spans();
        Assert.Contains(spans, span => span.Kind == ActivityKind.Server && span.GetTagItem("url.path") as string == "/healthz");
        var poll = spans.First(span => span.DisplayName == "ecsconsole.poll" && span.GetTagItem("ecsconsole.monitor") as string == "FleetMonitor");
        Assert.Equal("ok", poll.GetTagItem("ecsconsole.outcome"));
        var listClusters = Assert.Single(spans, span => span.DisplayName == "ECS ListClusters" && span.ParentSpanId == poll.SpanId);
        Assert.Equal(ActivityKind.Client, listClusters.Kind);
        Assert.Equal("ListClusters", listClusters.GetTagItem("aws.operation"));
        var names = Metrics();
        Assert.Contains("ecsconsole.aws.attempts", names);
        Assert.Contains("ecsconsole.aws.budget_wait", names);
        Assert.Contains("ecsconsole.poll.lag", names);
        Assert.Contains("ecsconsole.polls", names);
        Assert.Contains("ecsconsole.live.subscribers", names);
        Assert.Contains("http.server.request.duration", names);
    }

    [Fact]
    public void Settings_NoExporterConfigured_CollectNothing()
    {
        var settings = TelemetrySettings.Read(new ConfigurationBuilder().Build());

        Assert.False(settings.Enabled);
    }

    [Fact]
    public void Settings_OtlpEndpointSet_TurnsTelemetryOn()
    {
        var settings = TelemetrySettings.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://collector:4318" }).Build());

        Assert.True(settings.Otlp);
        Assert.True(settings.Enabled);
    }

    [Fact]
    public void Settings_PrometheusAllowedNetworks_AdmitOnlyThoseAndLoopback()
    {
        var settings = TelemetrySettings.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telemetry:Prometheus:Enabled"] = "true", ["Telemetry:Prometheus:AllowedNetworks"] = "10.1.0.0/16" }).Build());

        Assert.True(settings.MayScrape(IPAddress.Parse("10.1.2.3")));
        Assert.True(settings.MayScrape(IPAddress.Loopback));
        Assert.False(settings.MayScrape(IPAddress.Parse("10.2.0.1")));
        Assert.False(settings.MayScrape(IPAddress.Parse("203.0.113.9")));
    }

    [Fact]
    public void Settings_AllowedNetworkNotACidr_SaysWhatToWrite()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TelemetrySettings.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telemetry:Prometheus:AllowedNetworks"] = "office" }).Build()));

        Assert.Contains("CIDR", error.Message);
    }

    private List<Activity> Spans()
    {
        lock (_spans)
        {
            return [.. _spans];
        }
    }

    private HashSet<string> Metrics()
    {
        lock (_metrics)
        {
            return _metrics.Select(metric => metric.Name).ToHashSet(StringComparer.Ordinal);
        }
    }

    private async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No {what} within 60 s; spans seen: {string.Join(", ", Spans().Select(span => span.DisplayName).Distinct().Take(20))}.");
            }

            _app.Services.GetRequiredService<TracerProvider>().ForceFlush();
            await Task.Delay(100);
        }
    }
}
