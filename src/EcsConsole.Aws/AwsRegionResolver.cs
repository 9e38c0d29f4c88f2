using Amazon.Runtime.CredentialManagement;

namespace EcsConsole.Aws;

/// <summary>Region precedence of the AWS CLI and SDKs: explicit, AWS_REGION, AWS_DEFAULT_REGION, then the profile's region.</summary>
public static class AwsRegionResolver
{
    /// <summary>Used only when nothing names a region, so the console can still start and show what is missing.</summary>
    public const string FallbackRegion = "us-east-1";

    public static string? Resolve(string? explicitRegion, string? profile) =>
        Resolve(explicitRegion, profile, Environment.GetEnvironmentVariable, ProfileRegion);

    internal static string? Resolve(
        string? explicitRegion,
        string? profile,
        Func<string, string?> environment,
        Func<string, string?> profileRegion)
    {
        if (!string.IsNullOrWhiteSpace(explicitRegion))
        {
            return explicitRegion.Trim();
        }

        foreach (var variable in new[] { "AWS_REGION", "AWS_DEFAULT_REGION" })
        {
            var value = environment(variable);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        var profileName = !string.IsNullOrWhiteSpace(profile) ? profile : environment("AWS_PROFILE") ?? "default";
        return profileRegion(profileName);
    }

    private static string? ProfileRegion(string profileName)
    {
        try
        {
            return new CredentialProfileStoreChain().TryGetProfile(profileName, out var found) ? found.Region?.SystemName : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // A broken ~/.aws/config must not stop start-up; the region is then simply unknown.
            return null;
        }
    }
}
