namespace EcsConsole.Core.Timeline;

/// <summary>One moment on the fleet timeline. <see cref="Id"/> is stable, so a fact seen on many polls is one entry.</summary>
public sealed record TimelineEntry(
    string Id,
    DateTimeOffset At,
    string Cluster,
    string Service,
    TimelineKind Kind,
    string Message)
{
    public bool IsDeployment => Kind != TimelineKind.ServiceEvent;
}
