namespace EcsConsole.Core.Security;

/// <summary>
/// Collects the AWS request ids of one guarded operation so its audit entry can name them. The guard opens one per
/// attempt; code that calls AWS inside the action records ids either on the scope it was handed or on
/// <see cref="Current"/>, which flows with the async call chain.
/// </summary>
public sealed class OperationScope
{
    private static readonly AsyncLocal<OperationScope?> Ambient = new();
    private readonly List<string> _requestIds = [];
    private readonly Lock _gate = new();

    /// <summary>The scope of the guarded operation running on this async flow, if any.</summary>
    public static OperationScope? Current => Ambient.Value;

    public IReadOnlyList<string> AwsRequestIds
    {
        get { lock (_gate) { return _requestIds.ToArray(); } }
    }

    public void RecordAwsRequestId(string? requestId)
    {
        if (string.IsNullOrWhiteSpace(requestId)) return;
        lock (_gate)
        {
            if (!_requestIds.Contains(requestId)) _requestIds.Add(requestId);
        }
    }

    internal static OperationScope Begin()
    {
        var scope = new OperationScope();
        Ambient.Value = scope;
        return scope;
    }
}
