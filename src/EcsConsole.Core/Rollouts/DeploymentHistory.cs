using EcsConsole.Aws.Ecs;
using EcsConsole.Core.Fleet;

namespace EcsConsole.Core.Rollouts;

/// <summary>See <see cref="IDeploymentHistory"/>.</summary>
internal sealed class DeploymentHistory(IEcsClient ecs, IRolloutJournal journal, TimeProvider timeProvider) : IDeploymentHistory
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);

    public async Task<IReadOnlyList<DeploymentHistoryEntry>> GetAsync(string cluster, string service, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        var from = since ?? timeProvider.GetUtcNow() - DefaultWindow;
        var arns = new List<string>();
        // No status filter: every outcome belongs in the history.
        var request = new ListServiceDeploymentsRequest { Cluster = cluster, Service = service, CreatedAt = new CreatedAtFilter { After = from } };
        await foreach (var brief in ecs.ListServiceDeploymentsAsync(request, cancellationToken).ConfigureAwait(false))
        {
            if (brief.ServiceDeploymentArn is not null)
            {
                arns.Add(brief.ServiceDeploymentArn);
            }
        }
        var records = journal.GetAsync(cluster, service, from, cancellationToken);
        var deployments = new List<ServiceDeployment>();
        foreach (var chunk in arns.Distinct(StringComparer.Ordinal).Chunk(20))
        {
            var response = await ecs.DescribeServiceDeploymentsAsync(new DescribeServiceDeploymentsRequest { ServiceDeploymentArns = chunk }, cancellationToken).ConfigureAwait(false);
            deployments.AddRange(response.ServiceDeployments ?? []);
        }
        var revisions = await TaskDefinitionsAsync(deployments, cancellationToken).ConfigureAwait(false);
        var known = await records.ConfigureAwait(false);
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
            var response = await ecs.DescribeServiceRevisionsAsync(new DescribeServiceRevisionsRequest { ServiceRevisionArns = chunk }, cancellationToken).ConfigureAwait(false);
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
