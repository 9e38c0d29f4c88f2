namespace EcsConsole.Web.Model.Metrics;

/// <summary>A moment marked on a chart: a deployment's start or end.</summary>
public sealed record ChartMarker(DateTimeOffset At, string Label, bool IsStart);
