using System.Net;
using EcsConsole.Security.Tests.Support;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcsConsole.Security.Tests;

/// <summary>Start-up behaviour that needs its own app instance: environments, configured timeouts, the bootstrap administrator.</summary>
public sealed class HostConfigurationTests
{
    [Fact]
    public async Task StartAsync_NoBootstrapPassword_LogsGeneratedPasswordOnceAcrossRestarts()
    {
        var storeDirectory = Directory.CreateTempSubdirectory("ecsconsole-sec-restart-").FullName;
        try
        {
            string password;
            await using (var first = await TestWebApp.StartAsync(storeDirectory: storeDirectory))
            {
                var warning = Assert.Single(first.Logs.Lines, l => l.Message.Contains("generated password", StringComparison.Ordinal));
                Assert.Equal(LogLevel.Warning, warning.Level);
                password = warning.Message.Split("generated password ")[1].Split(' ')[0];
                using var client = first.CreateClient();
                using var signIn = await TestWebApp.SignInAsync(client, "admin", password);
                Assert.Equal("/", signIn.Headers.Location!.OriginalString);
            }

            await using var second = await TestWebApp.StartAsync(storeDirectory: storeDirectory);

            Assert.DoesNotContain(second.Logs.Lines, l => l.Message.Contains(password, StringComparison.Ordinal));
            Assert.DoesNotContain(second.Logs.Lines, l => l.Message.Contains("generated password", StringComparison.Ordinal));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(storeDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task StartAsync_ConfiguredSessionTimeout_IsSlidingCookieLifetime()
    {
        await using var app = await TestWebApp.StartAsync(extraArgs: ["--Auth:SessionTimeout=00:30:00"]);

        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);

        Assert.Equal(TimeSpan.FromMinutes(30), cookie.ExpireTimeSpan);
        Assert.True(cookie.SlidingExpiration);
        Assert.True(cookie.Cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Lax, cookie.Cookie.SameSite);
        Assert.Equal(CookieSecurePolicy.SameAsRequest, cookie.Cookie.SecurePolicy);
    }

    [Fact]
    public async Task StartAsync_Production_SessionCookieIsSecureOnly()
    {
        await using var app = await TestWebApp.StartAsync("Production", extraArgs: ["--Auth:BootstrapAdmin:Password=production-admin-password"]);
        using var client = app.CreateClient();

        using var response = await TestWebApp.SignInAsync(client, "admin", "production-admin-password");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("EcsConsole.Session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
