using System.Net;
using EcsConsole.Core.Text;

namespace EcsConsole.Core.Tests.Text;

public sealed class MarkupTextTests
{
    [Fact]
    public void ForPeople_HtmlPageWithTitle_StatusAndTitleOnly()
    {
        var page = "<!DOCTYPE html>\n<html><head><title>502 Bad\n Gateway</title></head><body><h1>nginx</h1><script>x()</script></body></html>";

        Assert.Equal("HTTP 502: 502 Bad Gateway", MarkupText.ForPeople(page, HttpStatusCode.BadGateway));
    }

    [Fact]
    public void ForPeople_XmlWithoutTitle_StatusOnly() =>
        Assert.Equal("HTTP 404 (NotFound) instead of an AWS answer", MarkupText.ForPeople("<Error><Code>x</Code></Error>", HttpStatusCode.NotFound));

    [Fact]
    public void ForPeople_HtmlInsideText_IsTreatedAsAPage() =>
        Assert.StartsWith("HTTP 503", MarkupText.ForPeople("Service said: <html><title>Down</title></html>", HttpStatusCode.ServiceUnavailable));

    [Fact]
    public void ForPeople_PlainSentence_Unchanged() =>
        Assert.Equal("Rate exceeded", MarkupText.ForPeople("Rate exceeded", HttpStatusCode.BadRequest));
}
