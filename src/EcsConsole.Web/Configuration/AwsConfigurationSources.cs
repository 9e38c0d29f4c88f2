namespace EcsConsole.Web.Configuration;

/// <summary>
/// Finds what AWS configuration exists without asking anything over the network: credential and profile variables,
/// the shared config and credentials files, and the variables ECS, EKS and Lambda set for their credential endpoints.
/// An EC2 instance profile leaves no such trace; outside Development the console starts on AWS anyway, so it is found
/// there by the SDK's own chain.
/// </summary>
public static class AwsConfigurationSources
{
    // Each of these means someone configured AWS for this process, whether or not the credentials work today.
    private static readonly string[] Variables =
    [
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE",
        "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
        "AWS_CONTAINER_CREDENTIALS_FULL_URI", "ECS_CONTAINER_METADATA_URI", "ECS_CONTAINER_METADATA_URI_V4",
        "AWS_EC2_METADATA_SERVICE_ENDPOINT", "AWS_ENDPOINT_URL", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE",
    ];

    /// <summary>The names of what was found (variables, files, settings), in a stable order; empty when nothing was.</summary>
    public static IReadOnlyList<string> Find(AwsOptions options, Func<string, string?> environment, Func<string, bool> fileExists)
    {
        var found = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Profile))
        {
            found.Add("Aws:Profile");
        }
        if (!string.IsNullOrWhiteSpace(options.EndpointUrl))
        {
            found.Add("Aws:EndpointUrl");
        }
        found.AddRange(Variables.Where(name => !string.IsNullOrWhiteSpace(environment(name))));
        var home = environment("HOME") ?? environment("USERPROFILE");
        if (!string.IsNullOrWhiteSpace(home))
        {
            foreach (var file in new[] { "config", "credentials" })
            {
                if (fileExists(Path.Combine(home, ".aws", file)))
                {
                    found.Add($"~/.aws/{file}");
                }
            }
        }
        return found;
    }
}
