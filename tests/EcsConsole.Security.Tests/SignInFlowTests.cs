using System.Net;
using EcsConsole.Security.Tests.Support;
using EcsConsole.Web.Security;

namespace EcsConsole.Security.Tests;

public sealed class SignInFlowTests(WebAppFixture fixture) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task SignIn_RightPassword_SetsHttpOnlyLaxSessionCookieAndRedirectsToReturnUrl()
    {
        using var client = fixture.App.CreateClient();

        using var response = await TestWebApp.SignInAsync(client, "admin", WebAppFixture.AdminPassword, "/audit?x=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/audit?x=1", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("EcsConsole.Session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_ThenExportCsv_ReturnsTheSignInEntry()
    {
        using var client = fixture.App.CreateClient();
        (await TestWebApp.SignInAsync(client, "admin", WebAppFixture.AdminPassword)).Dispose();

        using var response = await client.GetAsync("/audit/export.csv?operation=Account.SignIn&outcome=Succeeded");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(AuditCsvHeader, lines[0]);
        Assert.Contains(lines.Skip(1), l => l.Contains(",admin,Admin,Account.SignIn,user/admin,Succeeded,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines.Skip(1), l => l.Contains(",Failed,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignIn_WrongPassword_RedirectsBackWithErrorAndNoSession()
    {
        using var client = fixture.App.CreateClient();

        using var response = await TestWebApp.SignInAsync(client, "nobody-here", "wrong-password-123");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin?", response.Headers.Location!.OriginalString);
        Assert.Contains("error=invalid", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("EcsConsole.Session=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_Is400()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.PostAsync("/account/signin/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = WebAppFixture.AdminPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("EcsConsole.Session=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("/account/signin")]
    public async Task SignIn_ReturnUrlOutsideConsole_RedirectsHome(string returnUrl)
    {
        using var client = fixture.App.CreateClient();

        using var response = await TestWebApp.SignInAsync(client, "admin", WebAppFixture.AdminPassword, returnUrl);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_WithToken_EndsTheSession()
    {
        using var client = fixture.App.CreateClient();
        (await TestWebApp.SignInAsync(client, "admin", WebAppFixture.AdminPassword)).Dispose();
        var token = await TestWebApp.AntiforgeryTokenAsync(client);

        using var signOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var export = await client.GetAsync("/audit/export.json");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, export.StatusCode);
    }

    [Fact]
    public async Task Get_AnyResponse_CarriesSecurityHeaders()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync("/account/signin");

        Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("frame-ancestors 'none'", SecurityHeadersMiddleware.ContentSecurityPolicy);
        Assert.Contains("script-src 'self';", SecurityHeadersMiddleware.ContentSecurityPolicy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Get_AnyResponse_CspLetsConnectionsGoOnlyBackToTheConsole()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync("/account/signin");

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("connect-src 'self';", csp);
        Assert.DoesNotContain("ws:", csp);
        Assert.DoesNotContain("wss:", csp);
    }

    [Theory]
    [InlineData("/audit/export.csv")]
    [InlineData("/audit/export.json")]
    public async Task Export_SignedIn_IsNeverCached(string path)
    {
        using var client = fixture.App.CreateClient();
        (await TestWebApp.SignInAsync(client, "admin", WebAppFixture.AdminPassword)).Dispose();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store is missing.");
    }

    private const string AuditCsvHeader = "Id,At,Actor,Role,Operation,Target,Outcome,Error,AwsRequestIds,Note,Parameters,Connection,Partition,Account,Region";
}
