namespace EcsConsole.Core.Delivery;

/// <summary>How a webhook URL is shown and audited: scheme, host and port only. The path and query of a Slack or similar URL are its secret.</summary>
public static class WebhookUrls
{
    public static string Mask(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            ? $"{uri.Scheme}://{uri.Authority}{(uri.PathAndQuery is "/" or "" ? "/" : "/…")}"
            : "(not a URL)";
}
