using EcsConsole.Aws.Ecr;
using EcsConsole.Aws.Json;
using EcsConsole.Aws.Tests.Support;

namespace EcsConsole.Aws.Tests.Clients;

public sealed class EcrClientTests
{
    [Fact]
    public async Task DescribeRepositoriesAsync_TwoPages_YieldsEveryRepositoryAsync()
    {
        using var aws = new TestAws();
        aws.Handler
            .RespondJson("""{"repositories":[{"repositoryName":"users","repositoryUri":"1.dkr.ecr.eu-west-1.amazonaws.com/users"}],"nextToken":"n"}""")
            .RespondJson("""{"repositories":[{"repositoryName":"news","createdAt":1700000000}]}""");

        var repositories = await new EcrClient(new AwsJsonClient(aws.Pipeline)).DescribeRepositoriesAsync().ToListAsync();

        Assert.Equal(["users", "news"], repositories.Select(r => r.RepositoryName));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), repositories[1].CreatedAt);
        Assert.Equal("AmazonEC2ContainerRegistry_V20150921.DescribeRepositories", aws.Handler.Requests[0].Header("X-Amz-Target"));
        Assert.Equal("https://api.ecr.eu-west-1.amazonaws.com/", aws.Handler.Requests[0].Uri.ToString());
        Assert.Contains("/eu-west-1/ecr/aws4_request", aws.Handler.Requests[0].Header("Authorization"), StringComparison.Ordinal);
        Assert.Equal("""{"nextToken":"n"}""", aws.Handler.Requests[1].Body);
    }

    [Fact]
    public async Task DescribeImagesAsync_TaggedFilter_SendsFilterAndReadsImageDetailsAsync()
    {
        using var aws = new TestAws();
        aws.Handler.RespondJson("""
            {"imageDetails":[{"repositoryName":"users","imageDigest":"sha256:ab","imageTags":["1.2","latest"],"imageSizeInBytes":52428800,
              "imagePushedAt":1764237600,"imageScanFindingsSummary":{"findingSeverityCounts":{"HIGH":2}},"lastRecordedPullTime":1764237700.5}]}
            """);

        var images = await new EcrClient(new AwsJsonClient(aws.Pipeline))
            .DescribeImagesAsync(new DescribeImagesRequest { RepositoryName = "users", Filter = new DescribeImagesFilter { TagStatus = "TAGGED" } })
            .ToListAsync();

        var image = Assert.Single(images);
        Assert.Equal(52428800, image.ImageSizeInBytes);
        Assert.Equal(2, image.ImageScanFindingsSummary!.FindingSeverityCounts!["HIGH"]);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1764237700500), image.LastRecordedPullTime);
        Assert.Equal("""{"repositoryName":"users","filter":{"tagStatus":"TAGGED"}}""", aws.Handler.Requests.Single().Body);
    }
}
