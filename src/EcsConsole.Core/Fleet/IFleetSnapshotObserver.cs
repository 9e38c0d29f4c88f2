namespace EcsConsole.Core.Fleet;

/// <summary>
/// Told every fleet snapshot the <see cref="FleetMonitor"/> reads, so other singletons (timeline, image usage, stopped-task
/// archive) reuse the one poll instead of describing the fleet again. Called on the monitor's thread after it publishes:
/// keep it quick and never throw.
/// </summary>
public interface IFleetSnapshotObserver
{
    void OnSnapshot(FleetSnapshot snapshot);
}
