using Amazon.Runtime;

namespace EcsConsole.Aws;

/// <summary>
/// Where and as whom the console talks to AWS. <paramref name="Credentials"/> are explicit static credentials
/// (the sandbox uses them); when null, the default chain for <paramref name="Profile"/> applies.
/// <paramref name="EndpointUrl"/> overrides every service's endpoint (the sandbox, LocalStack-style setups),
/// though AWS_ENDPOINT_URL_* environment variables still win, as in the AWS CLI and SDKs.
/// </summary>
public sealed record AwsConnectionSettings(
    string Region,
    string? Profile,
    string? EndpointUrl,
    AWSCredentials? Credentials,
    string ModeLabel)
{
    public const string SandboxMode = "Sandbox";
    public const string AwsMode = "AWS";

    /// <summary>Settings for real AWS using the standard region and credential chain.</summary>
    public static AwsConnectionSettings FromEnvironment(string? profile = null) =>
        new(AwsRegionResolver.Resolve(null, profile) ?? AwsRegionResolver.FallbackRegion, profile, null, null, AwsMode);
}
