using EcsConsole.Aws;
using EcsConsole.Core;
using EcsConsole.Core.Store;
using EcsConsole.Web.Extensions;
using EcsConsole.Web.Security;

namespace EcsConsole.Web;

/// <summary>Builds the whole app; <c>Program</c> runs it and end-to-end tests start it in-process on a real port.</summary>
public static class EcsConsoleHost
{
    public static WebApplication Build(string[] args, WebApplicationOptions? options = null)
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

        var app = builder.Build();
        app.MapConsoleUi();
        return app;
    }
}
