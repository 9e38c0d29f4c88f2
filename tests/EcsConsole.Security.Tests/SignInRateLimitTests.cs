using System.Net;
using EcsConsole.Security.Tests.Support;

namespace EcsConsole.Security.Tests;

/// <summary>Sign-in posts are limited per client address and per user name; the limits here are small on purpose.</summary>
public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task SignIn_MorePostsThanThePerClientLimit_Is429WithRetryAfter()
    {
        await using var app = await TestWebApp.StartAsync(extraArgs: ["--Auth:SignInRateLimit:PerClient=3", "--Auth:SignInRateLimit:Window=00:10:00"]);
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await TestWebApp.SignInAsync(client, "user-" + i, "wrong-password-123");
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        using var refused = await TestWebApp.SignInAsync(client, "someone-else", "wrong-password-123");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.InRange(retryAfter, 1, 600);
        Assert.Contains("Too many sign-in attempts", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignIn_MorePostsForOneNameThanItsLimit_Is429ForThatNameOnly()
    {
        await using var app = await TestWebApp.StartAsync(extraArgs: ["--Auth:SignInRateLimit:PerUserName=2", "--Auth:SignInRateLimit:Window=00:10:00"]);
        using var client = app.CreateClient();
        (await TestWebApp.SignInAsync(client, "admin", "wrong-password-123")).Dispose();
        (await TestWebApp.SignInAsync(client, " ADMIN ", "wrong-password-123")).Dispose();

        using var sameName = await TestWebApp.SignInAsync(client, "Admin", "wrong-password-123");
        using var otherName = await TestWebApp.SignInAsync(client, "somebody", "wrong-password-123");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameName.StatusCode);
        Assert.True(sameName.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.Redirect, otherName.StatusCode);
    }

    [Fact]
    public async Task SignIn_ForwardedHeadersConfigured_LimitsEachForwardedClientApart()
    {
        await using var app = await TestWebApp.StartAsync(extraArgs:
            ["--Auth:SignInRateLimit:PerClient=2", "--Auth:SignInRateLimit:Window=00:10:00", "--ForwardedHeaders:KnownProxies:0=127.0.0.1"]);
        using var client = app.CreateClient();
        (await TestWebApp.SignInAsync(client, "a-name", "wrong-password-123", forwardedFor: "203.0.113.10")).Dispose();
        (await TestWebApp.SignInAsync(client, "a-name", "wrong-password-123", forwardedFor: "203.0.113.10")).Dispose();

        using var sameClient = await TestWebApp.SignInAsync(client, "a-name", "wrong-password-123", forwardedFor: "203.0.113.10");
        using var otherClient = await TestWebApp.SignInAsync(client, "a-name", "wrong-password-123", forwardedFor: "203.0.113.20");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameClient.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, otherClient.StatusCode);
    }

    [Fact]
    public async Task SignIn_ForwardedHeadersNotConfigured_IgnoresXForwardedFor()
    {
        await using var app = await TestWebApp.StartAsync(extraArgs: ["--Auth:SignInRateLimit:PerClient=2", "--Auth:SignInRateLimit:Window=00:10:00"]);
        using var client = app.CreateClient();
        (await TestWebApp.SignInAsync(client, "a-name", "wrong-password-123", forwardedFor: "203.0.113.10")).Dispose();
        (await TestWebApp.SignInAsync(client, "a-name", "wrong-password-123", forwardedFor: "203.0.113.11")).Dispose();

        using var spoofed = await TestWebApp.SignInAsync(client, "a-name", "wrong-password-123", forwardedFor: "203.0.113.12");

        Assert.Equal(HttpStatusCode.TooManyRequests, spoofed.StatusCode);
    }

    [Fact]
    public async Task SignIn_MillionCharacterUserName_IsRefusedAndNothingLongIsAudited()
    {
        await using var app = await TestWebApp.StartAsync(extraArgs: ["--Auth:BootstrapAdmin:Password=limits-admin-password"]);
        using var client = app.CreateClient();

        using var response = await TestWebApp.SignInAsync(client, new string('x', 1_000_000), "wrong-password-123");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var admin = app.CreateClient();
        (await TestWebApp.SignInAsync(admin, "admin", "limits-admin-password")).Dispose();
        var export = await admin.GetStringAsync("/audit/export.csv");
        Assert.DoesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", export);
    }
}
