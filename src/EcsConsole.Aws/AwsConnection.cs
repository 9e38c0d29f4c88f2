namespace EcsConsole.Aws;

/// <summary>
/// The connection every client uses. Singleton. It holds a default (the host points it at the sandbox at start-up)
/// and an ambient override per asynchronous flow (<see cref="Use"/>, like <c>Activity.Current</c>): a browser session
/// acts under its own connection and region, a monitor polls under the connection it watches, and two users on two
/// accounts never see each other's choice. Clients read <see cref="Current"/> once per call, so a call in flight
/// finishes against the connection it started with.
/// </summary>
public sealed class AwsConnection
{
    private readonly AsyncLocal<AwsConnectionSettings?> _ambient = new();
    private AwsConnectionSettings _current;

    public AwsConnection(AwsConnectionSettings initial)
    {
        _current = initial;
    }

    /// <summary>The settings of this flow: the ambient ones inside <see cref="Use"/>, else the default.</summary>
    public AwsConnectionSettings Current => _ambient.Value ?? Volatile.Read(ref _current);

    /// <summary>The default settings, whatever this flow uses.</summary>
    public AwsConnectionSettings Default => Volatile.Read(ref _current);

    /// <summary>True inside a <see cref="Use"/> scope.</summary>
    public bool HasAmbient => _ambient.Value is not null;

    /// <summary>Raised after <see cref="Switch"/> (the default changed), on the caller's thread; monitors of the default drop cached state.</summary>
    public event Action? Changed;

    /// <summary>Replaces the default settings (the sandbox's real URL once it listens).</summary>
    public void Switch(AwsConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Volatile.Write(ref _current, settings);
        Changed?.Invoke();
    }

    /// <summary>
    /// Makes <paramref name="settings"/> the connection of this asynchronous flow (and everything it starts) until the
    /// returned scope is disposed; the previous ambient settings come back then. Null leaves the flow on the default.
    /// </summary>
    public IDisposable Use(AwsConnectionSettings? settings)
    {
        var previous = _ambient.Value;
        _ambient.Value = settings;
        return new Scope(this, previous);
    }

    private sealed class Scope(AwsConnection owner, AwsConnectionSettings? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            owner._ambient.Value = previous;
        }
    }
}
