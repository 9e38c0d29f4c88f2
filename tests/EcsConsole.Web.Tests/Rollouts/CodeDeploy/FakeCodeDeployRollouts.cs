using EcsConsole.Core.Rollouts.CodeDeploy;

namespace EcsConsole.Web.Tests.Rollouts.CodeDeploy;

/// <summary>The CodeDeploy service layer in memory: one target (or none), its deployments, and the starts asked for.</summary>
internal sealed class FakeCodeDeployRollouts : ICodeDeployRollouts
{
    public CodeDeployTarget? Target { get; set; } = new("AppECS-staging-legacy-web", "DgpECS-staging-legacy-web");

    public List<CodeDeployDeployment> Deployments { get; } = [];

    public List<(CodeDeployRevision Revision, string Note)> Started { get; } = [];

    public int Reads { get; private set; }

    public Task<CodeDeployTarget?> FindTargetAsync(string cluster, string service, CancellationToken cancellationToken = default) =>
        Task.FromResult(Target);

    public Task<IReadOnlyList<CodeDeployDeployment>> ListDeploymentsAsync(CodeDeployTarget target, int max = 25, CancellationToken cancellationToken = default)
    {
        Reads++;
        return Task.FromResult<IReadOnlyList<CodeDeployDeployment>>([.. Deployments]);
    }

    public Task<string> StartAsync(string cluster, string service, CodeDeployTarget target, CodeDeployRevision revision, string note, string? confirmationText, CancellationToken cancellationToken = default)
    {
        Started.Add((revision, note));
        var id = $"d-NEW{Started.Count}";
        Deployments.Insert(0, new CodeDeployDeployment(id, "Created", null, null, revision.TaskDefinitionArn, note, "user", null));
        return Task.FromResult(id);
    }
}
