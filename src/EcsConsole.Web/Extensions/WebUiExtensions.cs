using EcsConsole.Web.Components;
using EcsConsole.Web.Model.Rollouts;
using EcsConsole.Web.Security;
using MudBlazor.Services;

namespace EcsConsole.Web.Extensions;

public static class WebUiExtensions
{
    public static IServiceCollection AddConsoleUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddScoped<IImageChoices, EcrImageChoices>();
        services.AddHealthChecks();
        return services;
    }

    public static WebApplication MapConsoleUi(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(ConsoleRoutes.Error, createScopeForErrors: true);
        }
        app.UseConsoleSecurity();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapConsoleSecurityEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        // Liveness for load balancers and CI: plain "Healthy", 200, no sign-in.
        app.MapHealthChecks("/healthz").AllowAnonymous();
        return app;
    }
}
