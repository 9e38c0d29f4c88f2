using EcsConsole.Aws.Ecr;
using EcsConsole.Core.Live;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
namespace EcsConsole.Core.Images;

/// <summary>
/// ECR repositories and their images joined with where each image runs (<see cref="ImageUsageIndex"/>). Singleton;
/// reads ECR on every call (the pages load on demand) and shares the usage index. ECR failures surface as the AWS
/// exception; a failure to read the in-use marks is told beside the answer instead.
/// </summary>
public sealed class EcrImageCatalog(IEcrClient ecr, ImageUsageIndex usage)
{
    private static readonly string[] SeverityOrder = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL", "UNDEFINED"];

    public async Task<IReadOnlyList<RepositorySummary>> ListRepositoriesAsync(CancellationToken cancellationToken = default) =>
        (await ListRepositoriesWithUsageAsync(cancellationToken)).Repositories;

    /// <summary>
    /// The repositories with their running-task counts. Only DescribeRepositories must succeed: when the in-use marks
    /// cannot be read (or only partly), the repositories are still listed and <see cref="RepositoryListing.UsageProblem"/>
    /// says why.
    /// </summary>
    public async Task<RepositoryListing> ListRepositoriesWithUsageAsync(CancellationToken cancellationToken = default)
    {
        var (uses, problem) = await ReadUsageAsync(cancellationToken);
        var repositories = new List<RepositorySummary>();
        await foreach (var repository in ecr.DescribeRepositoriesAsync(cancellationToken))
        {
            repositories.Add(ToSummary(repository, uses));
        }
        return new RepositoryListing([.. repositories.OrderBy(r => r.Name, StringComparer.Ordinal)], problem);
    }

    /// <summary>The repository's images, newest first, each with its uses; null when there is no such repository.</summary>
    public async Task<RepositoryImages?> GetImagesAsync(string repositoryName, CancellationToken cancellationToken = default)
    {
        Repository? found = null;
        await foreach (var repository in ecr.DescribeRepositoriesAsync(cancellationToken))
        {
            if (repository.RepositoryName == repositoryName)
            {
                found = repository;
                break;
            }
        }
        if (found is null)
        {
            return null;
        }
        var (uses, problem) = await ReadUsageAsync(cancellationToken);
        var summary = ToSummary(found, uses);
        var images = new List<ImageVersion>();
        await foreach (var image in ecr.DescribeImagesAsync(new DescribeImagesRequest { RepositoryName = repositoryName }, cancellationToken))
        {
            if (image.ImageDigest is null)
            {
                continue;
            }
            var tags = image.ImageTags ?? [];
            images.Add(new ImageVersion(
                image.ImageDigest,
                new ValueList<string>(tags),
                image.ImagePushedAt,
                image.ImageSizeInBytes,
                image.ImageScanStatus?.Status,
                Findings(image.ImageScanFindingsSummary),
                new ValueList<ImageUse>(uses.Of(summary.Uri, image.ImageDigest, [.. tags]))));
        }
        return new RepositoryImages(summary, [.. images.OrderByDescending(i => i.PushedAt)], uses.ReadAt, uses.FleetKnown) { UsageProblem = problem };
    }

    private async Task<(ImageUsage Uses, AwsProblem? Problem)> ReadUsageAsync(CancellationToken cancellationToken)
    {
        try
        {
            var uses = await usage.GetAsync(cancellationToken);
            return (uses, uses.Problem);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Unknown, not "nothing runs": counts show as unknown and every image as not known to be in use.
            var problem = AwsProblems.Describe(ex);
            return (new ImageUsage(DateTimeOffset.MinValue, [], FleetKnown: false) { Problem = problem }, problem);
        }
    }

    private static RepositorySummary ToSummary(Repository repository, ImageUsage uses) => new(
        repository.RepositoryName ?? "",
        repository.RepositoryUri ?? "",
        repository.RepositoryArn ?? "",
        repository.CreatedAt,
        repository.ImageTagMutability,
        repository.ImageScanningConfiguration?.ScanOnPush ?? false,
        uses.FleetKnown ? uses.RunningTasksOf(repository.RepositoryUri ?? "") : null);

    private static ValueList<SeverityCount> Findings(ImageScanFindingsSummary? summary) =>
        new((summary?.FindingSeverityCounts ?? new Dictionary<string, int>())
            .Where(p => p.Value > 0)
            .OrderBy(p => Array.IndexOf(SeverityOrder, p.Key) is var i && i < 0 ? int.MaxValue : i)
            .Select(p => new SeverityCount(p.Key, p.Value)));
}
