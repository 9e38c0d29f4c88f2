namespace EcsConsole.Sandbox;

/// <summary>An AWS error the sandbox answers with: the service's error code, its message and the HTTP status.</summary>
public sealed class SandboxApiException(string code, string message, int statusCode = 400) : Exception(message)
{
    public string Code { get; } = code;

    public int StatusCode { get; } = statusCode;

    /// <summary>Sender for client errors, Receiver for server faults (the Query protocol's error Type).</summary>
    public string FaultType => StatusCode >= 500 ? "Receiver" : "Sender";
}
