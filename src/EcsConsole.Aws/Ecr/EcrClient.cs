using System.Runtime.CompilerServices;
using EcsConsole.Aws.Json;

namespace EcsConsole.Aws.Ecr;

/// <summary>ECR over AWS JSON 1.1.</summary>
public sealed class EcrClient : IEcrClient
{
    private readonly AwsJsonClient json;

    public EcrClient(AwsJsonClient json)
    {
        this.json = json;
    }

    public async IAsyncEnumerable<Repository> DescribeRepositoriesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new DescribeRepositoriesRequest();
        do
        {
            var page = await json.InvokeAsync<DescribeRepositoriesRequest, DescribeRepositoriesResponse>(
                AwsServices.Ecr, "DescribeRepositories", request, cancellationToken);
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
            var page = await json.InvokeAsync<DescribeImagesRequest, DescribeImagesResponse>(
                AwsServices.Ecr, "DescribeImages", current, cancellationToken);
            foreach (var image in page.ImageDetails ?? [])
            {
                yield return image;
            }

            current = current with { NextToken = page.NextToken };
        }
        while (!string.IsNullOrEmpty(current.NextToken));
    }
}
