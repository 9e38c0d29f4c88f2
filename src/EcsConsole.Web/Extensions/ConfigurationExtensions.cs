using Microsoft.Extensions.Configuration.Json;

namespace EcsConsole.Web.Extensions;

public static class ConfigurationExtensions
{
    /// <summary>
    /// Adds the repository-root appsettings.json that the build copies beside the binaries. Under <c>dotnet run</c>
    /// the content root is the project folder, which holds no appsettings.json, so the file is read from
    /// <see cref="AppContext.BaseDirectory"/>; it goes where the content-root file sits, so environment-specific
    /// files, environment variables and the command line still override it.
    /// </summary>
    public static WebApplicationBuilder AddAppSettingsBesideBinaries(this WebApplicationBuilder builder)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var sources = builder.Configuration.Sources;
        var contentRootFile = Path.Combine(builder.Environment.ContentRootPath, "appsettings.json");
        if (!File.Exists(path) || string.Equals(Path.GetFullPath(contentRootFile), Path.GetFullPath(path), StringComparison.Ordinal))
        {
            return builder;
        }
        var source = new JsonConfigurationSource { Path = path, Optional = false, ReloadOnChange = false };
        source.ResolveFileProvider();
        var anchor = sources
            .Select((s, index) => (s, index))
            .FirstOrDefault(p => p.s is JsonConfigurationSource { Path: "appsettings.json" });
        var position = anchor.s is null ? 0 : anchor.index + 1;
        sources.Insert(position, source);
        return builder;
    }

    /// <summary>
    /// Serves library static files (MudBlazor's <c>_content/</c>) when the built dll runs from its build folder outside
    /// Development: there they live in the NuGet cache, and only the static web assets manifest beside the dll says
    /// where. Published output carries the files itself and has no such manifest, so nothing changes there.
    /// </summary>
    public static WebApplicationBuilder UseStaticWebAssetsFromBuildOutput(this WebApplicationBuilder builder)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json");
        if (!builder.Environment.IsDevelopment() && File.Exists(manifest))
        {
            builder.WebHost.UseStaticWebAssets();
        }
        return builder;
    }
}
