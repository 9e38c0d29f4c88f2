using System.Net;

namespace EcsConsole.Web.Security;

/// <summary>
/// Development shows exception details and lets the session cookie travel over plain http; that is for a developer's
/// own machine. So Development is refused unless every address the app listens on is loopback.
/// </summary>
public static class DevelopmentBinding
{
    /// <summary>Throws when <paramref name="environment"/> is Development and a configured URL is not loopback.</summary>
    public static void EnsureLoopbackOnly(IHostEnvironment environment, IConfiguration configuration)
    {
        if (!environment.IsDevelopment()) return;
        var exposed = ListenUrls(configuration).Where(url => !IsLoopback(url)).ToList();
        if (exposed.Count == 0) return;
        throw new InvalidOperationException(
            $"The Development environment is only for this machine, but the console would listen on {string.Join(", ", exposed)}. " +
            "Run it in Production (ASPNETCORE_ENVIRONMENT=Production, or `dotnet run --launch-profile production`), or listen on 127.0.0.1 only.");
    }

    public static IEnumerable<string> ListenUrls(IConfiguration configuration)
    {
        // --urls, ASPNETCORE_URLS and launchSettings' applicationUrl all arrive as "urls"; Kestrel endpoints have their own keys.
        var urls = (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var kestrel = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>();
        var ports = new[] { configuration["http_ports"], configuration["https_ports"] }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => $"http://*:{p}");
        return urls.Concat(kestrel).Concat(ports);
    }

    public static bool IsLoopback(string url)
    {
        var authority = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
        authority = authority.Split('/')[0];
        var host = authority.StartsWith('[') ? authority[1..authority.IndexOf(']')] : authority.Split(':')[0];
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
