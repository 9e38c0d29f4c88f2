namespace EcsConsole.Aws.Ecr;

/// <summary>
/// Amazon ECR: reads, and PutImage (retag or push of a manifest, which continuous delivery and the sandbox's "push a new version" use). Singleton; uses the connection current at each call. Paging is lazy.
/// </summary>
public interface IEcrClient
{
    /// <summary>All repositories of the account's default registry, across pages.</summary>
    IAsyncEnumerable<Repository> DescribeRepositoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>Images of one repository, across pages; <c>request.NextToken</c> is the starting page.</summary>
    IAsyncEnumerable<ImageDetail> DescribeImagesAsync(DescribeImagesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Image ids (digest and tag) of one repository, across pages; an image with two tags appears twice.</summary>
    IAsyncEnumerable<ImageIdentifier> ListImagesAsync(ListImagesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Scan status and finding counts by severity of one image (the first page; per-finding lists are not read).</summary>
    Task<DescribeImageScanFindingsResponse> DescribeImageScanFindingsAsync(DescribeImageScanFindingsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Images with their manifests; ids not found come back in <c>Failures</c>, not as an exception.</summary>
    Task<BatchGetImageResponse> BatchGetImageAsync(BatchGetImageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Puts a manifest under a tag: the same manifest retags its image, a changed one is a new image (its digest is the manifest's SHA-256).</summary>
    Task<PutImageResponse> PutImageAsync(PutImageRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The repository's policy (who else may pull or push). ECR answers <c>RepositoryPolicyNotFoundException</c> when the
    /// repository has none, which is an <see cref="AwsServiceException"/> like any other error.
    /// </summary>
    Task<GetRepositoryPolicyResponse> GetRepositoryPolicyAsync(GetRepositoryPolicyRequest request, CancellationToken cancellationToken = default);
}
