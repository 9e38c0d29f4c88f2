using EcsConsole.Aws.ApplicationAutoScaling;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;

namespace EcsConsole.Core.Scaling;

/// <summary>See <see cref="IServiceScaling"/>.</summary>
internal sealed class ServiceScaling(IEcsClient ecs, IApplicationAutoScalingClient scaling, IOperationAuthorizer authorizer) : IServiceScaling
{
    private const string Namespace = "ecs";
    private const string Dimension = "ecs:service:DesiredCount";

    public async Task<ServiceScale> ReadAsync(string cluster, string service, CancellationToken cancellationToken = default) =>
        (await ReadCurrentAsync(cluster, service, cancellationToken)).Scale;

    public async Task ScaleAsync(string cluster, string service, ScaleChange change, string? note, string? confirmationText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var (found, current) = await ReadCurrentAsync(cluster, service, cancellationToken);
        var problems = ScaleChangeValidator.Validate(current, change);
        if (problems.Count > 0)
        {
            throw new RolloutValidationException(problems);
        }
        var request = Request(current, confirmationText, note, new
        {
            desiredCount = new { from = current.DesiredCount, to = change.DesiredCount },
            autoScaling = change.AutoScaling is null ? null : new { from = current.AutoScaling, to = change.AutoScaling },
        });
        await authorizer.RunAsync(MutatingOperation.ServiceScale, request, async ct =>
        {
            if (change.AutoScaling is { } bounds)
            {
                await SetBoundsAsync(cluster, current.Service, bounds, ct);
            }
            await SetDesiredCountAsync(cluster, current.Service, change.DesiredCount, ct);
            if (current.Stopped is not null && change.DesiredCount > 0)
            {
                // Scaled up by hand, the service is no longer stopped; an old memory would mislead the next start.
                await ecs.UntagResourceAsync(new UntagResourceRequest { ResourceArn = RequireArn(found), TagKeys = StoppedServiceTags.Keys }, ct);
            }
        }, cancellationToken);
    }

    public async Task StopAsync(string cluster, string service, string? note, string? confirmationText, CancellationToken cancellationToken = default)
    {
        var (found, current) = await ReadCurrentAsync(cluster, service, cancellationToken);
        if (current.DesiredCount == 0 && current.AutoScaling is null or { Max: 0 })
        {
            throw new RolloutValidationException([$"{cluster}/{current.Service} already runs no tasks (desired count 0); there is nothing to stop."]);
        }
        var memo = new StoppedServiceMemo(current.DesiredCount, current.AutoScaling);
        var request = Request(current, confirmationText, note, new { remembered = memo });
        await authorizer.RunAsync(MutatingOperation.ServiceStop, request, async ct =>
        {
            // Remembered first: if a later call fails, the size to go back to is not lost.
            await ecs.TagResourceAsync(new TagResourceRequest { ResourceArn = RequireArn(found), Tags = StoppedServiceTags.Write(memo) }, ct);
            if (current.AutoScaling is not null)
            {
                // Left at its old minimum, auto scaling would start tasks again within minutes.
                await SetBoundsAsync(cluster, current.Service, new ScalingBounds(0, 0), ct);
            }
            await SetDesiredCountAsync(cluster, current.Service, 0, ct);
        }, cancellationToken);
    }

    public async Task StartAsync(string cluster, string service, string? note, string? confirmationText, CancellationToken cancellationToken = default)
    {
        var found = await DescribeAsync(cluster, service, cancellationToken);
        var memo = StoppedServiceTags.Read(found.Tags)
                   ?? throw new RolloutValidationException([
                       $"{cluster}/{found.ServiceName ?? service} was not stopped by the console, so there is no earlier size to return to; scale it to the count you want instead."]);
        var current = new ServiceScale(cluster, found.ServiceName ?? service, found.DesiredCount ?? 0, found.RunningCount ?? 0, null, memo);
        var request = Request(current, confirmationText, note, new { restored = memo });
        await authorizer.RunAsync(MutatingOperation.ServiceStart, request, async ct =>
        {
            if (memo.AutoScaling is { } bounds)
            {
                await SetBoundsAsync(cluster, current.Service, bounds, ct);
            }
            await SetDesiredCountAsync(cluster, current.Service, memo.DesiredCount, ct);
            // Forgotten last: a failure before this leaves the memory in place for another try.
            await ecs.UntagResourceAsync(new UntagResourceRequest { ResourceArn = RequireArn(found), TagKeys = StoppedServiceTags.Keys }, ct);
        }, cancellationToken);
    }

    private static OperationRequest Request(ServiceScale current, string? confirmationText, string? note, object parameters) => new()
    {
        Target = $"{current.Cluster}/{current.Service}",
        Cluster = current.Cluster,
        Service = current.Service,
        Parameters = parameters,
        ConfirmationText = confirmationText,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
    };

    private async Task<(Service Wire, ServiceScale Scale)> ReadCurrentAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        var found = await DescribeAsync(cluster, service, cancellationToken);
        var bounds = await BoundsAsync(found, cancellationToken);
        return (found, new ServiceScale(cluster, found.ServiceName ?? service, found.DesiredCount ?? 0, found.RunningCount ?? 0, bounds, StoppedServiceTags.Read(found.Tags)));
    }

    private async Task<Service> DescribeAsync(string cluster, string service, CancellationToken cancellationToken)
    {
        var response = await ecs.DescribeServicesAsync(
            new DescribeServicesRequest { Cluster = cluster, Services = [service], Include = ["TAGS"] }, cancellationToken);
        return response.Services?.FirstOrDefault(s => s.Status != "INACTIVE")
               ?? throw new RolloutValidationException([$"ECS has no active service '{service}' in cluster '{cluster}'."]);
    }

    private async Task<ScalingBounds?> BoundsAsync(Service service, CancellationToken cancellationToken)
    {
        var request = new DescribeScalableTargetsRequest
        {
            ServiceNamespace = Namespace,
            ResourceIds = [ResourceId(service)],
            ScalableDimension = Dimension,
        };
        await foreach (var target in scaling.DescribeScalableTargetsAsync(request, cancellationToken))
        {
            if (target is { MinCapacity: { } min, MaxCapacity: { } max })
            {
                return new ScalingBounds(min, max);
            }
        }
        return null;
    }

    private Task SetBoundsAsync(string cluster, string service, ScalingBounds bounds, CancellationToken cancellationToken) =>
        scaling.RegisterScalableTargetAsync(new RegisterScalableTargetRequest
        {
            ServiceNamespace = Namespace,
            ResourceId = $"service/{ClusterName(cluster)}/{service}",
            ScalableDimension = Dimension,
            MinCapacity = bounds.Min,
            MaxCapacity = bounds.Max,
        }, cancellationToken);

    private Task SetDesiredCountAsync(string cluster, string service, int desiredCount, CancellationToken cancellationToken) =>
        ecs.UpdateServiceAsync(new UpdateServiceRequest { Cluster = cluster, Service = service, DesiredCount = desiredCount }, cancellationToken);

    private static string ResourceId(Service service) =>
        $"service/{ClusterName(service.ClusterArn ?? "")}/{service.ServiceName}";

    // Application Auto Scaling names a service by cluster name, not ARN.
    private static string ClusterName(string cluster) => cluster.Split('/')[^1];

    private static string RequireArn(Service service) =>
        service.ServiceArn ?? throw new InvalidOperationException($"ECS described {service.ServiceName} without a service ARN; nothing was changed.");
}
