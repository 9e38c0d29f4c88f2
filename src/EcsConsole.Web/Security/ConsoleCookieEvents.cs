using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace EcsConsole.Web.Security;

/// <summary>
/// Pages redirect to sign-in, everything else (the Blazor hub, exports, APIs) gets a plain 401/403; and each request
/// re-checks the server-side session and the account, so a cookie kept after sign-out, a password reset or a disable
/// is refused, and a changed role applies without signing out.
/// </summary>
internal sealed class ConsoleCookieEvents(ConsoleSessionValidator validator) : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        RedirectOrStatus(context, StatusCodes.Status401Unauthorized);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        RedirectOrStatus(context, StatusCodes.Status403Forbidden);

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var claimed = ConsoleClaims.ToOperator(context.Principal);
        var current = context.Principal is null ? null : await validator.ValidateAsync(context.Principal, context.HttpContext.RequestAborted);
        if (claimed is null || current is null)
        {
            await RejectAsync(context);
        }
        else if (current.Role != claimed.Role)
        {
            var method = claimed.IsLocalAccount ? ConsoleClaims.LocalMethod : ConsoleClaims.OidcMethod;
            context.ReplacePrincipal(ConsoleClaims.CreatePrincipal(current, method, ConsoleClaims.SessionOf(context.Principal)!));
            context.ShouldRenew = true;
        }
    }

    /// <summary>True for a browser navigation to a page, which should see the sign-in page rather than a bare status.</summary>
    public static bool IsPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Path.StartsWithSegments("/_blazor")
        && !request.Path.StartsWithSegments(ConsoleRoutes.AuditExportCsv)
        && !request.Path.StartsWithSegments(ConsoleRoutes.AuditExportJson)
        && request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsPageRequest(context.Request))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
