using EcsConsole.Core.Live;

namespace EcsConsole.Core.Images;

/// <summary>An ECR repository, with how many running tasks use any of its images (null until the fleet is known).</summary>
public sealed record RepositorySummary(
    string Name,
    string Uri,
    string Arn,
    DateTimeOffset? CreatedAt,
    string? TagMutability,
    bool ScanOnPush,
    int? RunningTasks);

/// <summary>One image (digest) of a repository and where it runs.</summary>
/// <param name="Findings">Scan finding counts by severity, most severe first; empty when not scanned.</param>
public sealed record ImageVersion(
    string Digest,
    ValueList<string> Tags,
    DateTimeOffset? PushedAt,
    long? SizeInBytes,
    string? ScanStatus,
    ValueList<SeverityCount> Findings,
    ValueList<ImageUse> Uses)
{
    public bool InUse => Uses.Count > 0;

    /// <summary><c>sha256:</c> and the first 12 hex digits, as docker prints it.</summary>
    public string ShortDigest => Digest.StartsWith("sha256:", StringComparison.Ordinal) && Digest.Length > 19 ? Digest[..19] : Digest;
}

public sealed record SeverityCount(string Severity, int Count);

/// <summary>A repository with its images, newest push first; <paramref name="UsageKnown"/> is false before the fleet's first poll.</summary>
public sealed record RepositoryImages(RepositorySummary Repository, IReadOnlyList<ImageVersion> Images, DateTimeOffset UsageReadAt, bool UsageKnown = true)
{
    /// <summary>Why the in-use marks could not be read (wholly or partly); null when they could.</summary>
    public Problems.AwsProblem? UsageProblem { get; init; }
}

/// <summary>The registry's repositories and, when the in-use marks could not be read, why.</summary>
public sealed record RepositoryListing(IReadOnlyList<RepositorySummary> Repositories, Problems.AwsProblem? UsageProblem);
