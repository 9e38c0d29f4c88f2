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
    public void ParseError_HtmlPageFromAProxy_DescribesStatusOnlyAndCountsAsTransient()
    {
        var error = Parse(HttpStatusCode.BadGateway, "<html><body>502 Bad Gateway</body></html>", ("x-amzn-RequestId", "r-9"));

        Assert.Equal("Http502", error.ErrorCode);
        Assert.Equal("ECS ListServices failed: Http502: HTTP 502 (Bad Gateway) with an HTML page. (request id r-9)", error.Message);
        Assert.False(error.BodyWasAwsError);
        Assert.Equal(AwsErrorKind.Transient, error.Kind);
    }

    [Fact]
    public void ParseError_Html500FromAnEndpointWithoutTheOperation_GivesStatusAndTitleOnlyAndKindUnsupported()
    {
        var page = "<!doctype html>\n<html><head><meta charset=\"utf-8\">\n<title>\n  Internal Server Error\n</title></head>" +
            "<body><h1>Internal Server Error</h1><p>The server encountered an internal error and was unable to complete your request.</p></body></html>";

        var error = Parse(HttpStatusCode.InternalServerError, page);

        Assert.Equal("HTTP 500 (Internal Server Error) with an HTML page titled 'Internal Server Error'", error.AwsMessage);
        Assert.Equal("ECS ListServices failed: Http500: HTTP 500 (Internal Server Error) with an HTML page titled 'Internal Server Error'.", error.Message);
        Assert.False(error.BodyWasAwsError);
        Assert.Equal(AwsErrorKind.Unsupported, error.Kind);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void ParseError_LongEncodedTitle_DecodesAndCapsIt()
    {
        var error = Parse(HttpStatusCode.InternalServerError, $"<html><title>Error &amp; {new string('x', 200)}</title></html>");

        Assert.StartsWith("HTTP 500 (Internal Server Error) with an HTML page titled 'Error & xxx", error.AwsMessage, StringComparison.Ordinal);
        Assert.EndsWith("x…'", error.AwsMessage, StringComparison.Ordinal);
        Assert.Equal("HTTP 500 (Internal Server Error) with an HTML page titled ''".Length + 80 + 1, error.AwsMessage!.Length);
        Assert.DoesNotContain("<", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Service exploded, see logs at /var/log/x", "a plain-text body")]
    [InlineData("{\"error\":\"boom\"}", "a JSON body that is not an AWS error")]
    [InlineData("<Oops><Detail>boom</Detail></Oops>", "an XML document that is not an AWS error")]
    public void ParseError_OtherBodiesThatAreNotAwsErrors_AreNeverShownRaw(string body, string described)
    {
        var error = Parse(HttpStatusCode.InternalServerError, body);

        Assert.Equal($"HTTP 500 (Internal Server Error) with {described}", error.AwsMessage);
        Assert.False(error.BodyWasAwsError);
        Assert.DoesNotContain("boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseError_Empty503_IsAwsOwnAndTransient()
    {
        var error = Parse(HttpStatusCode.ServiceUnavailable, "");

        Assert.Equal("Http503", error.ErrorCode);
        Assert.Equal("HTTP 503 (Service Unavailable) with an empty body", error.AwsMessage);
        Assert.True(error.BodyWasAwsError);
        Assert.Equal(AwsErrorKind.Transient, error.Kind);
    }

    [Fact]
    public void ParseError_Throttling_IsThrottlingAndTransient()
    {
        var error = Parse(HttpStatusCode.BadRequest, """{"__type":"ThrottlingException","message":"Rate exceeded"}""", ("x-amzn-RequestId", "r-1"));

        Assert.Equal(AwsErrorKind.Throttling, error.Kind);
        Assert.True(error.IsTransient);
        Assert.True(error.BodyWasAwsError);
        Assert.Equal("ECS ListServices failed: ThrottlingException: Rate exceeded. (request id r-1)", error.Message);
    }

    [Fact]
    public void ParseError_MessageEndingInDots_EndsWithOneFullStop()
    {
        var error = Parse(HttpStatusCode.BadRequest, """{"__type":"ClientException","message":"Try again later... "}""");

        Assert.Equal("ECS ListServices failed: ClientException: Try again later.", error.Message);
    }
}
