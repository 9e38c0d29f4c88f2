using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Ecs;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.Logs;
using EcsConsole.Core.Wizards.TaskDefinitions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EcsConsole.Core.Wizards;

public static class WizardServiceCollectionExtensions
{
    /// <summary>
    /// Registers the wizard engine (journal, runner, live progress, the sweep of runs whose console instance stopped) and the
    /// call executors. Needs the console store (with its owner leases) and the AWS clients.
    /// </summary>
    public static IServiceCollection AddWizards(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WizardJournal>();
        services.TryAddSingleton<WizardProgressFeed>();
        services.TryAddSingleton<WizardRunTakeover>();
        services.TryAddSingleton<WizardRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWizardCallExecutor, IamCallExecutor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWizardCallExecutor, EcsServiceCallExecutor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWizardCallExecutor, LogsCallExecutor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWizardCallExecutor, EcsTaskDefinitionCallExecutor>());
        services.TryAddSingleton<TaskDefinitionWizardSource>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWizardCallExecutor, EcsClusterCallExecutor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWizardCallExecutor, Elbv2.Elbv2CallExecutor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWizardCallExecutor, ApplicationAutoScaling.ApplicationAutoScalingCallExecutor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWizardCallExecutor, ServiceDiscovery.ServiceDiscoveryCallExecutor>());
        services.TryAddSingleton<ClusterWizardSource>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWizardCallExecutor, Ec2.Ec2CallExecutor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWizardCallExecutor, AutoScaling.AutoScalingCallExecutor>());
        services.TryAddScoped<WizardService>();
        services.AddHostedService<WizardInterruptionSweep>();
        return services;
    }
}
