using System.Net;
using EcsConsole.Aws;
using EcsConsole.Core.Telemetry;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EcsConsole.Web.Telemetry;

/// <summary>
/// The console's own telemetry through OpenTelemetry: traces of requests, AWS calls (<see cref="AwsTelemetry"/>) and monitor
/// polls (<see cref="ConsoleTelemetry"/>); metrics of the same plus open circuits, HTTP and the .NET runtime. On when an
/// exporter is configured: OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the standard <c>OTEL_*</c> variables
/// configure it), the Prometheus scrape endpoint <see cref="ConsoleRoutes.Metrics"/> when <c>Telemetry:Prometheus:Enabled</c>,
/// or <c>Telemetry:Enabled</c> for a host that adds its own exporter. Nothing is collected when all are off.
/// </summary>
public static class TelemetryExtensions
{
    public const string SectionName = "Telemetry";

    /// <summary>The service name on every span and metric unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public const string ServiceName = "ecsconsole";

    public static WebApplicationBuilder AddConsoleTelemetry(this WebApplicationBuilder builder)
    {
        var settings = TelemetrySettings.Read(builder.Configuration);
        builder.Services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return builder;
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitTelemetry>());
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(AwsTelemetry.Name, ConsoleTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsScrape(context, settings))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(AwsTelemetry.Name, ConsoleTelemetry.Name, CircuitTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (settings.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (settings.Otlp)
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// The Prometheus scrape endpoint, when enabled: answered only to clients from <c>Telemetry:Prometheus:AllowedNetworks</c>
    /// (loopback by default); to anyone else the path is an ordinary console page, which asks them to sign in.
    /// </summary>
    public static WebApplication UseConsoleTelemetry(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<TelemetrySettings>();
        if (settings.Prometheus)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context => IsScrape(context, settings));
        }

        return app;
    }

    private static bool IsScrape(HttpContext context, TelemetrySettings settings) =>
        settings.Prometheus
        && context.Request.Path.Equals(ConsoleRoutes.Metrics, StringComparison.OrdinalIgnoreCase)
        && settings.MayScrape(context.Connection.RemoteIpAddress);
}

/// <summary>What <see cref="TelemetryExtensions.AddConsoleTelemetry"/> read from configuration.</summary>
public sealed record TelemetrySettings(bool Otlp, bool Prometheus, bool Explicit, IReadOnlyList<IPNetwork> AllowedNetworks)
{
    /// <summary>Whether anything is collected: an exporter is configured, or the host asked for it.</summary>
    public bool Enabled => Otlp || Prometheus || Explicit;

    /// <summary>Loopback always; else a client inside one of the allowed networks.</summary>
    public bool MayScrape(IPAddress? client)
    {
        if (client is null)
        {
            return false;
        }

        if (IPAddress.IsLoopback(client))
        {
            return true;
        }

        var address = client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client;
        return AllowedNetworks.Any(network => network.Contains(address));
    }

    public static TelemetrySettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(TelemetryExtensions.SectionName);
        var networks = new List<IPNetwork>();
        foreach (var text in (section["Prometheus:AllowedNetworks"] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!IPNetwork.TryParse(text, out var network))
            {
                throw new InvalidOperationException(
                    $"Telemetry:Prometheus:AllowedNetworks has '{text}', which is not a network; write CIDR blocks such as 10.0.0.0/8, separated by commas.");
            }

            networks.Add(network);
        }

        return new TelemetrySettings(
            Otlp: !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]),
            Prometheus: Flag(section, "Prometheus:Enabled"),
            Explicit: Flag(section, "Enabled"),
            AllowedNetworks: networks);
    }

    private static bool Flag(IConfigurationSection section, string key) =>
        section[key] is not { } text ? false
        : bool.TryParse(text, out var value) ? value
        : throw new InvalidOperationException($"{TelemetryExtensions.SectionName}:{key} must be true or false; it is '{text}'.");
}
