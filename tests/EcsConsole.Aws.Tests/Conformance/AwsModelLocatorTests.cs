using System.IO.Compression;
using EcsConsole.Testing;

namespace EcsConsole.Aws.Tests.Conformance;

public sealed class AwsModelLocatorTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("conf-locator-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public void FindServiceModels_NothingAnywhere_ExplainsEveryPlaceTried()
    {
        var location = AwsModelLocator.FindServiceModels(Path.Combine(_scratch, "missing"), _scratch, [Path.Combine(_scratch, "no-python")]);

        Assert.Null(location.Directory);
        Assert.Contains("AWS_MODELS_DIR=", location.WhyMissing, StringComparison.Ordinal);
        Assert.Contains("shared", location.WhyMissing, StringComparison.Ordinal);
        Assert.Contains("botocore via", location.WhyMissing, StringComparison.Ordinal);
    }

    [Fact]
    public void FindServiceModels_EnvironmentFolderWithGzipModel_UsesItAndLoadsNewestVersion()
    {
        WriteGzipModel(Path.Combine(_scratch, "ecs", "2014-11-13"), "2014-11-13");
        WriteGzipModel(Path.Combine(_scratch, "ecs", "2010-01-01"), "2010-01-01");

        var location = AwsModelLocator.FindServiceModels(_scratch, null, []);

        Assert.Equal(Path.GetFullPath(_scratch), location.Directory);
        var file = AwsModelLocator.FindServiceModelFile(_scratch, "ecs");
        Assert.EndsWith(Path.Combine("2014-11-13", "service-2.json.gz"), file, StringComparison.Ordinal);
    }

    [Fact]
    public void FindTestSuites_ServiceModelsOnly_IsNotEnough()
    {
        WriteGzipModel(Path.Combine(_scratch, "ecs", "2014-11-13"), "2014-11-13");

        var location = AwsModelLocator.FindTestSuites(_scratch, null);

        Assert.Null(location.Directory);
        Assert.Contains("protocol-tests", location.WhyMissing, StringComparison.Ordinal);
    }

    [Fact]
    public void FindServiceModels_OnlyBotocore_FindsItsGzipModelsOrSaysWhy()
    {
        var location = AwsModelLocator.FindServiceModels(null, null, AwsModelLocator.PythonCandidates());

        if (location.Directory is null)
        {
            Assert.Contains("botocore via", location.WhyMissing, StringComparison.Ordinal);
            return;
        }

        var model = ServiceModel.Parse(AwsModelLocator.LoadServiceModel(location.Directory, "ecs"));
        Assert.Equal("AmazonEC2ContainerServiceV20141113", model.Metadata.TargetPrefix);
    }

    [RequiresAwsModelsFact]
    public void LoadServiceModel_Ecs_ReadsMetadata()
    {
        var model = ServiceModel.Load("ecs");

        Assert.Equal("AmazonEC2ContainerServiceV20141113", model.Metadata.TargetPrefix);
        Assert.Equal("application/x-amz-json-1.1", model.Metadata.JsonContentType);
        Assert.Equal("ecs", model.Metadata.SigningName);
        Assert.Equal("DescribeServicesRequest", model.Operation("DescribeServices").InputShape);
    }

    [RequiresAwsModelsFact]
    public void LoadServiceModel_StsWithoutSigningName_SignsWithEndpointPrefix()
    {
        Assert.Equal("sts", ServiceModel.Load("sts").Metadata.SigningName);
    }

    private static void WriteGzipModel(string folder, string version)
    {
        Directory.CreateDirectory(folder);
        using var file = File.Create(Path.Combine(folder, "service-2.json.gz"));
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip);
        writer.Write($$$"""{"metadata":{"apiVersion":"{{{version}}}"},"operations":{},"shapes":{}}""");
    }
}
