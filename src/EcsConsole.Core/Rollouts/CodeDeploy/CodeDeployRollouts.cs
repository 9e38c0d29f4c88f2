using EcsConsole.Aws;
using EcsConsole.Aws.CodeDeploy;
using EcsConsole.Core.Security;

namespace EcsConsole.Core.Rollouts.CodeDeploy;

/// <summary>See <see cref="ICodeDeployRollouts"/>. Scoped: the gate belongs to one circuit or request.</summary>
internal sealed class CodeDeployRollouts(ICodeDeployClient codeDeploy, IOperationAuthorizer authorizer) : ICodeDeployRollouts
{
    // CodeDeploy's answers when the conventional names do not exist; anything else is a real failure to report.
    private static readonly HashSet<string> MissingCodes = new(StringComparer.Ordinal)
    {
        "ApplicationDoesNotExistException",
        "DeploymentGroupDoesNotExistException",
    };

    public async Task<CodeDeployTarget?> FindTargetAsync(string cluster, string service, CancellationToken cancellationToken = default)
    {
        var conventional = new CodeDeployTarget($"AppECS-{cluster}-{service}", $"DgpECS-{cluster}-{service}");
        if (await DeploysAsync(conventional, cluster, service, cancellationToken))
        {
            return conventional;
        }

        await foreach (var application in codeDeploy.ListApplicationsAsync(new ListApplicationsRequest(), cancellationToken))
        {
            await foreach (var group in codeDeploy.ListDeploymentGroupsAsync(new ListDeploymentGroupsRequest { ApplicationName = application }, cancellationToken))
            {
                var candidate = new CodeDeployTarget(application, group);
                if (candidate != conventional && await DeploysAsync(candidate, cluster, service, cancellationToken))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public async Task<IReadOnlyList<CodeDeployDeployment>> ListDeploymentsAsync(CodeDeployTarget target, int max = 25, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var ids = new List<string>();
        var request = new ListDeploymentsRequest { ApplicationName = target.Application, DeploymentGroupName = target.DeploymentGroup };
        await foreach (var id in codeDeploy.ListDeploymentsAsync(request, cancellationToken))
        {
            ids.Add(id);
            if (ids.Count == max)
            {
                break;
            }
        }

        var deployments = new List<CodeDeployDeployment>(ids.Count);
        foreach (var batch in ids.Chunk(CodeDeployClient.MaxBatchGetDeployments))
        {
            var response = await codeDeploy.BatchGetDeploymentsAsync(new BatchGetDeploymentsRequest { DeploymentIds = batch }, cancellationToken);
            deployments.AddRange((response.DeploymentsInfo ?? []).Select(ToDeployment));
        }

        return [.. deployments.OrderByDescending(d => d.CreatedAt ?? DateTimeOffset.MinValue).ThenByDescending(d => d.Id, StringComparer.Ordinal)];
    }

    public Task<string> StartAsync(string cluster, string service, CodeDeployTarget target, CodeDeployRevision revision, string note, string? confirmationText, CancellationToken cancellationToken = default)
    {
        var problems = Validate(revision, note);
        if (problems.Count > 0)
        {
            throw new RolloutValidationException(problems);
        }

        var content = AppSpec.Build(revision);
        var request = new OperationRequest
        {
            Target = $"{cluster}/{service}",
            Cluster = cluster,
            Service = service,
            Parameters = new
            {
                kind = "CodeDeploy",
                application = target.Application,
                deploymentGroup = target.DeploymentGroup,
                to = revision.TaskDefinitionArn,
                appSpec = content,
            },
            ConfirmationText = confirmationText,
            Note = note,
        };
        return authorizer.RunAsync(MutatingOperation.RolloutStart, request, async ct =>
        {
            var response = await codeDeploy.CreateDeploymentAsync(new CreateDeploymentRequest
            {
                ApplicationName = target.Application,
                DeploymentGroupName = target.DeploymentGroup,
                Revision = new RevisionLocation
                {
                    RevisionType = "AppSpecContent",
                    AppSpecContent = new AppSpecContent { Content = content, Sha256 = AppSpec.Sha256(content) },
                },
                Description = note,
            }, ct);
            return response.DeploymentId ?? throw new InvalidOperationException("CodeDeploy started a deployment but did not say its id.");
        }, cancellationToken);
    }

    private async Task<bool> DeploysAsync(CodeDeployTarget target, string cluster, string service, CancellationToken cancellationToken)
    {
        try
        {
            var response = await codeDeploy.GetDeploymentGroupAsync(
                new GetDeploymentGroupRequest { ApplicationName = target.Application, DeploymentGroupName = target.DeploymentGroup }, cancellationToken);
            return (response.DeploymentGroupInfo?.EcsServices ?? []).Any(s => s.ServiceName == service && SameCluster(s.ClusterName, cluster));
        }
        catch (AwsServiceException e) when (MissingCodes.Contains(e.ErrorCode))
        {
            return false;
        }
    }

    // A deployment group may name the cluster by name or by ARN.
    private static bool SameCluster(string? named, string cluster) =>
        named is not null && named.Split('/')[^1] == cluster.Split('/')[^1];

    private static List<string> Validate(CodeDeployRevision revision, string note)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(revision.TaskDefinitionArn))
        {
            problems.Add("Pick the task definition revision to deploy.");
        }
        if (string.IsNullOrWhiteSpace(revision.ContainerName))
        {
            problems.Add("Name the container the load balancer sends traffic to.");
        }
        if (revision.ContainerPort is < 1 or > 65535)
        {
            problems.Add("The container port must be between 1 and 65535.");
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            problems.Add("Say in a few words why (the note is kept with the deployment).");
        }
        return problems;
    }

    private static CodeDeployDeployment ToDeployment(DeploymentInfo info) => new(
        info.DeploymentId ?? "",
        info.Status ?? "Unknown",
        info.CreateTime,
        info.CompleteTime,
        AppSpec.TaskDefinitionOf(info.Revision?.AppSpecContent?.Content),
        info.Description,
        info.Creator,
        info.ErrorInformation is { } error ? $"{error.Code}: {error.Message}" : null);
}
