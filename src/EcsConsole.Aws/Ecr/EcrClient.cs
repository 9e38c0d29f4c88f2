using System.Runtime.CompilerServices;
using EcsConsole.Aws.Json;

namespace EcsConsole.Aws.Ecr;

/// <summary>ECR over AWS JSON 1.1.</summary>
public sealed class EcrClient : IEcrClient
{
    private readonly AwsJsonClient _json;

    public EcrClient(AwsJsonClient json)
    {
        _json = json;
    }

    public async IAsyncEnumerable<Repository> DescribeRepositoriesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new DescribeRepositoriesRequest();
        do
        {
            var page = await _json.InvokeAsync<DescribeRepositoriesRequest, DescribeRepositoriesResponse>(
                AwsServices.Ecr, "DescribeRepositories", request, cancellationToken).ConfigureAwait(false);
            foreach (var repository in page.Repositories ?? [])
            {
                yield return repository;
            }

            request = request with { NextToken = page.NextToken };
        }
        while (!string.IsNullOrEmpty(request.NextToken));
    }

    public async IAsyncEnumerable<ImageDetail> DescribeImagesAsync(DescribeImagesRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.RepositoryName))
        {
            throw new ArgumentException("DescribeImages needs a repository name.", nameof(request));
        }

        var current = request;
        do
        {
            var page = await _json.InvokeAsync<DescribeImagesRequest, DescribeImagesResponse>(
                AwsServices.Ecr, "DescribeImages", current, cancellationToken).ConfigureAwait(false);
            foreach (var image in page.ImageDetails ?? [])
            {
                yield return image;
            }

            current = current with { NextToken = page.NextToken };
        }
        while (!string.IsNullOrEmpty(current.NextToken));
    }

    public IAsyncEnumerable<ImageIdentifier> ListImagesAsync(ListImagesRequest request, CancellationToken cancellationToken = default)
    {
        RequireRepository(request.RepositoryName, "ListImages", nameof(request));
        return AwsJsonPaging.PageAsync<ListImagesRequest, ListImagesResponse, ImageIdentifier>(
            _json, AwsServices.Ecr, "ListImages", request, page => page.ImageIds, page => page.NextToken,
            (r, token) => r with { NextToken = token }, cancellationToken);
    }

    public Task<DescribeImageScanFindingsResponse> DescribeImageScanFindingsAsync(DescribeImageScanFindingsRequest request, CancellationToken cancellationToken = default)
    {
        RequireRepository(request.RepositoryName, "DescribeImageScanFindings", nameof(request));
        if (request.ImageId is null || (string.IsNullOrEmpty(request.ImageId.ImageDigest) && string.IsNullOrEmpty(request.ImageId.ImageTag)))
        {
            throw new ArgumentException("DescribeImageScanFindings needs an image digest or tag.", nameof(request));
        }

        return _json.InvokeAsync<DescribeImageScanFindingsRequest, DescribeImageScanFindingsResponse>(
            AwsServices.Ecr, "DescribeImageScanFindings", request, cancellationToken);
    }

    public Task<GetRepositoryPolicyResponse> GetRepositoryPolicyAsync(GetRepositoryPolicyRequest request, CancellationToken cancellationToken = default)
    {
        RequireRepository(request.RepositoryName, "GetRepositoryPolicy", nameof(request));
        return _json.InvokeAsync<GetRepositoryPolicyRequest, GetRepositoryPolicyResponse>(AwsServices.Ecr, "GetRepositoryPolicy", request, cancellationToken);
    }

    public Task<BatchGetImageResponse> BatchGetImageAsync(BatchGetImageRequest request, CancellationToken cancellationToken = default)
    {
        RequireRepository(request.RepositoryName, "BatchGetImage", nameof(request));
        if (request.ImageIds.Count == 0)
        {
            throw new ArgumentException("BatchGetImage needs at least one image id (a digest or a tag).", nameof(request));
        }

        return _json.InvokeAsync<BatchGetImageRequest, BatchGetImageResponse>(AwsServices.Ecr, "BatchGetImage", request, cancellationToken);
    }

    public Task<PutImageResponse> PutImageAsync(PutImageRequest request, CancellationToken cancellationToken = default)
    {
        RequireRepository(request.RepositoryName, "PutImage", nameof(request));
        if (string.IsNullOrWhiteSpace(request.ImageManifest))
        {
            throw new ArgumentException("PutImage needs the image manifest (BatchGetImage returns an existing image's).", nameof(request));
        }

        return _json.InvokeAsync<PutImageRequest, PutImageResponse>(AwsServices.Ecr, "PutImage", request, cancellationToken);
    }

    private static void RequireRepository(string repositoryName, string operation, string parameter)
    {
        if (string.IsNullOrWhiteSpace(repositoryName))
        {
            throw new ArgumentException($"{operation} needs a repository name.", parameter);
        }
    }
}
