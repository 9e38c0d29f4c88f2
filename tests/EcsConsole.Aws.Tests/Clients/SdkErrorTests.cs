using System.Net;
using System.Text;
using Amazon.Runtime;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Ssm;
using EcsConsole.Aws.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Aws.Tests.Clients;

// EC2, SSM and STS go through the AWS SDK; its failures must reach callers as AwsServiceException written for people too.
public sealed class SdkErrorTests
{
    [Fact]
    public async Task GetParameterAsync_HtmlPageWithoutAwsCode_ThrowsAwsServiceExceptionWithStatusAndTitleOnlyAsync()
    {
        using var handler = new FakeAwsHandler();
        handler.Respond(HttpStatusCode.NotImplemented, "<html><head><title>Not Implemented</title></head><body><pre>GetParameter: no route</pre></body></html>");
        using var provider = Services(handler);

        var error = await Assert.ThrowsAsync<AwsServiceException>(() =>
            provider.GetRequiredService<ISsmParameterClient>().GetParameterAsync(new GetParameterRequest { Name = "/aws/service/ecs/optimized-ami" }));

        Assert.Equal("Http501", error.ErrorCode);
        Assert.False(error.BodyWasAwsError);
        Assert.Equal(AwsErrorKind.Unsupported, error.Kind);
        Assert.DoesNotContain("no route", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("SSM GetParameter failed: Http501: HTTP 501 (Not Implemented) with", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(FakeAwsHandler handler)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new AwsTransport(handler));
        services.AddSingleton(new AwsConnection(new AwsConnectionSettings(
            "eu-west-1", null, null, new BasicAWSCredentials("AKIDTEST", "secret-test"), AwsConnectionSettings.AwsMode)));
        services.AddAwsClients();
        return services.BuildServiceProvider();
    }
}
