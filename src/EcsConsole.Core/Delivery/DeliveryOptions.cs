namespace EcsConsole.Core.Delivery;

/// <summary>The <c>Delivery</c> configuration section.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>How often policies look at ECR and in-flight rollouts are checked.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The console's public address, for the links in notifications (e.g. https://console.example.com).</summary>
    public string? ConsoleBaseUrl { get; set; }

    /// <summary>Networks (CIDR or single addresses) webhooks may reach although loopback, link-local or private. Admin-set.</summary>
    public List<string> WebhookAllowedNetworks { get; set; } = [];

    /// <summary>Attempts per webhook notification before it is marked failed.</summary>
    public int WebhookMaxAttempts { get; set; } = 5;

    /// <summary>Wait before the first retry; doubled for each further one.</summary>
    public TimeSpan WebhookFirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A record left Starting by an instance whose lease on it expired is marked failed at once. One without a lease
    /// (written before leases existed) is marked failed once it has been Starting this long.
    /// </summary>
    public TimeSpan StartingTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
