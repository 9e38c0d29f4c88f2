namespace EcsConsole.Web.Configuration;

/// <summary>
/// Chooses between AWS and the embedded sandbox from <c>Aws:Mode</c>. <c>Auto</c> picks the sandbox only in
/// Development and only when no AWS configuration exists at all; credentials that are configured but fail (an
/// expired SSO session, an instance metadata timeout) start the console on AWS, where the app bar says what failed.
/// The decision reads variables and files only, so a slow credential endpoint cannot hold up the start.
/// </summary>
public sealed class ConnectionModeSelector(Func<string, string?> environment, Func<string, bool> fileExists)
{
    public ConnectionModeDecision Decide(AwsOptions options, string environmentName)
    {
        var mode = options.Mode?.Trim() ?? "Auto";
        if (mode.Equals("Sandbox", StringComparison.OrdinalIgnoreCase))
        {
            return new ConnectionModeDecision(true, "Aws:Mode is Sandbox");
        }
        if (mode.Equals("Aws", StringComparison.OrdinalIgnoreCase))
        {
            return new ConnectionModeDecision(false, "Aws:Mode is Aws");
        }
        if (!mode.Equals("Auto", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Aws:Mode '{options.Mode}' is not one of Sandbox, Aws or Auto.");
        }
        var sources = AwsConfigurationSources.Find(options, environment, fileExists);
        if (sources.Count > 0)
        {
            return new ConnectionModeDecision(false, $"Aws:Mode is Auto and AWS is configured ({string.Join(", ", sources)})");
        }
        if (environmentName.Equals("Development", StringComparison.OrdinalIgnoreCase))
        {
            return new ConnectionModeDecision(true, "Aws:Mode is Auto, the environment is Development and no AWS configuration exists");
        }
        return new ConnectionModeDecision(false,
            $"Aws:Mode is Auto in the {environmentName} environment, where the sandbox never starts by itself, and no AWS credentials are configured",
            NoAwsConfiguration: true);
    }
}
