namespace EcsConsole.Web.Security;

public static class ConsoleSecurityApplicationExtensions
{
    /// <summary>
    /// Forwarded headers (when configured), security headers, HSTS outside Development, sign-in rate limits,
    /// authentication and authorization. Call before <c>UseAntiforgery</c> and before mapping endpoints. Refuses to run
    /// Development on anything but loopback.
    /// </summary>
    public static WebApplication UseConsoleSecurity(this WebApplication app)
    {
        DevelopmentBinding.EnsureLoopbackOnly(app.Environment, app.Configuration);
        if (ConsoleForwardedHeaders.IsConfigured(app.Configuration))
        {
            app.UseForwardedHeaders();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<OperatorPrincipalAccessor>().Principal = context.User;
            return next(context);
        });
        app.UseAuthorization();
        app.UseSessionConnection();
        return app;
    }

    /// <summary>Sign-in, sign-out and the audit exports.</summary>
    public static WebApplication MapConsoleSecurityEndpoints(this WebApplication app)
    {
        app.MapSignInEndpoints();
        app.MapAuditExportEndpoints();
        return app;
    }
}
