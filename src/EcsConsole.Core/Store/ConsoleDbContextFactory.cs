using Microsoft.EntityFrameworkCore;

namespace EcsConsole.Core.Store;

/// <summary>Hands out the configured provider's context as the provider-neutral <see cref="ConsoleDbContext"/>.</summary>
internal sealed class ConsoleDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<ConsoleDbContext>
    where TContext : ConsoleDbContext
{
    public ConsoleDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<ConsoleDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
