using System.Text.Json.Nodes;

namespace EcsConsole.Sandbox.Protocol;

/// <summary>One AWS JSON 1.1 service: operations addressed by X-Amz-Target "{TargetPrefix}.{Operation}".</summary>
public abstract class JsonApi
{
    private readonly Dictionary<string, Func<JsonInput, JsonObject>> _operations = new(StringComparer.Ordinal);

    public abstract string TargetPrefix { get; }

    /// <summary>The AWS JSON protocol version the service speaks (content type application/x-amz-json-{version}).</summary>
    public virtual string JsonVersion => "1.1";

    public IEnumerable<string> OperationNames => _operations.Keys;

    public JsonObject Invoke(string operation, JsonInput input) =>
        _operations.TryGetValue(operation, out var handler)
            ? handler(input)
            : throw new SandboxApiException("UnknownOperationException", $"Operation {operation} is not supported by the sandbox.");

    protected void Register(string operation, Func<JsonInput, JsonObject> handler) => _operations[operation] = handler;
}
