using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EcsConsole.Core.Delivery;
using EcsConsole.Core.Store;
using EcsConsole.Security.Tests.Support;
using EcsConsole.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Security.Tests;

/// <summary>How the host is allowed to start, and what it keeps out of caches, logs and the store.</summary>
public sealed class HostHardeningTests
{
    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:0")]
    [InlineData("http://192.0.2.1:0")]
    public async Task StartAsync_DevelopmentOnNonLoopbackAddress_IsRefused(string url)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestWebApp.StartAsync("Development", extraArgs: [$"--urls={url}"]));

        Assert.Contains("Development", error.Message);
        Assert.Contains(url, error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("https://console.example.com", false)]
    public void IsLoopback_ListenUrl_TellsLoopbackApart(string url, bool loopback)
    {
        Assert.Equal(loopback, DevelopmentBinding.IsLoopback(url));
    }

    [Fact]
    public async Task StartAsync_ProductionOnAnyAddress_Starts()
    {
        await using var app = await TestWebApp.StartAsync("Production", extraArgs: ["--urls=http://0.0.0.0:0", "--Auth:BootstrapAdmin:Password=production-admin-password"]);

        Assert.NotEmpty(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses);
    }

    [Fact]
    public async Task StartAsync_BootstrapPasswordShorterThanMinimum_IsRefused()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestWebApp.StartAsync(extraArgs: ["--Auth:BootstrapAdmin:Password=short"]));

        Assert.Contains("Auth:BootstrapAdmin:Password", error.Message);
    }

    [Fact]
    public async Task StartAsync_CertificateConfigured_DataProtectionKeysAreEncryptedInTheStore()
    {
        var directory = Directory.CreateTempSubdirectory("ecsconsole-dp-cert-").FullName;
        try
        {
            var pfx = Path.Combine(directory, "keys.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=EcsConsole data protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
            }

            await using var app = await TestWebApp.StartAsync(extraArgs:
                [$"--DataProtection:CertificatePath={pfx}", "--DataProtection:CertificatePassword=pfx-password", "--Auth:BootstrapAdmin:Password=certificate-admin-password"]);
            using var client = app.CreateClient();
            using var signIn = await TestWebApp.SignInAsync(client, "admin", "certificate-admin-password");
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/audit/export.json")).StatusCode);

            var xml = await KeyXmlAsync(app);
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<value>", xml);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task StartAsync_NoCertificate_KeysAreStoredUnencrypted()
    {
        await using var app = await TestWebApp.StartAsync();
        using var client = app.CreateClient();
        await TestWebApp.AntiforgeryTokenAsync(client);

        Assert.DoesNotContain("EncryptedData", await KeyXmlAsync(app));
    }

    [Fact]
    public async Task StartAsync_CertificatePathMissing_IsRefusedWithTheMissingPath()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => TestWebApp.StartAsync(extraArgs: ["--DataProtection:CertificatePath=/nowhere/keys.pfx"]));

        Assert.Contains("/nowhere/keys.pfx", error.Message);
    }

    [Fact]
    public async Task WebhookClient_SendingToAUrl_LogsNothingOfTheUrl()
    {
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddDelivery(new ConfigurationBuilder().Build());
        services.AddHttpClient(WebhookDispatcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new AcceptingHandler());
        await using var provider = services.BuildServiceProvider();

        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookDispatcher.HttpClientName);
        using var response = await client.PostAsync("https://hooks.example.com/services/T000/B000/very-secret-token", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains("very-secret-token", StringComparison.Ordinal));
    }

    private static async Task<string> KeyXmlAsync(TestWebApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ConsoleDbContext>>().CreateDbContextAsync();
        var keys = await db.DataProtectionKeys.AsNoTracking().ToListAsync();
        Assert.NotEmpty(keys);
        return string.Join("\n", keys.Select(k => k.Xml));
    }

    private sealed class AcceptingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
    }
}
