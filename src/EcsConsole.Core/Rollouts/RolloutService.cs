using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Security;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Core.Rollouts;

/// <summary>See <see cref="IRolloutService"/>. Scoped: the gate and the operator belong to one circuit or request.</summary>
internal sealed class RolloutService(
    IEcsClient ecs,
    IOperationAuthorizer authorizer,
    ICurrentOperator currentOperator,
    IRolloutJournal journal,
    TimeProvider timeProvider,
    ILogger<RolloutService> logger) : IRolloutService
{
    private readonly RolloutPlanner _planner = new(ecs);

    public Task<RolloutPlan> PlanImageRolloutAsync(string cluster, string service, IReadOnlyDictionary<string, string> images, CancellationToken cancellationToken = default) =>
        _planner.ImagesAsync(cluster, service, images, cancellationToken);

    public Task<RolloutPlan> PlanRevisionRolloutAsync(string cluster, string service, string taskDefinition, CancellationToken cancellationToken = default) =>
        _planner.RevisionAsync(cluster, service, taskDefinition, RolloutKind.Revision, cancellationToken);

    public Task<RolloutPlan> PlanForceNewDeploymentAsync(string cluster, string service, CancellationToken cancellationToken = default) =>
        _planner.ForceNewDeploymentAsync(cluster, service, cancellationToken);

    public async Task<RolloutStarted> StartAsync(RolloutPlan plan, string note, string? confirmationText, CancellationToken cancellationToken = default)
    {
        RequireNote(note);
        var operation = plan.Kind == RolloutKind.Rollback ? MutatingOperation.Rollback : MutatingOperation.RolloutStart;
        var request = new OperationRequest
        {
            Target = $"{plan.Cluster}/{plan.Service}",
            Cluster = plan.Cluster,
            Service = plan.Service,
            Parameters = new
            {
                kind = plan.Kind.ToString(),
                from = plan.Current.FamilyRevision,
                to = plan.Kind == RolloutKind.Images ? $"{plan.Target.Family}:(new revision)" : plan.Target.FamilyRevision,
                images = plan.ImageChanges.Select(i => new { container = i.Container, image = i.To }),
            },
            ConfirmationText = confirmationText,
            Note = note,
        };
        return await authorizer.RunAsync(operation, request, ct => SendAsync(plan, note, ct), cancellationToken);
    }

    public async Task<RolloutStarted> RollbackToRevisionAsync(string cluster, string service, string taskDefinition, string note, string? confirmationText, CancellationToken cancellationToken = default)
    {
        RequireNote(note);
        var plan = await _planner.RevisionAsync(cluster, service, taskDefinition, RolloutKind.Rollback, cancellationToken);
        return await StartAsync(plan, note, confirmationText, cancellationToken);
    }

    public Task ApproveHookAsync(string deploymentArn, string? hookId, string? note = null, string? confirmationText = null, CancellationToken cancellationToken = default) =>
        ContinueAsync(deploymentArn, hookId, "CONTINUE", MutatingOperation.DeploymentApprove, note, confirmationText, cancellationToken);

    public Task RejectHookAsync(string deploymentArn, string? hookId, string? note = null, string? confirmationText = null, CancellationToken cancellationToken = default) =>
        ContinueAsync(deploymentArn, hookId, "ROLLBACK", MutatingOperation.DeploymentReject, note, confirmationText, cancellationToken);

    public Task StopAsync(string deploymentArn, StopKind kind, string note, string? confirmationText = null, CancellationToken cancellationToken = default)
    {
        var (cluster, service) = DeploymentArns.Parse(deploymentArn);
        var stopType = kind == StopKind.Abort ? "ABORT" : "ROLLBACK";
        var request = new OperationRequest
        {
            Target = $"{cluster}/{service}",
            Cluster = cluster,
            Service = service,
            Parameters = new { serviceDeploymentArn = deploymentArn, stopType },
            ConfirmationText = confirmationText,
            Note = note,
        };
        return authorizer.RunAsync(MutatingOperation.DeploymentStop, request, ct =>
            ecs.StopServiceDeploymentAsync(new StopServiceDeploymentRequest { ServiceDeploymentArn = deploymentArn, StopType = stopType }, ct), cancellationToken);
    }

    public async Task<ServiceStrategy> GetStrategyAsync(string cluster, string service, CancellationToken cancellationToken = default)
    {
        var response = await ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster, Services = [service] }, cancellationToken);
        var found = response.Services?.FirstOrDefault(s => s.Status != "INACTIVE")
                    ?? throw new RolloutValidationException([$"ECS has no active service '{service}' in cluster '{cluster}'."]);
        return new ServiceStrategy(cluster, found.ServiceName ?? service, found.DeploymentController?.Type ?? "ECS", StrategyWireMapping.ToSettings(found));
    }

    public async Task UpdateStrategyAsync(string cluster, string service, DeploymentStrategySettings settings, string note, string? confirmationText, CancellationToken cancellationToken = default)
    {
        RequireNote(note);
        var current = await _planner.ReadServiceAsync(cluster, service, cancellationToken);
        var problems = StrategySettingsValidator.Validate(settings, current.LoadBalancers is { Count: > 0 });
        if (problems.Count > 0)
        {
            throw new RolloutValidationException(problems);
        }
        var update = new UpdateServiceRequest
        {
            Cluster = cluster,
            Service = service,
            DeploymentConfiguration = StrategyWireMapping.ToDeploymentConfiguration(settings),
            LoadBalancers = StrategyWireMapping.ToLoadBalancers(settings, current.LoadBalancers),
        };
        var request = new OperationRequest
        {
            Target = $"{cluster}/{service}",
            Cluster = cluster,
            Service = service,
            Parameters = new { deploymentConfiguration = update.DeploymentConfiguration, loadBalancers = update.LoadBalancers },
            ConfirmationText = confirmationText,
            Note = note,
        };
        await authorizer.RunAsync(MutatingOperation.StrategyUpdate, request, ct => ecs.UpdateServiceAsync(update, ct), cancellationToken);
    }

    private async Task<RolloutStarted> SendAsync(RolloutPlan plan, string note, CancellationToken cancellationToken)
    {
        var update = plan.Calls.Update;
        var targetArn = plan.Target.Arn;
        if (plan.Calls.Register is { } register)
        {
            var registered = await ecs.RegisterTaskDefinitionAsync(register, cancellationToken);
            targetArn = registered.TaskDefinition?.TaskDefinitionArn
                        ?? throw new InvalidOperationException($"ECS registered {register.Family} but returned no task definition ARN; nothing was deployed.");
            // The exact revision just registered, not "the family's latest", so a concurrent registration cannot slip in.
            update = update with { TaskDefinition = targetArn };
        }
        var response = await ecs.UpdateServiceAsync(update, cancellationToken);
        if (response.Service?.CurrentServiceDeployment is { } deploymentArn)
        {
            await RecordAsync(plan, note, deploymentArn, targetArn);
            return new RolloutStarted(plan.Cluster, plan.Service, deploymentArn, targetArn);
        }
        // Endpoints and partitions without service deployments answer without currentServiceDeployment: follow the new PRIMARY by id.
        var primary = await NewPrimaryAsync(plan, response.Service, targetArn, cancellationToken);
        logger.LogInformation(
            "UpdateService of {Cluster}/{Service} named no service deployment; following the new PRIMARY deployment {DeploymentId}", plan.Cluster, plan.Service, primary);
        await RecordAsync(plan, note, primary, targetArn);
        return new RolloutStarted(plan.Cluster, plan.Service, null, targetArn, primary);
    }

    private async Task<string> NewPrimaryAsync(RolloutPlan plan, Service? answered, string targetArn, CancellationToken cancellationToken)
    {
        if (DerivedDeployments.NewPrimary(answered?.Deployments, plan.PrimaryDeploymentBefore, targetArn)?.Id is { } fromAnswer)
        {
            return fromAnswer;
        }
        var described = await ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = plan.Cluster, Services = [plan.Service] }, cancellationToken);
        var service = described.Services?.FirstOrDefault(s => s.Status != "INACTIVE");
        return DerivedDeployments.NewPrimary(service?.Deployments, plan.PrimaryDeploymentBefore, targetArn)?.Id
               ?? throw new RolloutNotFollowedException(
                   $"ECS accepted UpdateService for {plan.Cluster}/{plan.Service} but named no deployment, and DescribeServices lists no new PRIMARY deployment "
                   + $"of {TaskDefinitionNames.FamilyRevision(targetArn)}. The service may be unchanged: open its page and look at its deployments before trying again.");
    }

    private async Task RecordAsync(RolloutPlan plan, string note, string deploymentArn, string targetArn)
    {
        try
        {
            // Not cancellable: the deployment has started, so who started it and why must be kept.
            var actor = await currentOperator.GetAsync(CancellationToken.None);
            await journal.RecordAsync(new RolloutRecord
            {
                DeploymentArn = deploymentArn,
                Cluster = plan.Cluster,
                Service = plan.Service,
                Operator = actor?.Name ?? OperationGuard.AnonymousActor,
                Note = note.Trim(),
                Kind = plan.Kind,
                StartedAt = timeProvider.GetUtcNow(),
                FromTaskDefinition = plan.Current.FamilyRevision,
                ToTaskDefinition = TaskDefinitionNames.FamilyRevision(targetArn),
            }, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The rollout is running in ECS; failing it now would hide that. The audit entry still names operator and note.
            logger.LogError(ex, "Deployment {DeploymentArn} started, but recording who started it failed", deploymentArn);
        }
    }

    private async Task ContinueAsync(string deploymentArn, string? hookId, string action, MutatingOperation operation, string? note, string? confirmationText, CancellationToken cancellationToken)
    {
        var (cluster, service) = DeploymentArns.Parse(deploymentArn);
        var hook = hookId ?? await WaitingHookAsync(deploymentArn, cancellationToken);
        var request = new OperationRequest
        {
            Target = $"{cluster}/{service}",
            Cluster = cluster,
            Service = service,
            Parameters = new { serviceDeploymentArn = deploymentArn, hookId = hook, action },
            ConfirmationText = confirmationText,
            Note = note,
        };
        await authorizer.RunAsync(operation, request, ct => ecs.ContinueServiceDeploymentAsync(
            new ContinueServiceDeploymentRequest { ServiceDeploymentArn = deploymentArn, HookId = hook, Action = action }, ct), cancellationToken);
    }

    private async Task<string> WaitingHookAsync(string deploymentArn, CancellationToken cancellationToken)
    {
        var response = await ecs.DescribeServiceDeploymentsAsync(new DescribeServiceDeploymentsRequest { ServiceDeploymentArns = [deploymentArn] }, cancellationToken);
        var deployment = response.ServiceDeployments?.FirstOrDefault();
        return deployment?.LifecycleHookDetails?.FirstOrDefault(h => h.Status == "AWAITING_ACTION")?.HookId
               ?? throw new RolloutValidationException(["No lifecycle hook of this deployment is waiting for a decision now; it may have moved on or timed out."]);
    }

    private static void RequireNote(string note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new RolloutValidationException(["Say in a few words why (the note is kept with the deployment)."]);
        }
    }
}
