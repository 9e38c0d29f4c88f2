using EcsConsole.Aws;
using EcsConsole.Aws.Sts;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Connection;

/// <summary>
/// Asks STS once per connection which account the console acts as; the sandbox needs no call. A failed answer is
/// retried after <see cref="ConnectionIdentityOptions.RetryInterval"/>: <see cref="Changed"/> fires so viewers ask again.
/// </summary>
public sealed class ConnectionIdentityService : IConnectionIdentityService, IDisposable
{
    private readonly AwsConnection _connection;
    private readonly ICallerIdentityClient _sts;
    private readonly TimeProvider _time;
    private readonly ConnectionIdentityOptions _options;
    private readonly Lock _gate = new();
    private (AwsConnectionSettings Settings, Task<ConnectionIdentity> Identity)? _cached;
    private ITimer? _retry;

    public ConnectionIdentityService(
        AwsConnection connection,
        ICallerIdentityClient sts,
        TimeProvider? time = null,
        IOptions<ConnectionIdentityOptions>? options = null)
    {
        _connection = connection;
        _sts = sts;
        _time = time ?? TimeProvider.System;
        _options = options?.Value ?? new ConnectionIdentityOptions();
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
            var identity = await _sts.GetCallerIdentityAsync(CancellationToken.None);
            return new ConnectionIdentity(settings.ModeLabel, settings.Region, identity.Account, null);
        }
        catch (Exception ex)
        {
            ScheduleRetry();
            return Describe(settings, ex);
        }
    }

    private ConnectionIdentity Describe(AwsConnectionSettings settings, Exception ex)
    {
        var retry = $"The console tries again every {Seconds(_options.RetryInterval)}.";
        if (ex is AwsServiceException { Kind: AwsErrorKind.Credentials } aws)
        {
            if (_options.NoAwsConfiguration && settings.Profile is null && settings.Credentials is null)
            {
                return new ConnectionIdentity(settings.ModeLabel, settings.Region, null,
                    "No AWS credentials: none are configured (no credential or profile variables, no ~/.aws files, " +
                    "no container or instance credentials). Give the console credentials, or set Aws:Mode=Sandbox " +
                    "to run the demo sandbox. " + retry, "No AWS credentials");
            }
            var whose = settings.Profile is null ? "AWS credentials" : $"AWS credentials for profile {settings.Profile}";
            var message = (aws.AwsMessage ?? aws.Message).Trim().TrimEnd('.');
            // AWS's own code says more than the SDK's "unavailable", which only means the chain found nothing usable.
            message = aws.ErrorCode == "CredentialsUnavailable" ? message : $"{aws.ErrorCode}: {message}";
            var renew = settings.Profile is null
                ? "Renew them (for an SSO profile run aws sso login)."
                : $"Renew them (for an SSO profile run aws sso login --profile {settings.Profile}).";
            return new ConnectionIdentity(settings.ModeLabel, settings.Region, null,
                $"{whose}: {message}. {renew} {retry}", "AWS credentials failed");
        }
        var problem = AwsProblems.Describe(new FleetReadException("STS GetCallerIdentity", ex));
        return new ConnectionIdentity(settings.ModeLabel, settings.Region, null, problem.ToString());
    }

    private static string Seconds(TimeSpan interval) =>
        interval.TotalSeconds < 120 ? $"{interval.TotalSeconds:0} s" : $"{interval.TotalMinutes:0} min";

    private void ScheduleRetry()
    {
        lock (_gate)
        {
            // One pending retry at a time; when it fires, viewers ask again and a new failure schedules the next.
            _retry ??= _time.CreateTimer(_ => OnRetryDue(), null, _options.RetryInterval, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnRetryDue()
    {
        lock (_gate)
        {
            _retry?.Dispose();
            _retry = null;
        }
        Changed?.Invoke();
    }

    private static bool HasFailed(Task<ConnectionIdentity> identity) =>
        identity.IsCompletedSuccessfully && identity.Result.Problem is not null;

    private void OnConnectionChanged() => Changed?.Invoke();

    public void Dispose()
    {
        _connection.Changed -= OnConnectionChanged;
        lock (_gate)
        {
            _retry?.Dispose();
            _retry = null;
        }
    }
}
