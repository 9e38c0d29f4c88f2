using EcsConsole.Aws;
using EcsConsole.Core;
using EcsConsole.Core.Store;
using EcsConsole.Web.Extensions;
using EcsConsole.Web.Security;
using EcsConsole.Web.Telemetry;

namespace EcsConsole.Web;

/// <summary>Builds the whole app; <c>Program</c> runs it and end-to-end tests start it in-process on a real port.</summary>
public static class EcsConsoleHost
{
    /// <param name="configure">Called just before the app is built, for test hosts that add services of their own (an in-memory exporter).</param>
    public static WebApplication Build(string[] args, WebApplicationOptions? options = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = options is null ? WebApplication.CreateBuilder(args) : WebApplication.CreateBuilder(options);
        builder.AddAppSettingsBesideBinaries();
        builder.UseStaticWebAssetsFromBuildOutput();
        builder.AddConnectionMode();
        builder.AddAwsRateBudget();
        builder.Services.AddAwsClients();
        builder.Services.AddEcsConsoleCore(builder.Configuration);
        builder.Services.AddConsoleStore(builder.Configuration);
        builder.Services.AddConsoleSecurity(builder.Configuration);
        builder.Services.AddConsoleUi();
        builder.AddConsoleTelemetry();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseConsoleTelemetry();
        app.MapConsoleUi();
        return app;
    }
}
