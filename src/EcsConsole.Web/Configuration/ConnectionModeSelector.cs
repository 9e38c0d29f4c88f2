namespace EcsConsole.Web.Configuration;

/// <summary>
/// Chooses between AWS and the embedded sandbox from <c>Aws:Mode</c>. In <c>Auto</c>, AWS wins when an explicit
/// endpoint with static environment credentials is configured, or when the credential chain resolves.
/// </summary>
public sealed class ConnectionModeSelector(Func<string, string?> environment, Func<string?, (bool Resolved, string? Why)> probeCredentials)
{
    public ConnectionModeDecision Decide(AwsOptions options)
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
        if (HasValue("AWS_ENDPOINT_URL") && HasValue("AWS_ACCESS_KEY_ID") && HasValue("AWS_SECRET_ACCESS_KEY"))
        {
            return new ConnectionModeDecision(false, "Aws:Mode is Auto and AWS_ENDPOINT_URL with static credentials is set");
        }
        var profile = string.IsNullOrWhiteSpace(options.Profile) ? null : options.Profile;
        var (resolved, why) = probeCredentials(profile);
        return resolved
            ? new ConnectionModeDecision(false, $"Aws:Mode is Auto and AWS credentials resolve{(profile is null ? "" : $" for profile {profile}")}")
            : new ConnectionModeDecision(true, $"Aws:Mode is Auto and no AWS credentials resolve: {OneLine(why)}");
    }

    // The SDK explains a failed chain over many lines; a start-up log wants one line, short enough to read.
    private static string OneLine(string? text)
    {
        var line = string.Join(' ', (text ?? "no reason given").Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 400 ? line : line[..400] + "…";
    }

    private bool HasValue(string variable) => !string.IsNullOrWhiteSpace(environment(variable));
}
