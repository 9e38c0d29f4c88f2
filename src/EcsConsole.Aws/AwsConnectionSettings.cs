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

    /// <summary>
    /// When set, the console assumes this role (STS AssumeRole) with the credentials the rest of these settings name
    /// (explicit credentials, the profile, or the default chain) and calls AWS as the assumed role: how one console
    /// reaches other accounts. Null: call as the base credentials.
    /// </summary>
    public AwsAssumeRoleSettings? AssumeRole { get; init; }

    /// <summary>
    /// The regions the endpoint serves when it serves only some (the sandbox), the first being its home; null when it is
    /// AWS, which serves them all.
    /// </summary>
    public IReadOnlyList<string>? ServedRegions { get; init; }

    /// <summary>The configured connection these settings belong to (its name); null before connections exist.</summary>
    public string? ConnectionName { get; init; }
    public const string AwsMode = "AWS";

    /// <summary>Settings for real AWS using the standard region and credential chain.</summary>
    public static AwsConnectionSettings FromEnvironment(string? profile = null) =>
        new(AwsRegionResolver.Resolve(null, profile) ?? AwsRegionResolver.FallbackRegion, profile, null, null, AwsMode);
}

/// <summary>A role the console assumes for a connection: its ARN, the external id the role's trust policy may require, and the session name CloudTrail shows.</summary>
public sealed record AwsAssumeRoleSettings(string RoleArn, string? ExternalId = null, string? SessionName = null);
