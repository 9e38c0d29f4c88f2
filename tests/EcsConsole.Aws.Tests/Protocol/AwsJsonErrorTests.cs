using System.Net;
using System.Text;
using EcsConsole.Aws.Http;
using EcsConsole.Aws.Json;

namespace EcsConsole.Aws.Tests.Protocol;

public sealed class AwsJsonErrorTests
{
    private static AwsServiceException Parse(HttpStatusCode status, string body, params (string Name, string Value)[] headers) =>
        AwsJsonProtocol.ParseError(AwsServices.Ecs, "ListServices", new AwsWireResponse(status,
            headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase), Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void ParseError_NamespacedTypeWithUri_KeepsOnlyTheShapeName()
    {
        var error = Parse(HttpStatusCode.BadRequest,
            """{"__type":"com.amazonaws.ecs#ClusterNotFoundException:http://internal.amazon.com/coral/","Message":"Cluster not found."}""");

        Assert.Equal("ClusterNotFoundException", error.ErrorCode);
        Assert.Equal("Cluster not found.", error.AwsMessage);
    }

    [Fact]
    public void ParseError_ErrorTypeHeader_WinsOverBody()
    {
        var error = Parse(HttpStatusCode.BadRequest, """{"__type":"Other","message":"m"}""", ("x-amzn-ErrorType", "AccessDeniedException:http://x/"));

        Assert.Equal("AccessDeniedException", error.ErrorCode);
    }

    [Fact]
    public void ParseError_HtmlFromAProxy_KeepsTheTextAndUsesTheStatusAsCode()
    {
        var error = Parse(HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>", ("x-amzn-RequestId", "r-9"));

        Assert.Equal("Http502", error.ErrorCode);
        Assert.Contains("502 Bad Gateway", error.AwsMessage, StringComparison.Ordinal);
        Assert.Equal("ECS ListServices failed: Http502: <html><body>502 Bad Gateway</body></html>. (request id r-9)", error.Message);
    }
}
