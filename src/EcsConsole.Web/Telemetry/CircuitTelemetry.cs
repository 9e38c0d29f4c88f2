using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace EcsConsole.Web.Telemetry;

/// <summary>
/// Counts open Blazor circuits (<c>ecsconsole.circuits.open</c>, meter <see cref="Name"/>): one per browser tab connected
/// to the console, each holding its live subscriptions.
/// </summary>
internal sealed class CircuitTelemetry : CircuitHandler
{
    public const string Name = "EcsConsole.Web";

    public static readonly Meter Meter = new(Name);

    private static readonly UpDownCounter<long> OpenCircuits =
        Meter.CreateUpDownCounter<long>("ecsconsole.circuits.open", "{circuit}", "Blazor circuits (connected browser tabs) open now.");

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        OpenCircuits.Add(1);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        OpenCircuits.Add(-1);
        return Task.CompletedTask;
    }
}
