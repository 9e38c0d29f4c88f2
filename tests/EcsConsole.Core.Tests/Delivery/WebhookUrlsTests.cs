using EcsConsole.Core.Audit;
using EcsConsole.Core.Delivery;
using EcsConsole.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace EcsConsole.Core.Tests.Delivery;

public sealed class WebhookUrlsTests
{
    [Fact]
    public void Mask_SlackWebhookUrl_HidesPathAndQuery()
    {
        var masked = WebhookUrls.Mask("https://hooks.slack.com/services/T000/B000/XXXXSECRET?token=abc");

        Assert.Equal("https://hooks.slack.com/…", masked);
    }

    [Fact]
    public void Mask_HostWithPort_KeepsThePort()
    {
        Assert.Equal("http://10.1.2.3:8080/…", WebhookUrls.Mask("http://10.1.2.3:8080/hook"));
    }

    [Fact]
    public async Task SaveWebhookAsync_SlackUrl_AuditsItMasked()
    {
        await using var sandbox = await DeliverySandbox.StartAsync();
        sandbox.SignedIn.As("ada", ConsoleRole.Admin);

        await sandbox.Delivery().SaveWebhookAsync(new WebhookInput(null, "slack", "https://hooks.slack.com/services/T000/B000/XXXXSECRET", WebhookFormat.Slack, true));

        var entry = Assert.Single((await sandbox.Services.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Operation = "Webhooks.Save" }, CancellationToken.None)).Entries);
        Assert.DoesNotContain("XXXXSECRET", entry.Parameters, StringComparison.Ordinal);
        Assert.Contains("hooks.slack.com", entry.Parameters, StringComparison.Ordinal);
    }
}
