namespace EcsConsole.Aws;

/// <summary>
/// The connection every client uses, switchable at runtime (operator picks a region/profile; the host switches
/// to the sandbox at start-up). Singleton. Clients read <see cref="Current"/> once per call, so a call in
/// flight finishes against the connection it started with.
/// </summary>
public sealed class AwsConnection
{
    private AwsConnectionSettings current;

    public AwsConnection(AwsConnectionSettings initial)
    {
        current = initial;
    }

    public AwsConnectionSettings Current => Volatile.Read(ref current);

    /// <summary>Raised after <see cref="Switch"/>, on the caller's thread; monitors use it to drop cached state.</summary>
    public event Action? Changed;

    public void Switch(AwsConnectionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Volatile.Write(ref current, settings);
        Changed?.Invoke();
    }
}
