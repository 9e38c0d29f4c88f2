namespace EcsConsole.Sandbox;

/// <summary>The errors ECS answers most often, with its own codes and messages.</summary>
public static class SandboxErrors
{
    public static SandboxApiException ClusterNotFound() => new("ClusterNotFoundException", "Cluster not found.");

    public static SandboxApiException ServiceNotFound() => new("ServiceNotFoundException", "Service not found.");

    /// <summary>UpdateService on a service that is DRAINING or INACTIVE (deleted).</summary>
    public static SandboxApiException ServiceNotActive() => new("ServiceNotActiveException", "Service was not ACTIVE.");

    public static SandboxApiException InvalidParameter(string message) => new("InvalidParameterException", message);

    public static SandboxApiException Client(string message) => new("ClientException", message);
}
