namespace EcsConsole.Web.Security;

/// <summary>The <c>Auth</c> configuration section.</summary>
public sealed class ConsoleAuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>Sliding session lifetime: a session ends after this long without a request.</summary>
    public TimeSpan SessionTimeout { get; set; } = TimeSpan.FromHours(8);

    public OidcSignInOptions Oidc { get; set; } = new();

    public SignInRateLimitOptions SignInRateLimit { get; set; } = new();

    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();
}

/// <summary>OpenID Connect sign-in; enabled only when <see cref="Authority"/> is set.</summary>
public sealed class OidcSignInOptions
{
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes requested in addition to <c>openid</c>; empty means <c>profile email</c>. (No list default here: binding appends to it.)</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>The ID-token claim that carries the provider's groups or roles.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Provider role/group value → console role name (Viewer, Operator, Admin). The highest match wins.</summary>
    public Dictionary<string, string> RoleMapping { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Role for signed-in users with no mapped value; empty refuses them.</summary>
    public string? DefaultRole { get; set; }

    /// <summary>
    /// How long a role read from the provider is trusted: after this the console asks the provider's userinfo endpoint
    /// again, so a group removed at the provider takes effect within this time (and a session the provider no longer
    /// answers for ends).
    /// </summary>
    public TimeSpan RoleRefresh { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>False only for a provider on this machine over plain http (tests); anywhere else metadata comes over TLS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}

/// <summary>The administrator created at first start.</summary>
public sealed class BootstrapAdminOptions
{
    public string UserName { get; set; } = "admin";

    /// <summary>
    /// From <c>Auth__BootstrapAdmin__Password</c>, used only when the account is created and refused when shorter than
    /// <c>Auth:LocalAccounts:MinimumPasswordLength</c>; when unset a password is generated once and logged.
    /// </summary>
    public string? Password { get; set; }
}

/// <summary>How many sign-in posts are answered per window before the rest get 429 with <c>Retry-After</c>.</summary>
public sealed class SignInRateLimitOptions
{
    /// <summary>Posts per window from one client address (the forwarded one when <c>ForwardedHeaders</c> is configured).</summary>
    public int PerClient { get; set; } = 20;

    /// <summary>Posts per window naming one user, from anywhere.</summary>
    public int PerUserName { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
