using EcsConsole.Aws;
using EcsConsole.Aws.Sts;
using EcsConsole.Core.Monitoring;

namespace EcsConsole.Core.Connection;

/// <summary>Asks STS once per connection which account the console acts as; the sandbox needs no call.</summary>
public sealed class ConnectionIdentityService : IConnectionIdentityService, IDisposable
{
    private readonly AwsConnection _connection;
    private readonly ICallerIdentityClient _sts;
    private readonly Lock _gate = new();
    private (AwsConnectionSettings Settings, Task<ConnectionIdentity> Identity)? _cached;

    public ConnectionIdentityService(AwsConnection connection, ICallerIdentityClient sts)
    {
        _connection = connection;
        _sts = sts;
        _connection.Changed += OnConnectionChanged;
    }

    public event Action? Changed;

    public Task<ConnectionIdentity> GetAsync(CancellationToken cancellationToken)
    {
        var settings = _connection.Current;
        lock (_gate)
        {
            // A failed answer is not kept: the next viewer asks again (the session may have been renewed).
            if (_cached is not { } cached || !ReferenceEquals(cached.Settings, settings) || HasFailed(cached.Identity))
            {
                // Not tied to one caller's token: the answer is shared by every viewer of this connection.
                cached = (settings, ResolveAsync(settings));
                _cached = cached;
            }
            return cached.Identity.WaitAsync(cancellationToken);
        }
    }

    private async Task<ConnectionIdentity> ResolveAsync(AwsConnectionSettings settings)
    {
        if (settings.ModeLabel == AwsConnectionSettings.SandboxMode)
        {
            return new ConnectionIdentity(settings.ModeLabel, settings.Region, null, null);
        }
        try
        {
            var identity = await _sts.GetCallerIdentityAsync(CancellationToken.None).ConfigureAwait(false);
            return new ConnectionIdentity(settings.ModeLabel, settings.Region, identity.Account, null);
        }
        catch (Exception ex)
        {
            var problem = AwsProblems.Describe(new FleetReadException("STS GetCallerIdentity", ex));
            return new ConnectionIdentity(settings.ModeLabel, settings.Region, null, problem.ToString());
        }
    }

    private static bool HasFailed(Task<ConnectionIdentity> identity) =>
        identity.IsCompletedSuccessfully && identity.Result.Problem is not null;

    private void OnConnectionChanged() => Changed?.Invoke();

    public void Dispose() => _connection.Changed -= OnConnectionChanged;
}
