using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EcsConsole.Sandbox;

public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded AWS sandbox, bound from <paramref name="section"/> (see <see cref="SandboxOptions"/>), as a hosted
    /// service. Resolve <see cref="SandboxHostedService"/> and await <see cref="SandboxHostedService.Started"/> for its URL.
    /// </summary>
    public static IServiceCollection AddEcsSandbox(this IServiceCollection services, IConfiguration section)
    {
        services.Configure<SandboxOptions>(section);
        services.AddSingleton<SandboxHostedService>();
        services.AddHostedService(provider => provider.GetRequiredService<SandboxHostedService>());
        return services;
    }
}
