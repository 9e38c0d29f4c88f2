using System.Security.Cryptography;
using System.Text;

namespace EcsConsole.Sandbox.Engine;

internal sealed partial class Simulation
{
    private DateTimeOffset? nextPipelinePush;

    /// <summary>How often the simulated CI pipeline pushes a new patch release to one of the repositories; null: never.</summary>
    public TimeSpan? PipelinePushInterval { get; init; }

    public string PushImage(string repository, IReadOnlyList<string> tags, DateTimeOffset now)
    {
        var target = State.FindRepository(repository)
            ?? throw new SandboxApiException("RepositoryNotFoundException", $"The repository with name '{repository}' does not exist in the registry with id '{Arns.AccountId}'");
        if (tags.Count == 0)
        {
            throw new SandboxApiException("InvalidParameterException", "An image pushed to the sandbox needs at least one tag.");
        }

        foreach (var older in target.Images)
        {
            older.Tags.RemoveAll(tags.Contains);
        }

        var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{repository}:{string.Join(',', tags)}:{now:O}")));
        target.Images.Add(new ImageState
        {
            Digest = digest,
            Tags = [.. tags],
            SizeInBytes = Ids.Random.Next(60_000_000, 260_000_000),
            PushedAt = now,
            ExitsAtStart = tags.Contains("broken"),
            Scan = target.ScanOnPush ? new ImageScanState("COMPLETE", "The scan was completed successfully.", now, new Dictionary<string, int> { ["LOW"] = Ids.Random.Next(1, 4) }) : null,
        });
        return digest;
    }

    /// <summary>The first simulated push comes one interval after <paramref name="start"/>.</summary>
    public void StartPipeline(DateTimeOffset start) => nextPipelinePush = PipelinePushInterval is { } interval ? start + interval : null;

    /// <summary>Now and then a team ships: the next patch version of one repository is pushed and tagged latest.</summary>
    private void RunPipeline(DateTimeOffset now)
    {
        if (PipelinePushInterval is not { } interval || State.Repositories.Count == 0)
        {
            return;
        }

        if (nextPipelinePush is null || now < nextPipelinePush)
        {
            return;
        }

        nextPipelinePush = now + interval;
        var repository = State.Repositories[Ids.Random.Next(State.Repositories.Count)];
        var newest = repository.Images.SelectMany(i => i.Tags).Select(ParseVersion).OfType<Version>().DefaultIfEmpty(new Version(0, 0, 0)).Max()!;
        var next = new Version(newest.Major, newest.Minor, newest.Build + 1).ToString(3);
        PushImage(repository.Name, [next, "latest"], now);
    }

    private static Version? ParseVersion(string tag) =>
        tag.Count(c => c == '.') == 2 && Version.TryParse(tag, out var version) && version.Build >= 0 ? version : null;
}
