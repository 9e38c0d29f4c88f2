using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace EcsConsole.Web.Security;

/// <summary>
/// Behind a load balancer or reverse proxy: with <c>ForwardedHeaders:KnownProxies</c> (addresses) or
/// <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges) set, <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from
/// those senders are honoured, so sign-in limits count the real client and cookies see https. Without them the
/// headers are ignored (anyone could send them).
/// </summary>
public static class ConsoleForwardedHeaders
{
    public const string SectionName = "ForwardedHeaders";

    public static bool IsConfigured(IConfiguration configuration) =>
        Values(configuration, "KnownProxies").Any() || Values(configuration, "KnownNetworks").Any();

    public static IServiceCollection AddConsoleForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration)) return services;
        var proxies = Values(configuration, "KnownProxies").Select(ParseProxy).ToList();
        var networks = Values(configuration, "KnownNetworks").Select(ParseNetwork).ToList();
        var limit = configuration.GetSection(SectionName).GetValue<int?>("ForwardLimit") ?? 1;
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = limit;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
        return services;
    }

    private static IPAddress ParseProxy(string text) =>
        IPAddress.TryParse(text, out var address)
            ? address
            : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies holds '{text}', which is not an IP address.");

    private static System.Net.IPNetwork ParseNetwork(string text) =>
        System.Net.IPNetwork.TryParse(text, out var network)
            ? network
            : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks holds '{text}', which is not a CIDR range such as 10.0.0.0/8.");

    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(SectionName).GetSection(key);
        // A list (ForwardedHeaders:KnownProxies:0) or one comma-separated value (ForwardedHeaders__KnownProxies=a,b).
        var items = section.GetChildren().Select(c => c.Value).Append(section.Value);
        return items.Where(v => !string.IsNullOrWhiteSpace(v)).SelectMany(v => v!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
