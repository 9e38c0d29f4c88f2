using EcsConsole.Core.Live;
using EcsConsole.Core.TaskDefinitions;

namespace EcsConsole.Web.Tests.Catalog;

/// <summary>An in-memory task definition catalog: revisions added by the test, compared with the real diff.</summary>
internal sealed class FakeTaskDefinitionCatalog : ITaskDefinitionCatalog
{
    private readonly List<TaskDefinitionDetail> _definitions = [];

    public List<string> Compared { get; } = [];

    public FakeTaskDefinitionCatalog Add(string family, int revision, string image, params EnvironmentVariable[] environment)
    {
        _definitions.Add(new TaskDefinitionDetail(
            family, revision, $"arn:aws:ecs:eu-west-1:1:task-definition/{family}:{revision}", "ACTIVE", DateTimeOffset.UnixEpoch.AddDays(revision), "ci",
            "512", "1024", "awsvpc", null, null, ValueList<string>.Empty,
            new ValueList<ContainerSpec>([new ContainerSpec("app", image, 256, 512, null, true, new ValueList<string>(["8080/tcp"]), ValueList<string>.Empty,
                ValueList<string>.Empty, new ValueList<EnvironmentVariable>(environment), ValueList<SecretReference>.Empty, "awslogs",
                ValueList<KeyValuePair<string, string>>.Empty, null, null, null)])));
        return this;
    }

    public Task<IReadOnlyList<string>> ListFamiliesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([.. _definitions.Select(d => d.Family).Distinct().Order()]);

    public Task<IReadOnlyList<TaskDefinitionRevision>> ListRevisionsAsync(string family, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TaskDefinitionRevision>>([.. _definitions.Where(d => d.Family == family).OrderByDescending(d => d.Revision)
            .Select(d => new TaskDefinitionRevision(d.Family, d.Revision, d.Arn))]);

    public Task<TaskDefinitionDetail> GetAsync(string familyRevision, CancellationToken cancellationToken = default) =>
        Task.FromResult(_definitions.Single(d => d.FamilyRevision == familyRevision));

    public async Task<TaskDefinitionComparison> CompareAsync(string family, int fromRevision, int toRevision, CancellationToken cancellationToken = default)
    {
        Compared.Add($"{fromRevision}->{toRevision}");
        return TaskDefinitionDiff.Compare(await GetAsync($"{family}:{fromRevision}", cancellationToken), await GetAsync($"{family}:{toRevision}", cancellationToken));
    }
}
