using Microsoft.Extensions.Hosting;

namespace EcsConsole.Core.Store;

/// <summary>Migrates the store before the host starts serving, so the first request finds the schema.</summary>
internal sealed class ConsoleStoreStartup(ConsoleStoreInitializer initializer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.EnsureReadyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
