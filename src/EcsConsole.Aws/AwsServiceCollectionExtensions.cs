using EcsConsole.Aws.ApplicationAutoScaling;
using EcsConsole.Aws.AutoScaling;
using EcsConsole.Aws.Budget;
using EcsConsole.Aws.CloudWatch;
using EcsConsole.Aws.CodeDeploy;
using EcsConsole.Aws.Credentials;
using EcsConsole.Aws.Ecr;
using EcsConsole.Aws.Ec2;
using EcsConsole.Aws.Ecs;
using EcsConsole.Aws.ElasticLoadBalancing;
using EcsConsole.Aws.Endpoints;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Iam;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Logs;
using EcsConsole.Aws.Query;
using EcsConsole.Aws.ServiceDiscovery;
using EcsConsole.Aws.Ssm;
using EcsConsole.Aws.Sts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Aws;

public static class AwsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the AWS clients and their plumbing as singletons. The initial connection is real AWS with the standard
    /// region chain; the host may <see cref="AwsConnection.Switch"/> it (e.g. to the sandbox). Registrations use TryAdd,
    /// so tests can pre-register a <see cref="TimeProvider"/>, an <see cref="AwsRetryPolicy"/>, <see cref="AwsRateBudgetOptions"/> or an
    /// <see cref="AwsTransport"/> wrapping a fake <see cref="HttpMessageHandler"/>.
    /// </summary>
    public static IServiceCollection AddAwsClients(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => new AwsConnection(AwsConnectionSettings.FromEnvironment(Environment.GetEnvironmentVariable("AWS_PROFILE"))));
        services.TryAddSingleton<AwsCallLog>();
        services.TryAddSingleton<IAwsCallObserver>(provider => provider.GetRequiredService<AwsCallLog>());
        services.TryAddSingleton<AwsEndpointResolver>();
        services.TryAddSingleton<AwsRetryPolicy>();
        services.TryAddSingleton(new AwsRateBudgetOptions());
        services.TryAddSingleton(provider => new AwsRateBudget(
            provider.GetRequiredService<AwsRateBudgetOptions>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(_ => new AwsTransport(AwsHttpPipeline.CreateDefaultTransport()));
        services.TryAddSingleton(provider => new AwsCredentialsSource(
            provider.GetRequiredService<AwsEndpointResolver>(),
            provider.GetRequiredService<AwsTransport>().Handler,
            provider.GetRequiredService<IAwsCallObserver>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new AwsHttpPipeline(
            provider.GetRequiredService<AwsConnection>(),
            provider.GetRequiredService<AwsCredentialsSource>(),
            provider.GetRequiredService<AwsEndpointResolver>(),
            provider.GetRequiredService<AwsTransport>().Handler,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<AwsRetryPolicy>(),
            provider.GetRequiredService<IAwsCallObserver>(),
            provider.GetService<ILogger<AwsHttpPipeline>>(),
            provider.GetRequiredService<AwsRateBudget>()));
        services.TryAddSingleton<AwsJsonClient>();
        services.TryAddSingleton<AwsQueryClient>();
        services.TryAddSingleton<IEcsClient, EcsClient>();
        services.TryAddSingleton<IEcrClient, EcrClient>();
        services.TryAddSingleton<ILogsClient, LogsClient>();
        services.TryAddSingleton<IApplicationAutoScalingClient, ApplicationAutoScalingClient>();
        services.TryAddSingleton<IServiceDiscoveryClient, ServiceDiscoveryClient>();
        services.TryAddSingleton<ICodeDeployClient, CodeDeployClient>();
        services.TryAddSingleton<ICloudWatchClient, CloudWatchClient>();
        services.TryAddSingleton<IElbv2Client, Elbv2Client>();
        services.TryAddSingleton<IIamClient, IamClient>();
        services.TryAddSingleton<IAutoScalingClient, AutoScalingClient>();
        services.TryAddSingleton<IEc2Client>(provider => new Ec2Client(
            provider.GetRequiredService<AwsConnection>(),
            provider.GetRequiredService<AwsCredentialsSource>(),
            provider.GetRequiredService<AwsEndpointResolver>(),
            provider.GetRequiredService<AwsTransport>().Handler,
            provider.GetRequiredService<IAwsCallObserver>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ISsmParameterClient>(provider => new SsmParameterClient(
            provider.GetRequiredService<AwsConnection>(),
            provider.GetRequiredService<AwsCredentialsSource>(),
            provider.GetRequiredService<AwsEndpointResolver>(),
            provider.GetRequiredService<AwsTransport>().Handler,
            provider.GetRequiredService<IAwsCallObserver>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ICallerIdentityClient>(provider => new CallerIdentityClient(
            provider.GetRequiredService<AwsConnection>(),
            provider.GetRequiredService<AwsCredentialsSource>(),
            provider.GetRequiredService<AwsEndpointResolver>(),
            provider.GetRequiredService<AwsTransport>().Handler,
            provider.GetRequiredService<IAwsCallObserver>(),
            provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
