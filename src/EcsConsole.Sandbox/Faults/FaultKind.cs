namespace EcsConsole.Sandbox.Faults;

/// <summary>What the fault injector decided for one call.</summary>
public enum FaultKind
{
    None,
    Throttle,
    ServerError,
    Timeout,
    Down,
}
