namespace EcsConsole.Sandbox.Auth;

/// <summary>
/// A request as it came over the wire, before any decoding: what Signature Version 4 signs.
/// Headers keep their order and repeats; <see cref="RawPath"/> and <see cref="RawQuery"/> are as sent (query without '?').
/// </summary>
public sealed record SigV4Request(
    string Method,
    string RawPath,
    string RawQuery,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    ReadOnlyMemory<byte> Body)
{
    public IEnumerable<string> HeaderValues(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    public string? Header(string name) => HeaderValues(name).FirstOrDefault();

    /// <summary>The query parameters, percent-decoded, in order.</summary>
    public IEnumerable<KeyValuePair<string, string>> QueryParameters() =>
        RawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var equals = pair.IndexOf('=');
            return equals < 0
                ? new KeyValuePair<string, string>(Uri.UnescapeDataString(pair), "")
                : new KeyValuePair<string, string>(Uri.UnescapeDataString(pair[..equals]), Uri.UnescapeDataString(pair[(equals + 1)..]));
        });
}
