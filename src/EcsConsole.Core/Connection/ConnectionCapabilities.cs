using EcsConsole.Aws;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Connection;

/// <summary>See <see cref="IConnectionCapabilities"/>.</summary>
public sealed class ConnectionCapabilities(AwsConnection connection, TimeProvider timeProvider, ILogger<ConnectionCapabilities> logger) : IConnectionCapabilities
{
    /// <summary>How long a lacking operation is skipped before it is tried again.</summary>
    public static readonly TimeSpan ReprobeInterval = TimeSpan.FromMinutes(15);

    private readonly Lock _gate = new();
    // Connection key → operation key → what is known. Issue 14's several connections add keys, not a new shape.
    private readonly Dictionary<string, Dictionary<string, OperationCapability>> _known = new(StringComparer.Ordinal);

    public event Action? Changed;

    /// <summary>The key of the current connection: mode, region and endpoint.</summary>
    public static string KeyOf(AwsConnectionSettings settings) => $"{settings.ModeLabel}|{settings.Region}|{settings.EndpointUrl}";

    public bool ShouldTry(string service, string operation)
    {
        var known = Get(service, operation);
        return known is null or { State: CapabilityState.Works } || timeProvider.GetUtcNow() - known.LearntAt >= ReprobeInterval;
    }

    public void Worked(string service, string operation)
    {
        var now = timeProvider.GetUtcNow();
        bool changed;
        lock (_gate)
        {
            var table = Table();
            var key = Key(service, operation);
            var before = table.GetValueOrDefault(key);
            changed = before is not { State: CapabilityState.Works };
            // A working operation is confirmed on every call; only a change of state is news worth the time stamp.
            if (changed)
            {
                table[key] = new OperationCapability(service, operation, CapabilityState.Works, null, null, now);
            }
        }
        if (changed)
        {
            Changed?.Invoke();
        }
    }

    public bool Learn(Exception exception, string? fallback)
    {
        if (exception is not AwsServiceException aws || !IsPermanentLack(aws, fallback))
        {
            return false;
        }
        var reason = CapabilityReason.From(aws);
        var state = fallback is null ? CapabilityState.Unavailable : CapabilityState.Derived;
        bool isNews;
        lock (_gate)
        {
            var table = Table();
            var key = Key(aws.Service, aws.Operation);
            var before = table.GetValueOrDefault(key);
            isNews = before is null or { State: CapabilityState.Works };
            table[key] = new OperationCapability(aws.Service, aws.Operation, state, fallback, reason, timeProvider.GetUtcNow());
        }
        if (isNews)
        {
            // Once per operation and connection: a re-probe that fails again only moves the time stamp.
            logger.LogWarning(
                "{Service} {Operation} is not available on this connection ({Endpoint}): {Reason}: {Message} (request id {RequestId}). {Instead}",
                aws.Service, aws.Operation, connection.Current.EndpointUrl ?? connection.Current.Region, reason.Summary, reason.Message, reason.RequestId ?? "none",
                fallback is null ? "Nothing replaces it." : $"Using {fallback} instead; tried again every {ReprobeInterval.TotalMinutes:0} minutes.");
            Changed?.Invoke();
        }
        return true;
    }

    public OperationCapability? Get(string service, string operation)
    {
        lock (_gate)
        {
            return Table().GetValueOrDefault(Key(service, operation));
        }
    }

    public IReadOnlyList<OperationCapability> Current
    {
        get
        {
            lock (_gate)
            {
                return [.. Table().Values.OrderBy(c => c.Service, StringComparer.Ordinal).ThenBy(c => c.Operation, StringComparer.Ordinal)];
            }
        }
    }

    // AccessDenied on one call of many is permanent only where a fallback can stand in; elsewhere it is the caller's error to tell.
    private static bool IsPermanentLack(AwsServiceException aws, string? fallback) =>
        aws.Kind == AwsErrorKind.Unsupported || (aws.Kind == AwsErrorKind.AccessDenied && fallback is not null);

    private Dictionary<string, OperationCapability> Table()
    {
        var key = KeyOf(connection.Current);
        if (!_known.TryGetValue(key, out var table))
        {
            table = new Dictionary<string, OperationCapability>(StringComparer.Ordinal);
            _known[key] = table;
        }
        return table;
    }

    private static string Key(string service, string operation) => $"{service.ToUpperInvariant()}:{operation}";
}
