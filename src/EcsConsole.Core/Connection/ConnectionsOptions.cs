namespace EcsConsole.Core.Connection;

/// <summary>
/// The <c>Connections</c> configuration section: the accounts (and regions) the console may act in besides its own,
/// by name (<c>Connections:staging:RoleArn=…</c>). The console's own connection (the <c>Aws</c> section, or the sandbox)
/// is always there, named <see cref="ConnectionCatalog.DefaultName"/>.
/// </summary>
public sealed class ConnectionsOptions
{
    public const string SectionName = "Connections";
}

/// <summary>One configured connection.</summary>
public sealed class ConnectionOptions
{
    /// <summary>A named or SSO profile of the shared config files; its own chain gives the credentials.</summary>
    public string? Profile { get; set; }

    /// <summary>A role the console assumes with its own credentials (STS AssumeRole), to reach another account.</summary>
    public string? RoleArn { get; set; }

    /// <summary>The external id the role's trust policy asks for, if any.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The role session name CloudTrail shows; defaults to <c>EcsConsole</c>.</summary>
    public string? SessionName { get; set; }

    /// <summary>The AWS partition (<c>aws</c>, <c>aws-cn</c>, <c>aws-us-gov</c>); read from the role ARN when it names one.</summary>
    public string? Partition { get; set; }

    /// <summary>The regions offered for this connection; empty means the console's own region only.</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary>The region a user starts in; the first of <see cref="Regions"/> when unset.</summary>
    public string? DefaultRegion { get; set; }

    /// <summary>An endpoint for every service (a sandbox or LocalStack-style setup); the console's own when unset.</summary>
    public string? EndpointUrl { get; set; }

    /// <summary>Who may do what on this connection; unset keeps each user's console role.</summary>
    public ConnectionRoleOptions Roles { get; set; } = new();
}

/// <summary>
/// Roles on one connection. A user's role here is the highest of their grants (<see cref="Users"/> by user name,
/// <see cref="Groups"/> by single sign-on group or role claim value); with no grant it is their console role, capped at
/// <see cref="Others"/> when that is set (<c>None</c> hides the connection from them). Grants may raise or lower the
/// console role: a Viewer may be Operator on staging, an Operator only a Viewer on production.
/// </summary>
public sealed class ConnectionRoleOptions
{
    public Dictionary<string, string> Users { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Groups { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The most a user without a grant holds here: <c>Viewer</c>, <c>Operator</c>, <c>Admin</c>, or <c>None</c>.</summary>
    public string? Others { get; set; }
}
