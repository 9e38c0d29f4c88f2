using EcsConsole.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace EcsConsole.Web.Security;

/// <summary>
/// Pages redirect to sign-in, everything else (the Blazor hub, exports, APIs) gets a plain 401/403; and each request
/// re-checks a local account so a disabled user loses access and a changed role applies without signing out.
/// </summary>
internal sealed class ConsoleCookieEvents : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        RedirectOrStatus(context, StatusCodes.Status401Unauthorized);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        RedirectOrStatus(context, StatusCodes.Status403Forbidden);

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var claimed = ConsoleClaims.ToOperator(context.Principal);
        if (claimed is null)
        {
            await RejectAsync(context);
            return;
        }

        if (!claimed.IsLocalAccount) return;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<LocalAccountDirectory>();
        var current = await accounts.FindActiveAsync(claimed.Name, context.HttpContext.RequestAborted);
        if (current is null)
        {
            await RejectAsync(context);
        }
        else if (current.Role != claimed.Role)
        {
            context.ReplacePrincipal(ConsoleClaims.CreatePrincipal(current, ConsoleClaims.LocalMethod));
            context.ShouldRenew = true;
        }
    }

    /// <summary>True for a browser navigation to a page, which should see the sign-in page rather than a bare status.</summary>
    public static bool IsPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Path.StartsWithSegments("/_blazor")
        && !request.Path.StartsWithSegments("/audit/export.csv")
        && !request.Path.StartsWithSegments("/audit/export.json")
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
