namespace EcsConsole.Core.Delivery;

/// <summary>A receiver of delivery notifications, managed by an Admin.</summary>
public sealed class WebhookEndpoint
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>An absolute http(s) URL the console POSTs JSON to.</summary>
    public required string Url { get; set; }

    public WebhookFormat Format { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The payload shape: the console's own JSON, or Slack's incoming-webhook message (<c>text</c> and <c>blocks</c>).</summary>
public enum WebhookFormat
{
    Generic,
    Slack,
}
