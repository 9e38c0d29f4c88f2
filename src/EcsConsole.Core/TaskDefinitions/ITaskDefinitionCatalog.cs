namespace EcsConsole.Core.TaskDefinitions;

/// <summary>
/// Task definition families, revisions and revision details on the current connection. Singleton; revision details are
/// cached (a registered revision never changes) until the connection switches. Failures surface as the AWS exception.
/// </summary>
public interface ITaskDefinitionCatalog
{
    /// <summary>Active family names, sorted.</summary>
    Task<IReadOnlyList<string>> ListFamiliesAsync(CancellationToken cancellationToken = default);

    /// <summary>The family's active revisions, newest first.</summary>
    Task<IReadOnlyList<TaskDefinitionRevision>> ListRevisionsAsync(string family, CancellationToken cancellationToken = default);

    /// <summary>One revision (<c>family:revision</c>, or an ARN).</summary>
    Task<TaskDefinitionDetail> GetAsync(string familyRevision, CancellationToken cancellationToken = default);

    /// <summary>Reads both revisions and compares them with <see cref="TaskDefinitionDiff"/>.</summary>
    Task<TaskDefinitionComparison> CompareAsync(string family, int fromRevision, int toRevision, CancellationToken cancellationToken = default);
}
