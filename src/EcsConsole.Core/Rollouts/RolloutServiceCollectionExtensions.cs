using EcsConsole.Core.Connection;
using EcsConsole.Core.Rollouts.CodeDeploy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcsConsole.Core.Rollouts;

public static class RolloutServiceCollectionExtensions
{
    /// <summary>
    /// Registers the rollout service layer: <see cref="IRolloutService"/> and <see cref="ICodeDeployRollouts"/> (scoped: they act for the current operator),
    /// <see cref="IDeploymentWatcher"/> and <see cref="IDeploymentHistory"/> (singletons) and the store-backed journal.
    /// Needs the AWS clients, the console store and the operation gate.
    /// </summary>
    public static IServiceCollection AddRollouts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeploymentMonitorOptions>(configuration.GetSection(DeploymentMonitorOptions.SectionName));
        services.TryAddSingleton<IConnectionCapabilities, ConnectionCapabilities>();
        services.TryAddSingleton<IRolloutJournal, RolloutJournal>();
        services.TryAddSingleton<DeploymentSideReader>();
        services.TryAddSingleton<DeploymentWatcher>();
        services.TryAddSingleton<IDeploymentWatcher>(sp => sp.GetRequiredService<DeploymentWatcher>());
        services.TryAddSingleton<IDeploymentHistory, DeploymentHistory>();
        services.TryAddScoped<IRolloutService, RolloutService>();
        services.TryAddScoped<ICodeDeployRollouts, CodeDeployRollouts>();
        services.TryAddScoped<Scaling.IServiceScaling, Scaling.ServiceScaling>();
        services.TryAddScoped<Exec.IExecSessions, Exec.ExecSessions>();
        return services;
    }
}
