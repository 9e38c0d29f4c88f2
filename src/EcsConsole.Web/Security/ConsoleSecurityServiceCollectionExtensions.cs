using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcsConsole.Web.Security;

public static class ConsoleSecurityServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in (cookie sessions, local accounts, optional OpenID Connect), a fallback policy that requires a signed-in
    /// user everywhere not marked anonymous, the operation guard and the bootstrap administrator. Call after
    /// <see cref="ConsoleStoreServiceCollectionExtensions.AddConsoleStore"/>.
    /// </summary>
    public static IServiceCollection AddConsoleSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ConsoleAuthOptions.SectionName);
        services.Configure<ConsoleAuthOptions>(section);
        var auth = section.Get<ConsoleAuthOptions>() ?? new ConsoleAuthOptions();

        services.AddConsoleOperationGuard(configuration);
        services.AddScoped<OperatorPrincipalAccessor>();
        services.AddScoped<ICurrentOperator, CurrentOperator>();
        services.AddSingleton<ConsoleSessionValidator>();
        services.Configure<EnvironmentDisclosureOptions>(configuration.GetSection(EnvironmentDisclosureOptions.SectionName));
        services.AddScoped<EnvironmentDisclosure>();
        services.AddSingleton<OidcUserInfoRoleSource>();
        services.AddSingleton<IOidcRoleSource>(sp => sp.GetRequiredService<OidcUserInfoRoleSource>());
        services.AddHttpClient(OidcUserInfoRoleSource.HttpClientName).RemoveAllLoggers();
        services.AddSingleton(new SignInRateLimits(auth.SignInRateLimit));
        services.AddRateLimiter(limiter => SignInRateLimits.Configure(limiter, auth.SignInRateLimit));
        services.AddConsoleForwardedHeaders(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, OperatorCircuitHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, ConnectionCircuitHandler>());
        services.AddHostedService<BootstrapAdministrator>();

        // Keys in the store, so every instance can read the others' cookies and antiforgery tokens; encrypted there
        // with a certificate when one is configured.
        var dataProtection = services.AddDataProtection().SetApplicationName("EcsConsole").PersistKeysToDbContext<ConsoleDbContext>();
        DataProtectionCertificate.Apply(dataProtection, configuration);

        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = SignInEndpoints.SignInPage;
                options.AccessDeniedPath = SignInEndpoints.AccessDeniedPage;
                options.ReturnUrlParameter = "returnUrl";
                options.Cookie.Name = "EcsConsole.Session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = auth.SessionTimeout;
                options.SlidingExpiration = true;
                options.EventsType = typeof(ConsoleCookieEvents);
            });
        services.AddSingleton<ConsoleCookieEvents>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IHostEnvironment>((options, environment) =>
                // Plain http is only tolerated while developing; anywhere else the cookie never leaves TLS.
                options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);

        if (auth.Oidc.Enabled)
        {
            authentication.AddOpenIdConnect(SignInEndpoints.OidcScheme, "Single sign-on", options => ConfigureOidc(options, auth.Oidc));
            services.AddOptions<OpenIdConnectOptions>(SignInEndpoints.OidcScheme).Configure<IHostEnvironment>((options, environment) =>
            {
                // Like the session cookie: plain http only while developing on this machine.
                var policy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.CorrelationCookie.SecurePolicy = policy;
                options.NonceCookie.SecurePolicy = policy;
            });
        }

        services.AddAuthorization(options =>
        {
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            options.AddPolicy(ConsolePolicies.Operator, p => p.RequireRole(ConsoleRoles.Operator, ConsoleRoles.Admin));
            options.AddPolicy(ConsolePolicies.Admin, p => p.RequireRole(ConsoleRoles.Admin));
        });
        services.AddCascadingAuthenticationState();
        // Not TryAdd: this must replace the framework's provider whichever order the host registers Razor components in.
        services.AddScoped<AuthenticationStateProvider, ConsoleRevalidatingAuthenticationStateProvider>();
        return services;
    }

    private static void ConfigureOidc(OpenIdConnectOptions options, OidcSignInOptions oidc)
    {
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.Authority = oidc.Authority;
        options.ClientId = oidc.ClientId;
        options.ClientSecret = oidc.ClientSecret;
        options.ResponseType = "code";
        options.UsePkce = true;
        options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        // The code comes back on a top-level GET redirect, so the correlation and nonce cookies can be SameSite=Lax
        // (a cross-site form post would need SameSite=None); PKCE and the state bind the code to this browser.
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.SaveTokens = true;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = true;
        options.CallbackPath = ConsoleRoutes.OidcCallback;
        options.Scope.Clear();
        options.Scope.Add("openid");
        var scopes = oidc.Scopes.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        foreach (var scope in scopes.Count > 0 ? scopes : ["profile", "email"]) options.Scope.Add(scope);
        options.ClaimActions.MapUniqueJsonKey(oidc.RoleClaim, oidc.RoleClaim);
        // Mapped once the ticket is complete, so roles sent only by the userinfo endpoint count as well as the ID token's.
        options.Events.OnTicketReceived = async context =>
        {
            var principal = context.Principal!;
            var role = OidcRoleMapper.Map(principal, oidc);
            var name = OidcRoleMapper.DisplayName(principal);
            // The access token is needed server-side only; it is taken out so the cookie never carries it.
            var accessToken = context.Properties?.GetTokenValue("access_token");
            context.Properties?.StoreTokens([]);
            if (role is null || name is null)
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConsoleSecurityServiceCollectionExtensions))
                    .LogWarning("Single sign-on for {Name} refused: none of its '{Claim}' values is in Auth:Oidc:RoleMapping and there is no Auth:Oidc:DefaultRole", name ?? "an account without a name", oidc.RoleClaim);
                context.Response.Redirect(SignInEndpoints.SignInPage + "?error=sso-norole");
                context.HandleResponse();
                return;
            }

            // The cookie keeps only what the console needs; the access token, encrypted, stays in the server-side
            // session so the role can be re-read from the provider every Auth:Oidc:RoleRefresh.
            var services = context.HttpContext.RequestServices;
            var protectedToken = string.IsNullOrEmpty(accessToken) ? null : services.GetRequiredService<OidcUserInfoRoleSource>().Protect(accessToken);
            var sessionId = await services.GetRequiredService<ConsoleSessionStore>().StartAsync(name, isLocalAccount: false, CancellationToken.None, protectedToken);
            // Groups go in the cookie too: roles per connection (Connections:<name>:Roles:Groups) are granted by group.
            var groups = OidcRoleMapper.Groups(context.Principal!, oidc);
            context.Principal = ConsoleClaims.CreatePrincipal(new OperatorIdentity(name, role.Value, IsLocalAccount: false) { Groups = groups }, ConsoleClaims.OidcMethod, sessionId);
        };
        options.Events.OnRemoteFailure = context =>
        {
            context.Response.Redirect(SignInEndpoints.SignInPage + "?error=sso");
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}
