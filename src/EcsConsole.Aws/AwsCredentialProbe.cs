using Amazon.Runtime.Credentials;
using EcsConsole.Aws.Credentials;

namespace EcsConsole.Aws;

/// <summary>
/// Answers "would AWS credentials resolve at all?" without calling AWS; the Web host uses it to decide whether to
/// start in sandbox mode. It does fetch temporary credentials (SSO, container, IMDS) when those are configured.
/// </summary>
public static class AwsCredentialProbe
{
    public static bool TryResolve(string? profile, out string? why)
    {
        try
        {
            var credentials = string.IsNullOrWhiteSpace(profile)
                ? DefaultAWSCredentialsIdentityResolver.GetCredentials(null)
                : AwsCredentialsSource.FromProfile(profile);
            var resolved = credentials.GetCredentials();
            if (string.IsNullOrEmpty(resolved.AccessKey))
            {
                why = "AWS credentials resolved to an empty access key.";
                return false;
            }

            why = null;
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Every failure here means the same to the caller: no usable credentials, for the stated reason.
            why = exception.Message;
            return false;
        }
    }
}
