using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using EcsConsole.Core.Security;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace EcsConsole.Web.Security;

/// <summary>
/// Re-reads a single sign-on user's role from the provider's standard userinfo endpoint with the access token kept
/// (encrypted) in the server-side session. Singleton.
/// </summary>
internal sealed class OidcUserInfoRoleSource(
    IOptions<ConsoleAuthOptions> auth,
    IOptionsMonitor<OpenIdConnectOptions> oidcOptions,
    IHttpClientFactory httpClients,
    IDataProtectionProvider dataProtection,
    ILogger<OidcUserInfoRoleSource> logger) : IOidcRoleSource
{
    public const string HttpClientName = "EcsConsole.OidcUserInfo";

    private IDataProtector Protector => dataProtection.CreateProtector("EcsConsole.Sessions.OidcAccessToken");

    public bool IsEnabled => auth.Value.Oidc.Enabled;

    public TimeSpan RefreshInterval => auth.Value.Oidc.RoleRefresh;

    public string Protect(string accessToken) => Protector.Protect(accessToken);

    public async Task<ConsoleRole?> ReadRoleAsync(ConsoleSession session, CancellationToken cancellationToken)
    {
        if (session.ProtectedAccessToken is null) return null;
        string token;
        try
        {
            token = Protector.Unprotect(session.ProtectedAccessToken);
        }
        catch (CryptographicException)
        {
            return null;
        }

        try
        {
            var options = oidcOptions.Get(SignInEndpoints.OidcScheme);
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            if (string.IsNullOrEmpty(configuration.UserInfoEndpoint))
            {
                logger.LogWarning("The identity provider publishes no userinfo endpoint, so single sign-on roles cannot be re-read; sessions end after Auth:Oidc:RoleRefresh");
                return null;
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, configuration.UserInfoEndpoint);
            request.Headers.Authorization = new("Bearer", token);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogInformation("The identity provider answered {Status} when re-reading the roles of a single sign-on session; the session ends", (int)response.StatusCode);
                return null;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return OidcRoleMapper.Map(new ClaimsPrincipal(new ClaimsIdentity(Claims(json.RootElement), "userinfo")), auth.Value.Oidc);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException or IOException)
        {
            // Not being able to confirm the role must not extend it: the user signs in again through the provider.
            logger.LogWarning(ex, "Could not re-read the roles of a single sign-on session from the identity provider; the session ends");
            return null;
        }
    }

    private static IEnumerable<Claim> Claims(JsonElement userInfo)
    {
        if (userInfo.ValueKind != JsonValueKind.Object) yield break;
        foreach (var property in userInfo.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String) yield return new Claim(property.Name, item.GetString()!);
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.String)
            {
                yield return new Claim(property.Name, property.Value.GetString()!);
            }
        }
    }
}
