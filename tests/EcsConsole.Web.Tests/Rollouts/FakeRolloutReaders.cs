using EcsConsole.Core.Rollouts;
using EcsConsole.Core.Security;
using EcsConsole.Web.Model.Rollouts;

namespace EcsConsole.Web.Tests.Rollouts;

internal sealed class FakeDeploymentHistory : IDeploymentHistory
{
    public List<DeploymentHistoryEntry> Entries { get; } = [];

    public Exception? Failure { get; set; }

    /// <summary>When set, the history is derived for this reason.</summary>
    public string? DerivedReason { get; set; }

    public int Reads { get; private set; }

    public Task<DeploymentHistoryView> GetAsync(string cluster, string service, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        Reads++;
        return Failure is { } failure ? Task.FromException<DeploymentHistoryView>(failure) : Task.FromResult(new DeploymentHistoryView([.. Entries], DerivedReason));
    }
}

internal sealed class FakeImageChoices : IImageChoices
{
    public Dictionary<string, ImageChoiceList> ByImage { get; } = new(StringComparer.Ordinal);

    public Task<ImageChoiceList> ListAsync(string currentImage, CancellationToken cancellationToken) =>
        Task.FromResult(ByImage.GetValueOrDefault(currentImage) ?? new ImageChoiceList(null, []));
}

internal sealed class FakeProductionPolicy : IProductionClusterPolicy
{
    public HashSet<string> Production { get; } = new(StringComparer.Ordinal);

    public Task<bool> IsProductionAsync(string cluster, CancellationToken cancellationToken) => Task.FromResult(Production.Contains(cluster));
}
