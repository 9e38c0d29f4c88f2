using EcsConsole.Web.Security;

namespace EcsConsole.Security.Tests;

public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("/clusters/prod?tab=events", "/clusters/prod?tab=events")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("clusters", "/")]
    [InlineData("/account/signin?returnUrl=/x", "/")]
    [InlineData("/a\r\nSet-Cookie: x", "/")]
    public void Safe_ReturnUrl_StaysInsideTheConsole(string? returnUrl, string expected)
    {
        Assert.Equal(expected, ReturnUrls.Safe(returnUrl));
    }
}
