using EcsConsole.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace EcsConsole.Web.Security;

/// <summary>
/// Sign-in and sign-out as plain form posts: a Blazor circuit cannot set cookies, so the static sign-in page posts
/// here. Form binding makes the antiforgery middleware validate the token.
/// </summary>
public static class SignInEndpoints
{
    public const string SignInPage = "/account/signin";
    public const string AccessDeniedPage = "/account/denied";
    public const string PasswordSignInPath = "/account/signin/password";
    public const string OidcSignInPath = "/account/signin/oidc";
    public const string SignOutPath = "/account/signout";
    public const string OidcScheme = "oidc";

    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(PasswordSignInPath, (Delegate)SignInWithPasswordAsync).AllowAnonymous();
        // Sign-out binds no form, so the token check is asked for explicitly (cross-site sign-out is a nuisance attack).
        endpoints.MapPost(SignOutPath, (Delegate)SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        var oidc = endpoints.ServiceProvider.GetRequiredService<IOptions<ConsoleAuthOptions>>().Value.Oidc;
        if (oidc.Enabled)
        {
            endpoints.MapGet(OidcSignInPath, (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrls.Safe(returnUrl) }, [OidcScheme])).AllowAnonymous();
        }

        return endpoints;
    }

    private static async Task<IResult> SignInWithPasswordAsync([FromForm] SignInForm form, HttpContext http, ConsoleUserService users, CancellationToken cancellationToken)
    {
        var returnUrl = ReturnUrls.Safe(form.ReturnUrl);
        if (string.IsNullOrWhiteSpace(form.UserName) || string.IsNullOrEmpty(form.Password))
        {
            return Results.LocalRedirect(SignInPageUrl("missing", returnUrl, form.UserName));
        }

        var result = await users.VerifyPasswordAsync(form.UserName, form.Password, cancellationToken);
        if (result is not { Outcome: SignInOutcome.Succeeded, Operator: { } signedIn })
        {
            var error = result.Outcome switch
            {
                SignInOutcome.LockedOut => "locked",
                SignInOutcome.Disabled => "disabled",
                _ => "invalid",
            };
            return Results.LocalRedirect(SignInPageUrl(error, returnUrl, form.UserName));
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ConsoleClaims.CreatePrincipal(signedIn, ConsoleClaims.LocalMethod));
        return Results.LocalRedirect(returnUrl);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect(SignInPage);
    }

    private static string SignInPageUrl(string error, string returnUrl, string? userName) =>
        SignInPage + QueryString.Create(new Dictionary<string, string?>
        {
            ["error"] = error,
            ["returnUrl"] = returnUrl,
            ["userName"] = userName?.Trim(),
        }).ToUriComponent();
}
