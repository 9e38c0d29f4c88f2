using Amazon.Runtime.CredentialManagement;

namespace EcsConsole.Web.Configuration;

/// <summary>The profile names of the shared AWS config and credentials files (~/.aws/config, ~/.aws/credentials).</summary>
public static class AwsProfileList
{
    public static IReadOnlyList<string> Read()
    {
        try
        {
            return [.. new CredentialProfileStoreChain().ListProfiles().Select(p => p.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // Unreadable files mean no profiles to offer, not a broken app bar.
            return [];
        }
    }
}
