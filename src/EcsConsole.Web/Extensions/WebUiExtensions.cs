using EcsConsole.Web.Components;
using EcsConsole.Web.Security;
using MudBlazor.Services;

namespace EcsConsole.Web.Extensions;

public static class WebUiExtensions
{
    public static IServiceCollection AddConsoleUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHealthChecks();
        return services;
    }

    public static WebApplication MapConsoleUi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/not-found", createScopeForErrors: true);
        }
        app.UseConsoleSecurity();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapConsoleSecurityEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapGet("/healthz", () => Results.Text("Healthy")).AllowAnonymous();
        return app;
    }
}
