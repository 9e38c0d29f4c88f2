namespace EcsConsole.Web.Security;

public static class ConsoleSecurityApplicationExtensions
{
    /// <summary>
    /// Security headers, HSTS outside Development, authentication and authorization. Call before
    /// <c>UseAntiforgery</c> and before mapping endpoints.
    /// </summary>
    public static WebApplication UseConsoleSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseAuthentication();
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<OperatorPrincipalAccessor>().Principal = context.User;
            return next(context);
        });
        app.UseAuthorization();
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
