using EcsConsole.Core.Security;
using EcsConsole.Core.Store;
using Microsoft.Extensions.Options;

namespace EcsConsole.Web.Security;

/// <summary>
/// Makes sure an administrator can sign in after the first start. A generated password is logged exactly once, at
/// creation: it is not stored anywhere but as a hash, so a later start has nothing to print. A configured password is
/// likewise used only at creation; later starts leave the account alone.
/// </summary>
internal sealed class BootstrapAdministrator(
    IServiceScopeFactory scopes,
    ConsoleStoreInitializer store,
    IOptions<ConsoleAuthOptions> options,
    ILogger<BootstrapAdministrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.EnsureReadyAsync(cancellationToken);
        var admin = options.Value.BootstrapAdmin;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<ConsoleUserService>();
        var result = await users.EnsureBootstrapAdminAsync(admin.UserName, admin.Password, cancellationToken);
        switch (result.Action)
        {
            case BootstrapAction.CreatedWithGeneratedPassword:
                logger.LogWarning(
                    "FIRST START: created administrator '{UserName}' with the generated password {Password} — sign in and store it safely; it will not be shown again. Set Auth__BootstrapAdmin__Password to choose it instead.",
                    admin.UserName, result.GeneratedPassword);
                break;
            case BootstrapAction.CreatedFromConfiguration:
                logger.LogInformation("Created administrator '{UserName}' with the password from Auth:BootstrapAdmin:Password", admin.UserName);
                break;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
