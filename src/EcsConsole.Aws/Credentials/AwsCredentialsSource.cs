using System.Collections.Concurrent;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace EcsConsole.Aws.Credentials;

/// <summary>
/// Credentials for a connection: its explicit credentials if set, else the named profile (including SSO), else the
/// SDK's default chain (environment, profile, container, instance metadata). Singleton; the SDK objects cache and
/// refresh temporary credentials themselves, so they are kept per profile.
/// </summary>
public sealed class AwsCredentialsSource : IDisposable
{
    private readonly ConcurrentDictionary<string, AWSCredentials> profiles = new(StringComparer.Ordinal);
    private readonly DefaultAWSCredentialsIdentityResolver defaultChain = new();

    public async Task<ImmutableCredentials> GetAsync(AwsConnectionSettings settings, CancellationToken cancellationToken)
    {
        var credentials = await ResolveAsync(settings, cancellationToken).ConfigureAwait(false);
        return await credentials.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    internal async Task<AWSCredentials> ResolveAsync(AwsConnectionSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Credentials is not null)
        {
            return settings.Credentials;
        }

        if (!string.IsNullOrWhiteSpace(settings.Profile))
        {
            return profiles.GetOrAdd(settings.Profile, FromProfile);
        }

        return await defaultChain.ResolveIdentityAsync(null, cancellationToken).ConfigureAwait(false);
    }

    internal static AWSCredentials FromProfile(string profile) =>
        new CredentialProfileStoreChain().TryGetAWSCredentials(profile, out var credentials)
            ? credentials
            : throw new InvalidOperationException($"The AWS profile '{profile}' was not found in ~/.aws/config or ~/.aws/credentials, or it has no usable credentials.");

    public void Dispose() => defaultChain.Dispose();
}
