using System.Net;
using EcsConsole.Core.Security;
using EcsConsole.Security.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Security.Tests;

/// <summary>Sessions are decided on the server: a copied cookie stops working when its session ends.</summary>
public sealed class SessionRevocationTests(WebAppFixture fixture) : IClassFixture<WebAppFixture>
{
    private static FormUrlEncodedContent TokenForm(string token) => new(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

    [Fact]
    public async Task SignOut_CookieReplayedAfterwards_IsRefused()
    {
        var cookies = new CookieContainer();
        using var client = fixture.App.CreateClient(cookies);
        (await TestWebApp.SignInAsync(client, "admin", WebAppFixture.AdminPassword)).Dispose();
        var copied = fixture.App.SessionCookie(cookies);
        using (var replayBefore = fixture.App.ClientWithSessionCookie(copied))
        {
            Assert.Equal(HttpStatusCode.OK, (await replayBefore.GetAsync("/audit/export.json")).StatusCode);
        }

        var token = await TestWebApp.AntiforgeryTokenAsync(client);
        (await client.PostAsync("/account/signout", TokenForm(token))).Dispose();

        using var replay = fixture.App.ClientWithSessionCookie(copied);
        using var response = await replay.GetAsync("/audit/export.json");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_Is400AndSessionStays()
    {
        using var client = fixture.App.CreateClient();
        (await TestWebApp.SignInAsync(client, "admin", WebAppFixture.AdminPassword)).Dispose();

        using var signOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        using var export = await client.GetAsync("/audit/export.json");

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public async Task SignOut_EmptyPostWithoutForm_Is400()
    {
        using var client = fixture.App.CreateClient();
        (await TestWebApp.SignInAsync(client, "admin", WebAppFixture.AdminPassword)).Dispose();

        using var signOut = await client.PostAsync("/account/signout", content: null);

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
    }

    [Fact]
    public async Task PasswordReset_CookieOfThatUserReplayed_IsRefused()
    {
        await CreateUserAsync("rita", ConsoleRole.Viewer, "rita-first-password");
        var cookies = new CookieContainer();
        using var client = fixture.App.CreateClient(cookies);
        (await TestWebApp.SignInAsync(client, "rita", "rita-first-password")).Dispose();
        var copied = fixture.App.SessionCookie(cookies);

        await AsAdminAsync(users => users.ResetPasswordAsync("rita", "rita-second-password", CancellationToken.None));

        using var replay = fixture.App.ClientWithSessionCookie(copied);
        using var response = await replay.GetAsync("/audit/export.json");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SessionCookieWithoutServerSession_IsRefused()
    {
        using var client = fixture.App.CreateClient();
        (await TestWebApp.SignInAsync(client, "admin", WebAppFixture.AdminPassword)).Dispose();
        await fixture.App.Services.GetRequiredService<ConsoleSessionStore>().RevokeAllAsync("admin", CancellationToken.None);

        using var response = await client.GetAsync("/audit/export.json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task CreateUserAsync(string userName, ConsoleRole role, string password) =>
        await AsAdminAsync(users => users.CreateAsync(userName, role, password, CancellationToken.None));

    // The service layer as an administrator would reach it: a scope whose principal is a real, live admin session.
    private async Task AsAdminAsync(Func<ConsoleUserService, Task> action)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var sessionId = await scope.ServiceProvider.GetRequiredService<ConsoleSessionStore>().StartAsync("admin", isLocalAccount: true, CancellationToken.None);
        scope.ServiceProvider.GetRequiredService<EcsConsole.Web.Security.OperatorPrincipalAccessor>().Principal =
            EcsConsole.Web.Security.ConsoleClaims.CreatePrincipal(new OperatorIdentity("admin", ConsoleRole.Admin, true), EcsConsole.Web.Security.ConsoleClaims.LocalMethod, sessionId);
        await action(scope.ServiceProvider.GetRequiredService<ConsoleUserService>());
    }
}
