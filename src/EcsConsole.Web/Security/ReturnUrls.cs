namespace EcsConsole.Web.Security;

/// <summary>Keeps post-sign-in redirects inside the console (no open redirect to another site).</summary>
public static class ReturnUrls
{
    public static string Safe(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl[0] != '/') return "/";
        if (returnUrl.Length > 1 && (returnUrl[1] == '/' || returnUrl[1] == '\\')) return "/";
        if (returnUrl.Any(char.IsControl)) return "/";
        return returnUrl.StartsWith(SignInEndpoints.SignInPage, StringComparison.OrdinalIgnoreCase) ? "/" : returnUrl;
    }
}
