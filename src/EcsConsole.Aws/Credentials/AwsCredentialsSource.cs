using System.Collections.Concurrent;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Aws.Http;

namespace EcsConsole.Aws.Credentials;

/// <summary>
/// Credentials for a connection: its explicit credentials if set, else the named profile (including SSO), else the
/// SDK's default chain (environment, profile, container, instance metadata). Singleton; the SDK objects cache and
/// refresh temporary credentials themselves, so they are kept per profile.
/// When the connection names a role (<see cref="AwsConnectionSettings.AssumeRole"/>), those are only the base
/// credentials: the console assumes the role with STS AssumeRole (at the same endpoint resolution as every other call)
/// and signs as the role. The temporary credentials are kept per base, role, external id, session name and STS endpoint,
/// and renewed <see cref="RefreshBefore"/> before they expire, by one caller while the others wait for its answer.
/// </summary>
public sealed class AwsCredentialsSource : IDisposable
{
    /// <summary>Assumed-role credentials are renewed this long before they expire, so no call signs with a key about to lapse.</summary>
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, AWSCredentials> _profiles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<AssumedRoleKey, AssumedRoleCredentials> _assumed = new();
    private readonly DefaultAWSCredentialsIdentityResolver _defaultChain = new();
    private readonly AwsRoleAssumer _assumer;
    private readonly TimeProvider _timeProvider;
    private readonly AwsEndpointResolver _endpoints;
    private readonly HttpMessageHandler? _ownedTransport;

    /// <summary>The machine's endpoint settings, the production transport, no call log and the system clock.</summary>
    public AwsCredentialsSource()
        : this(new AwsEndpointResolver(), null, NoCallObserver.Instance, TimeProvider.System)
    {
    }

    /// <param name="transport">Sends STS AssumeRole (tests pass a fake); the production transport when null.</param>
    public AwsCredentialsSource(AwsEndpointResolver endpoints, HttpMessageHandler? transport, IAwsCallObserver observer, TimeProvider timeProvider)
    {
        _endpoints = endpoints;
        _timeProvider = timeProvider;
        if (transport is null)
        {
            _ownedTransport = AwsHttpPipeline.CreateDefaultTransport();
            transport = _ownedTransport;
        }

        _assumer = new AwsRoleAssumer(this, transport, observer, timeProvider);
    }

    public async Task<ImmutableCredentials> GetAsync(AwsConnectionSettings settings, CancellationToken cancellationToken)
    {
        if (settings.AssumeRole is not null)
        {
            return await Assumed(settings).GetAsync(cancellationToken).ConfigureAwait(false);
        }

        var credentials = await ResolveBaseAsync(settings, cancellationToken).ConfigureAwait(false);
        return await credentials.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The credentials an SDK client should sign with. For a role, the role's credentials, assumed once here so that a
    /// refusal surfaces now as an <see cref="AwsServiceException"/>; the SDK then asks them again per request, which renews them.
    /// </summary>
    internal async Task<AWSCredentials> ResolveAsync(AwsConnectionSettings settings, CancellationToken cancellationToken)
    {
        if (settings.AssumeRole is null)
        {
            return await ResolveBaseAsync(settings, cancellationToken).ConfigureAwait(false);
        }

        var role = Assumed(settings);
        await role.GetAsync(cancellationToken).ConfigureAwait(false);
        return role;
    }

    /// <summary>
    /// Drops the role credentials <paramref name="refused"/> when they are still the ones kept for <paramref name="settings"/>,
    /// so the next call assumes the role again; for settings without a role, nothing.
    /// </summary>
    public void Forget(AwsConnectionSettings settings, ImmutableCredentials refused)
    {
        if (settings.AssumeRole is not null)
        {
            Assumed(settings).Forget(refused);
        }
    }

    /// <summary>The credentials the settings name before any role: explicit, profile or default chain.</summary>
    internal async Task<AWSCredentials> ResolveBaseAsync(AwsConnectionSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Credentials is not null)
        {
            return settings.Credentials;
        }

        if (!string.IsNullOrWhiteSpace(settings.Profile))
        {
            return _profiles.GetOrAdd(settings.Profile, FromProfile);
        }

        return await _defaultChain.ResolveIdentityAsync(null, cancellationToken).ConfigureAwait(false);
    }

    internal static AWSCredentials FromProfile(string profile) =>
        new CredentialProfileStoreChain().TryGetAWSCredentials(profile, out var credentials)
            ? credentials
            : throw new InvalidOperationException($"The AWS profile '{profile}' was not found in ~/.aws/config or ~/.aws/credentials, or it has no usable credentials.");

    private AssumedRoleCredentials Assumed(AwsConnectionSettings settings)
    {
        var role = AwsRoleAssumer.Validate(settings.AssumeRole!);
        var endpoint = _endpoints.Resolve(AwsServices.Sts, settings);
        var key = new AssumedRoleKey(BaseKey(settings), role.RoleArn, role.ExternalId, role.SessionName!, endpoint.Url.ToString(), endpoint.SigningRegion);
        return _assumed.GetOrAdd(key, _ => new AssumedRoleCredentials(_assumer, settings with { AssumeRole = null }, role, endpoint, _timeProvider));
    }

    // Explicit credentials are known by their access key; a profile by its name; the default chain is one base.
    private static string BaseKey(AwsConnectionSettings settings) =>
        settings.Credentials is not null ? "key:" + settings.Credentials.GetCredentials().AccessKey
        : !string.IsNullOrWhiteSpace(settings.Profile) ? "profile:" + settings.Profile
        : "default";

    public void Dispose()
    {
        _defaultChain.Dispose();
        _ownedTransport?.Dispose();
    }

    private readonly record struct AssumedRoleKey(string Base, string RoleArn, string? ExternalId, string SessionName, string EndpointUrl, string SigningRegion);

    private sealed class NoCallObserver : IAwsCallObserver
    {
        public static readonly NoCallObserver Instance = new();

        public void OnAttempt(AwsCallRecord record)
        {
        }
    }
}
