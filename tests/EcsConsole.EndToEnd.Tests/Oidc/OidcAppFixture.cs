namespace EcsConsole.EndToEnd.Tests.Oidc;

/// <summary>
/// The app with single sign-on through a real <see cref="OidcProviderProcess"/>: the provider's group <c>ops</c> maps to
/// Operator, nothing else maps, and roles are re-read from the provider every 3 seconds.
/// </summary>
public sealed class OidcAppFixture : InProcessAppFixture
{
    public static readonly TimeSpan RoleRefresh = TimeSpan.FromSeconds(3);

    private readonly string _accountsFile = Path.Combine(Path.GetTempPath(), $"ecsconsole-e2e-oidc-accounts-{Guid.NewGuid():N}.json");

    public OidcAppFixture()
        : base("oidc")
    {
        Provider = OidcProviderProcess.Reserve(_accountsFile);
    }

    public OidcProviderProcess Provider { get; }

    protected override IEnumerable<string> Settings =>
    [
        $"--Auth:Oidc:Authority={Provider.Issuer}",
        $"--Auth:Oidc:ClientId={OidcProviderProcess.ClientId}",
        $"--Auth:Oidc:ClientSecret={OidcProviderProcess.ClientSecret}",
        "--Auth:Oidc:RequireHttpsMetadata=false",
        "--Auth:Oidc:Scopes:0=profile",
        "--Auth:Oidc:Scopes:1=groups",
        "--Auth:Oidc:RoleClaim=groups",
        "--Auth:Oidc:RoleMapping:ops=Operator",
        $"--Auth:Oidc:RoleRefresh={RoleRefresh:c}",
    ];

    public override async Task InitializeAsync()
    {
        Provider.SetAccounts(new Dictionary<string, string[]> { ["olga"] = ["ops"], ["vince"] = ["marketing"] });
        await base.InitializeAsync();
        await Provider.StartAsync($"{BaseUrl}/account/signin/oidc-callback");
    }

    public override async Task DisposeAsync()
    {
        await Provider.DisposeAsync();
        await base.DisposeAsync();
        File.Delete(_accountsFile);
    }
}
