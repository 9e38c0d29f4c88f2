using EcsConsole.Aws.Endpoints;

namespace EcsConsole.Aws.Tests.Endpoints;

public sealed class AwsEndpointResolverTests
{
    private static AwsConnectionSettings Settings(string region, string? endpointUrl = null) =>
        new(region, null, endpointUrl, null, AwsConnectionSettings.AwsMode);

    private static AwsEndpointResolver Resolver(params (string Name, string Value)[] environment) =>
        new(name => environment.FirstOrDefault(e => e.Name == name).Value);

    [Theory]
    [InlineData("eu-west-1", "https://ecs.eu-west-1.amazonaws.com/")]
    [InlineData("cn-north-1", "https://ecs.cn-north-1.amazonaws.com.cn/")]
    [InlineData("us-gov-west-1", "https://ecs.us-gov-west-1.amazonaws.com/")]
    [InlineData("us-iso-east-1", "https://ecs.us-iso-east-1.c2s.ic.gov/")]
    [InlineData("us-isob-east-1", "https://ecs.us-isob-east-1.sc2s.sgov.gov/")]
    [InlineData("eu-isoe-west-1", "https://ecs.eu-isoe-west-1.cloud.adc-e.uk/")]
    public void Resolve_RegionalService_UsesPartitionDnsSuffix(string region, string expected)
    {
        var endpoint = Resolver().Resolve(AwsServices.Ecs, Settings(region));

        Assert.Equal(expected, endpoint.Url.ToString());
        Assert.Equal(region, endpoint.SigningRegion);
    }

    [Fact]
    public void Resolve_Ecr_UsesApiEcrPrefixAndEcrSigningName()
    {
        var endpoint = Resolver().Resolve(AwsServices.Ecr, Settings("eu-central-1"));

        Assert.Equal("https://api.ecr.eu-central-1.amazonaws.com/", endpoint.Url.ToString());
        Assert.Equal("ecr", AwsServices.Ecr.SigningName);
    }

    [Theory]
    [InlineData("eu-west-1", "https://iam.amazonaws.com/", "us-east-1")]
    [InlineData("cn-northwest-1", "https://iam.cn-north-1.amazonaws.com.cn/", "cn-north-1")]
    [InlineData("us-gov-east-1", "https://iam.us-gov.amazonaws.com/", "us-gov-west-1")]
    [InlineData("us-iso-west-1", "https://iam.us-iso-east-1.c2s.ic.gov/", "us-iso-east-1")]
    public void Resolve_Iam_UsesPartitionGlobalEndpointAndSigningRegion(string region, string expected, string signingRegion)
    {
        var endpoint = Resolver().Resolve(AwsServices.Iam, Settings(region));

        Assert.Equal(expected, endpoint.Url.ToString());
        Assert.Equal(signingRegion, endpoint.SigningRegion);
    }

    [Fact]
    public void Resolve_ServiceSpecificVariable_WinsOverGlobalVariableAndSettings()
    {
        var resolver = Resolver(("AWS_ENDPOINT_URL_ECS", "http://localhost:4566"), ("AWS_ENDPOINT_URL", "http://global:1"));

        var endpoint = resolver.Resolve(AwsServices.Ecs, Settings("eu-west-1", "http://settings:2"));

        Assert.Equal("http://localhost:4566/", endpoint.Url.ToString());
        Assert.Equal("eu-west-1", endpoint.SigningRegion);
    }

    [Fact]
    public void Resolve_GlobalVariable_WinsOverSettingsForServicesWithoutTheirOwn()
    {
        var resolver = Resolver(("AWS_ENDPOINT_URL_ECS", "http://ecs-only:1"), ("AWS_ENDPOINT_URL", "http://global:1"));

        var endpoint = resolver.Resolve(AwsServices.Ecr, Settings("eu-west-1", "http://settings:2"));

        Assert.Equal("http://global:1/", endpoint.Url.ToString());
    }

    [Fact]
    public void Resolve_SettingsEndpoint_UsedWhenNoVariableIsSet()
    {
        var endpoint = Resolver().Resolve(AwsServices.Logs, Settings("eu-west-1", "http://127.0.0.1:5005"));

        Assert.Equal("http://127.0.0.1:5005/", endpoint.Url.ToString());
    }

    [Theory]
    [InlineData("CloudWatch Logs", "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS")]
    [InlineData("Elastic Load Balancing v2", "AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2")]
    [InlineData("Application Auto Scaling", "AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING")]
    [InlineData("Secrets Manager", "AWS_ENDPOINT_URL_SECRETS_MANAGER")]
    [InlineData("Auto Scaling", "AWS_ENDPOINT_URL_AUTO_SCALING")]
    public void Resolve_ServiceIdWithSpaces_ReadsUnderscoredVariable(string serviceId, string variable)
    {
        var service = AwsServices.All.Single(s => s.ServiceId == serviceId);

        var endpoint = Resolver((variable, "http://override:9")).Resolve(service, Settings("eu-west-1"));

        Assert.Equal("http://override:9/", endpoint.Url.ToString());
    }

    [Fact]
    public void Resolve_BareHostEndpoint_DefaultsToHttps()
    {
        var endpoint = Resolver(("AWS_ENDPOINT_URL", "vpce-123.ecs.eu-west-1.vpce.amazonaws.com")).Resolve(AwsServices.Ecs, Settings("eu-west-1"));

        Assert.Equal("https://vpce-123.ecs.eu-west-1.vpce.amazonaws.com/", endpoint.Url.ToString());
    }

    [Fact]
    public void Resolve_NonHttpEndpoint_ThrowsWithTheValue()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Resolver(("AWS_ENDPOINT_URL", "ftp://nope")).Resolve(AwsServices.Ecs, Settings("eu-west-1")));

        Assert.Contains("ftp://nope", error.Message, StringComparison.Ordinal);
    }
}
