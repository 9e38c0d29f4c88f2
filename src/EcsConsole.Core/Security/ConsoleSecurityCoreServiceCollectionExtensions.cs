using EcsConsole.Aws;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcsConsole.Core.Security;

public static class ConsoleSecurityCoreServiceCollectionExtensions
{
    /// <summary>
    /// The service-layer half of security: the operation guard, production-cluster policy and local accounts.
    /// The host must also register an <see cref="ICurrentOperator"/> and the store (<c>AddConsoleStore</c>).
    /// </summary>
    public static IServiceCollection AddConsoleOperationGuard(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConsoleSecurityOptions>(configuration.GetSection(ConsoleSecurityOptions.SectionName));
        services.Configure<LocalAccountOptions>(configuration.GetSection(LocalAccountOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IProductionClusterPolicy, ProductionClusterPolicy>();
        services.TryAddScoped<IOperationAuthorizer, OperationGuard>();
        services.TryAddScoped<SystemActorContext>();
        services.TryAddSingleton<IPasswordHasher<ConsoleUser>, PasswordHasher<ConsoleUser>>();
        services.TryAddScoped<ConsoleUserService>();
        services.TryAddSingleton<LocalAccountDirectory>();
        services.TryAddSingleton<ConsoleSessionStore>();
        services.TryAddSingleton<AwsCallLog>();
        services.AddHostedService<AwsRequestIdRecorder>();
        return services;
    }
}
