using System.Net;
using System.Reflection;
using EcsConsole.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace EcsConsole.Security.Tests;

/// <summary>Nobody signed in: every page, the Blazor hub and the exports are closed; health and sign-in are open.</summary>
public sealed class AnonymousAccessTests(WebAppFixture fixture) : IClassFixture<WebAppFixture>
{
    // Every routable component in the web assembly, found by reflection so a new page cannot be forgotten.
    public static TheoryData<string> ProtectedPageRoutes() => new(PageRoutes(anonymous: false));

    public static TheoryData<string> AnonymousPageRoutes() => new(PageRoutes(anonymous: true));

    private static IEnumerable<string> PageRoutes(bool anonymous) =>
        typeof(EcsConsoleHost).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && (t.GetCustomAttribute<AllowAnonymousAttribute>() is not null) == anonymous)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => SampleUrl(r.Template))
            .Distinct()
            .Order(StringComparer.Ordinal);

    // Route parameters get a harmless sample value: "/clusters/{Name}" -> "/clusters/sample".
    private static string SampleUrl(string template) =>
        string.Join('/', template.Split('/').Select(segment => segment.StartsWith('{') ? "sample" : segment));

    [Fact]
    public void PageRoutes_WebAssembly_IncludesTheKnownPages()
    {
        var routes = PageRoutes(anonymous: false).ToList();

        Assert.Contains("/clusters", routes);
        Assert.Contains("/audit", routes);
        Assert.Contains("/admin/users", routes);
        Assert.Equal(["/account/signin"], PageRoutes(anonymous: true));
    }

    [Theory]
    [MemberData(nameof(ProtectedPageRoutes))]
    public async Task Get_ProtectedPageAnonymously_RedirectsToSignInWithReturnUrl(string route)
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, route);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signin", response.Headers.Location!.AbsolutePath);
        Assert.Contains("returnUrl=" + Uri.EscapeDataString(route), response.Headers.Location!.Query);
    }

    [Theory]
    [MemberData(nameof(AnonymousPageRoutes))]
    [InlineData("/healthz")]
    public async Task Get_AnonymousEndpoint_Answers200(string route)
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(route);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/audit/export.csv")]
    [InlineData("/audit/export.json")]
    [InlineData("/audit/export.csv?actor=admin")]
    public async Task Get_ExportAnonymously_Is401(string route)
    {
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, route);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BlazorHubNegotiateAnonymously_Is401()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", new StringContent(string.Empty));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_BlazorScriptAnonymously_Answers200()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync("/_framework/blazor.web.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignOutAnonymouslyWithoutToken_IsRefused()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.PostAsync("/account/signout", new FormUrlEncodedContent([]));

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, $"got {response.StatusCode}");
    }
}
