using EcsConsole.Core.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace EcsConsole.Web.Security;

/// <summary>
/// Sign-in and sign-out as plain form posts: a Blazor circuit cannot set cookies, so the static sign-in page posts
/// here. Both demand the form's antiforgery token; sign-in posts are rate-limited per client and per user name.
/// </summary>
public static class SignInEndpoints
{
    public const string SignInPage = ConsoleRoutes.SignIn;
    public const string AccessDeniedPage = ConsoleRoutes.AccessDenied;
    public const string PasswordSignInPath = ConsoleRoutes.PasswordSignIn;
    public const string OidcSignInPath = ConsoleRoutes.OidcSignIn;
    public const string SignOutPath = ConsoleRoutes.SignOut;
    public const string OidcScheme = "oidc";

    // Generous for a user name and a password; anything longer is not a sign-in and is refused before it is read.
    private const int MaxFormValueLength = 8 * 1024;

    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(PasswordSignInPath, (Delegate)SignInWithPasswordAsync)
            .AllowAnonymous()
            .RequireRateLimiting(SignInRateLimits.PerClientPolicy)
            .WithFormOptions(valueLengthLimit: MaxFormValueLength);
        // Sign-out binds no form, so the endpoint asks for the token check and then insists it passed (see SignOutAsync).
        endpoints.MapPost(SignOutPath, (Delegate)SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        var oidc = endpoints.ServiceProvider.GetRequiredService<IOptions<ConsoleAuthOptions>>().Value.Oidc;
        if (oidc.Enabled)
        {
            endpoints.MapGet(OidcSignInPath, (string? returnUrl) =>
                Results.Challenge(new AuthenticationProperties { RedirectUri = ReturnUrls.Safe(returnUrl) }, [OidcScheme])).AllowAnonymous();
        }

        return endpoints;
    }

    private static async Task<IResult> SignInWithPasswordAsync(
        [FromForm] SignInForm form,
        HttpContext http,
        ConsoleUserService users,
        ConsoleSessionStore sessions,
        SignInRateLimits limits,
        CancellationToken cancellationToken)
    {
        var returnUrl = ReturnUrls.Safe(form.ReturnUrl);
        var userName = ConsoleUserService.CapUserName(form.UserName);
        if (userName.Length == 0 || string.IsNullOrEmpty(form.Password))
        {
            return Results.LocalRedirect(SignInPageUrl("missing", returnUrl, userName));
        }

        using var lease = limits.AcquireForUserName(userName);
        if (!lease.IsAcquired) return SignInRateLimits.TooManyAttempts(http, lease);

        var result = await users.VerifyPasswordAsync(userName, form.Password, cancellationToken);
        if (result is not { Outcome: SignInOutcome.Succeeded, Operator: { } signedIn })
        {
            var error = result.Outcome == SignInOutcome.Disabled ? "disabled" : "invalid";
            return Results.LocalRedirect(SignInPageUrl(error, returnUrl, userName));
        }

        var sessionId = await sessions.StartAsync(signedIn.Name, isLocalAccount: true, CancellationToken.None);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ConsoleClaims.CreatePrincipal(signedIn, ConsoleClaims.LocalMethod, sessionId));
        return Results.LocalRedirect(returnUrl);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, ConsoleSessionStore sessions)
    {
        // The antiforgery middleware only records a failed check; an endpoint that binds no form must refuse it itself.
        if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Sign-out was not sent by the console's own page.",
                detail: "Reload the console and use its Sign out button.");
        }

        // Revoked server-side first: a copy of the cookie is worth nothing after this, whatever the browser keeps.
        await sessions.RevokeAsync(ConsoleClaims.SessionOf(http.User), CancellationToken.None);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect(SignInPage);
    }

    private static string SignInPageUrl(string error, string returnUrl, string userName) =>
        SignInPage + QueryString.Create(new Dictionary<string, string?>
        {
            ["error"] = error,
            ["returnUrl"] = returnUrl,
            ["userName"] = userName,
        }).ToUriComponent();
}
