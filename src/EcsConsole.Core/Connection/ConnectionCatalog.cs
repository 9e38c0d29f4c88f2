using System.Collections.Concurrent;
using EcsConsole.Aws;
using EcsConsole.Core.Security;
using Microsoft.Extensions.Configuration;

namespace EcsConsole.Core.Connection;

/// <summary>
/// The connections the console knows: its own (from the <c>Aws</c> section or the sandbox), then those of the
/// <c>Connections</c> section in name order. Singleton. Turns a connection and region into the settings every AWS client
/// reads (<see cref="SettingsFor"/>), built on the console's own settings (its credentials and endpoint) so a role is
/// assumed with the console's own credentials.
/// </summary>
public sealed class ConnectionCatalog
{
    public const string DefaultName = "default";

    /// <summary>The commercial regions offered for the console's own connection on AWS.</summary>
    public static readonly IReadOnlyList<string> CommercialRegions =
    [
        "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1",
        "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "eu-south-1",
        "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2",
    ];

    private readonly AwsConnection _aws;
    private readonly IReadOnlyList<(string Name, ConnectionOptions Options)> _configured;
    private readonly ConcurrentDictionary<(string, string), (AwsConnectionSettings Base, AwsConnectionSettings Settings)> _settings = new();

    public ConnectionCatalog(AwsConnection aws, IReadOnlyDictionary<string, ConnectionOptions> configured)
    {
        _aws = aws;
        foreach (var (name, options) in configured)
        {
            Validate(name, options);
        }
        _configured = [.. configured
            .Where(p => !string.Equals(p.Key, DefaultName, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .Select(p => (p.Key, p.Value))];
    }

    /// <summary>Reads the <c>Connections</c> section (each child a connection by name).</summary>
    public static IReadOnlyDictionary<string, ConnectionOptions> Bind(IConfiguration configuration) =>
        configuration.GetSection(ConnectionsOptions.SectionName).GetChildren()
            .ToDictionary(c => c.Key, c => c.Get<ConnectionOptions>() ?? new ConnectionOptions(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every connection, the console's own first. Its regions follow the console's own settings, which the sandbox sets at start.</summary>
    public IReadOnlyList<ConsoleConnection> All => [Default, .. _configured.Select(c => Build(c.Name, c.Options))];

    public ConsoleConnection Default
    {
        get
        {
            var settings = _aws.Default;
            IReadOnlyList<string> regions = settings.ServedRegions is { Count: > 0 } served
                ? served.Contains(settings.Region) ? served : [settings.Region, .. served]
                : settings.ModeLabel == AwsConnectionSettings.SandboxMode
                ? [settings.Region]
                : CommercialRegions.Contains(settings.Region) ? CommercialRegions : [settings.Region, .. CommercialRegions];
            return new ConsoleConnection(DefaultName, regions, settings.Region, null);
        }
    }

    /// <summary>
    /// The role ARNs the console assumes to reach its connections (the console's own <c>Aws</c> role, if any, and each
    /// configured connection's RoleArn), distinct and in order: what its IAM policy grants <c>sts:AssumeRole</c> on.
    /// </summary>
    public IReadOnlyList<string> AssumedRoleArns =>
        [.. new[] { _aws.Default.AssumeRole?.RoleArn }.Concat(_configured.Select(c => c.Options.RoleArn))
            .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The connection of that name (case-insensitive), or null.</summary>
    public ConsoleConnection? Find(string? name) =>
        name is null ? null : All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The settings clients use for this connection and region. The same instance comes back while the console's own
    /// settings stay the same, so caches keyed by settings keep working.
    /// </summary>
    public AwsConnectionSettings SettingsFor(ConsoleConnection connection, string region)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!connection.Offers(region))
        {
            throw new ArgumentException($"Connection {connection.Name} does not offer region {region}; it offers {string.Join(", ", connection.Regions)}.", nameof(region));
        }
        var baseSettings = _aws.Default;
        var key = (connection.Name, region);
        if (_settings.TryGetValue(key, out var cached) && ReferenceEquals(cached.Base, baseSettings))
        {
            return cached.Settings;
        }
        var options = connection.Options;
        var settings = baseSettings with
        {
            Region = region,
            ConnectionName = connection.Name,
            Profile = options?.Profile is { Length: > 0 } profile ? profile : baseSettings.Profile,
            Credentials = options?.Profile is { Length: > 0 } ? null : baseSettings.Credentials,
            EndpointUrl = options?.EndpointUrl is { Length: > 0 } endpoint ? endpoint : baseSettings.EndpointUrl,
            AssumeRole = options?.RoleArn is { Length: > 0 } arn
                ? new AwsAssumeRoleSettings(arn, Blank(options.ExternalId), Blank(options.SessionName) ?? "EcsConsole")
                : null,
        };
        _settings[key] = (baseSettings, settings);
        return settings;
    }

    /// <summary>The role <paramref name="actor"/> holds on <paramref name="connection"/>; null when they may not use it.</summary>
    public static ConsoleRole? RoleOn(OperatorIdentity actor, ConsoleConnection connection)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var roles = connection.Options?.Roles;
        if (roles is null) return actor.Role;
        var grants = new List<ConsoleRole?>();
        if (roles.Users.TryGetValue(actor.Name, out var userRole)) grants.Add(ConsoleRoles.Parse(userRole));
        foreach (var group in actor.Groups)
        {
            if (roles.Groups.TryGetValue(group, out var groupRole)) grants.Add(ConsoleRoles.Parse(groupRole));
        }
        var granted = grants.Max();
        if (granted is not null) return granted;
        if (string.IsNullOrWhiteSpace(roles.Others)) return actor.Role;
        if (string.Equals(roles.Others.Trim(), "None", StringComparison.OrdinalIgnoreCase)) return null;
        var cap = ConsoleRoles.Parse(roles.Others)!.Value;
        return actor.Role < cap ? actor.Role : cap;
    }

    private ConsoleConnection Build(string name, ConnectionOptions options)
    {
        IReadOnlyList<string> regions = options.Regions.Count > 0 ? [.. options.Regions] : [_aws.Default.Region];
        var defaultRegion = options.DefaultRegion is { Length: > 0 } region ? region : regions[0];
        return new ConsoleConnection(name, regions, defaultRegion, options);
    }

    // Bad configuration stops the start with a message that says what to fix, rather than failing later per call.
    private static void Validate(string name, ConnectionOptions options)
    {
        var where = $"{ConnectionsOptions.SectionName}:{name}";
        if (!string.IsNullOrEmpty(options.Profile) && !string.IsNullOrEmpty(options.RoleArn))
        {
            // A profile with a role is the profile's own business (role_arn in ~/.aws/config); both here would be ambiguous.
            throw new InvalidOperationException($"{where}: set either Profile or RoleArn, not both (a profile may assume a role itself in ~/.aws/config).");
        }
        if (options.RoleArn is { Length: > 0 } arn && !IsRoleArn(arn))
        {
            throw new InvalidOperationException($"{where}:RoleArn \"{arn}\" is not an IAM role ARN; expected arn:PARTITION:iam::123456789012:role/Name (PARTITION is aws, aws-cn or aws-us-gov).");
        }
        if (options.DefaultRegion is { Length: > 0 } region && options.Regions.Count > 0 && !options.Regions.Contains(region))
        {
            throw new InvalidOperationException($"{where}:DefaultRegion {region} is not one of its Regions ({string.Join(", ", options.Regions)}).");
        }
        foreach (var (key, value) in options.Roles.Users.Concat(options.Roles.Groups))
        {
            if (ConsoleRoles.Parse(value) is null)
            {
                throw new InvalidOperationException($"{where}:Roles: \"{value}\" for {key} is not a role; use Viewer, Operator or Admin.");
            }
        }
        if (options.Roles.Others is { Length: > 0 } others && ConsoleRoles.Parse(others) is null
            && !string.Equals(others.Trim(), "None", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{where}:Roles:Others \"{others}\" is not a role; use None, Viewer, Operator or Admin.");
        }
    }

    private static bool IsRoleArn(string arn)
    {
        var parts = arn.Split(':', 6);
        return parts.Length == 6 && parts[0] == "arn" && parts[1].Length > 0 && parts[2] == "iam"
            && parts[4].Length == 12 && parts[4].All(char.IsAsciiDigit) && parts[5].StartsWith("role/", StringComparison.Ordinal);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
