using EcsConsole.Aws;
using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Connection;
using EcsConsole.Core.Fleet;

namespace EcsConsole.Core.Rollouts;

/// <summary>See <see cref="IDeploymentHistory"/>.</summary>
internal sealed class DeploymentHistory(IEcsClient ecs, IRolloutJournal journal, IConnectionCapabilities capabilities, TimeProvider timeProvider) : IDeploymentHistory
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);

    /// <summary>What stands in for the service deployment API, as the Connection page names it.</summary>
    public const string Fallback = "DescribeServices deployments[] and the rollout journal";

    /// <summary>The calls the full history needs; any of them lacking makes it derived.</summary>
    internal static readonly string[] Operations = ["ListServiceDeployments", "DescribeServiceDeployments", "DescribeServiceRevisions"];

    public async Task<DeploymentHistoryView> GetAsync(string cluster, string service, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        var from = since ?? timeProvider.GetUtcNow() - DefaultWindow;
        var described = await ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster, Services = [service] }, cancellationToken);
        var found = described.Services?.FirstOrDefault(s => s.Status != "INACTIVE") ?? described.Services?.FirstOrDefault()
                    ?? throw new RolloutValidationException([$"ECS has no service '{service}' in cluster '{cluster}'."]);
        var known = await journal.GetAsync(cluster, service, from, cancellationToken);
        if (NotDeployedByEcs(found) is { } notEcs)
        {
            return new DeploymentHistoryView(DerivedDeployments.History(found, known), notEcs);
        }
        if (Operations.Select(op => capabilities.Get("ECS", op)).FirstOrDefault(c => c is not null && !capabilities.ShouldTry(c.Service, c.Operation)) is { } lacking)
        {
            return new DeploymentHistoryView(DerivedDeployments.History(found, known), lacking.Why());
        }
        try
        {
            return new DeploymentHistoryView(await ReadServiceDeploymentsAsync(cluster, service, from, known, cancellationToken));
        }
        catch (AwsServiceException ex) when (Operations.Contains(ex.Operation) && capabilities.Learn(ex, Fallback))
        {
            var why = capabilities.Get(ex.Service, ex.Operation)?.Why() ?? $"this endpoint does not offer {ex.Operation}";
            return new DeploymentHistoryView(DerivedDeployments.History(found, known), why);
        }
    }

    /// <summary>Why ECS keeps no service deployments for the service, when it deploys none of them itself.</summary>
    internal static string? NotDeployedByEcs(Service service) => service.DeploymentController?.Type switch
    {
        "CODE_DEPLOY" => "CodeDeploy deploys this service (deployment controller CODE_DEPLOY), so ECS keeps no service deployments for it",
        "EXTERNAL" => "an external controller deploys this service (deployment controller EXTERNAL), so ECS keeps no service deployments for it",
        _ => null,
    };

    private async Task<IReadOnlyList<DeploymentHistoryEntry>> ReadServiceDeploymentsAsync(
        string cluster, string service, DateTimeOffset from, IReadOnlyDictionary<string, RolloutRecord> known, CancellationToken cancellationToken)
    {
        var arns = new List<string>();
        // No status filter: every outcome belongs in the history.
        var request = new ListServiceDeploymentsRequest { Cluster = cluster, Service = service, CreatedAt = new CreatedAtFilter { After = from } };
        await foreach (var brief in ecs.ListServiceDeploymentsAsync(request, cancellationToken))
        {
            if (brief.ServiceDeploymentArn is not null)
            {
                arns.Add(brief.ServiceDeploymentArn);
            }
        }
        capabilities.Worked("ECS", "ListServiceDeployments");
        var deployments = new List<ServiceDeployment>();
        foreach (var chunk in arns.Distinct(StringComparer.Ordinal).Chunk(20))
        {
            var response = await ecs.DescribeServiceDeploymentsAsync(new DescribeServiceDeploymentsRequest { ServiceDeploymentArns = chunk }, cancellationToken);
            capabilities.Worked("ECS", "DescribeServiceDeployments");
            deployments.AddRange(response.ServiceDeployments ?? []);
        }
        var revisions = await TaskDefinitionsAsync(deployments, cancellationToken);
        return [.. deployments
            .Select(d => Entry(d, revisions, known.GetValueOrDefault(d.ServiceDeploymentArn ?? "")))
            .OrderByDescending(e => e.CreatedAt ?? e.StartedAt ?? DateTimeOffset.MinValue)];
    }

    private async Task<Dictionary<string, string?>> TaskDefinitionsAsync(IEnumerable<ServiceDeployment> deployments, CancellationToken cancellationToken)
    {
        var arns = deployments
            .SelectMany(d => (d.SourceServiceRevisions ?? []).Append(d.TargetServiceRevision))
            .Select(r => r?.Arn).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var chunk in arns.Chunk(20))
        {
            var response = await ecs.DescribeServiceRevisionsAsync(new DescribeServiceRevisionsRequest { ServiceRevisionArns = chunk }, cancellationToken);
            capabilities.Worked("ECS", "DescribeServiceRevisions");
            foreach (var revision in response.ServiceRevisions ?? [])
            {
                if (revision.ServiceRevisionArn is not null)
                {
                    found[revision.ServiceRevisionArn] = revision.TaskDefinition;
                }
            }
        }
        return found;
    }

    private static DeploymentHistoryEntry Entry(ServiceDeployment deployment, Dictionary<string, string?> revisions, RolloutRecord? record)
    {
        var outcome = DeploymentProgressReader.Outcome(deployment);
        var began = deployment.StartedAt ?? deployment.CreatedAt;
        var ended = deployment.FinishedAt ?? deployment.StoppedAt;
        var target = deployment.TargetServiceRevision?.Arn is { } targetArn ? revisions.GetValueOrDefault(targetArn) : null;
        return new DeploymentHistoryEntry
        {
            DeploymentArn = deployment.ServiceDeploymentArn ?? "",
            Status = deployment.Status ?? "PENDING",
            StatusReason = deployment.StatusReason,
            Outcome = outcome,
            RollbackReason = deployment.Rollback?.Reason,
            CreatedAt = deployment.CreatedAt,
            StartedAt = deployment.StartedAt,
            FinishedAt = ended,
            Duration = outcome is not null && began is not null && ended is not null ? ended - began : null,
            SourceTaskDefinitions = [.. (deployment.SourceServiceRevisions ?? [])
                .Select(s => s.Arn is null ? null : revisions.GetValueOrDefault(s.Arn))
                .OfType<string>().Select(TaskDefinitionNames.FamilyRevision).Distinct(StringComparer.Ordinal)],
            TargetTaskDefinition = target is null ? record?.ToTaskDefinition : TaskDefinitionNames.FamilyRevision(target),
            TargetTaskDefinitionArn = target,
            StartedBy = record?.Operator,
            Note = record?.Note,
            Kind = record?.Kind,
        };
    }
}
