using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcsConsole.Core.Security;

/// <summary>
/// Replaces secret values in structured data before it is stored, logged or shown. Over-redacting is the safe
/// failure: a masked harmless value costs a look elsewhere, a leaked password costs a rotation.
/// </summary>
public static partial class SecretRedactor
{
    public const string Mask = "***";

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// True for property names that hold secrets (password, secretAccessKey, sessionToken, apiKey, clientSecret, ...).
    /// A bare <c>key</c> is a tag or name/value key, not a secret; its value is judged by <see cref="IsSecretName"/>.
    /// </summary>
    public static bool IsSecretPropertyName(string name) =>
        !string.Equals(name, "key", StringComparison.OrdinalIgnoreCase)
        && !name.EndsWith("KeyId", StringComparison.OrdinalIgnoreCase)
        && (SecretWord().IsMatch(name) || name.EndsWith("key", StringComparison.OrdinalIgnoreCase) || name.Equals("valueFrom", StringComparison.OrdinalIgnoreCase));

    /// <summary>True for names of name/value pairs (environment variables, tags, parameters) whose value is secret, e.g. <c>DB_PASSWORD</c>, <c>DB_PASS</c>, <c>API_KEY</c>.</summary>
    public static bool IsSecretName(string name) => SecretWord().IsMatch(name) || HasWord(name, SecretWords);

    /// <summary>Serializes <paramref name="value"/> (or parses it when it is JSON text) and redacts it; null stays null.</summary>
    public static string? RedactToJson(object? value)
    {
        if (value is null) return null;
        JsonNode? node = value switch
        {
            JsonNode n => n.DeepClone(),
            string s when LooksLikeJson(s) => TryParse(s),
            _ => JsonSerializer.SerializeToNode(value, value.GetType(), SerializerOptions),
        };
        if (node is null && value is string text) return text;
        return Redact(node)?.ToJsonString() ?? "null";
    }

    /// <summary>Returns a redacted copy of <paramref name="node"/>.</summary>
    public static JsonNode? Redact(JsonNode? node)
    {
        var copy = node?.DeepClone();
        RedactInPlace(copy, inSecretsArray: false);
        return copy;
    }

    /// <summary>
    /// Redacts a single named value, e.g. an environment variable about to be shown in the UI: the whole value when the
    /// name looks secret, else any credentials written into a URL inside it (<c>postgres://app:pw@db</c>).
    /// </summary>
    public static string? RedactValue(string name, string? value) =>
        value is null ? null : IsSecretName(name) ? Mask : RedactUrlCredentials(value);

    /// <summary>Replaces the user-info part of every URL in <paramref name="text"/> (<c>scheme://user:password@host</c> → <c>scheme://***@host</c>).</summary>
    public static string RedactUrlCredentials(string text) =>
        text.Contains("://", StringComparison.Ordinal) ? UrlUserInfo().Replace(text, "${scheme}://" + Mask + "@") : text;

    private static void RedactInPlace(JsonNode? node, bool inSecretsArray)
    {
        switch (node)
        {
            case JsonObject obj:
                RedactObject(obj, inSecretsArray);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (UrlWithCredentials(array[i]) is { } redacted) array[i] = redacted;
                    else RedactInPlace(array[i], inSecretsArray);
                }

                break;
        }
    }

    private static void RedactObject(JsonObject obj, bool inSecretsArray)
    {
        var pairName = PairName(obj);
        foreach (var (name, child) in obj.ToArray())
        {
            // ECS "secrets" lists are {name, valueFrom} references: keep which secrets, hide where they live.
            if (child is JsonArray references && name.Equals("secrets", StringComparison.OrdinalIgnoreCase))
            {
                RedactInPlace(references, inSecretsArray: true);
                continue;
            }

            var secret = IsSecretPropertyName(name)
                         || (inSecretsArray && !IsNameProperty(name))
                         || (pairName is not null && IsValueProperty(name) && IsSecretName(pairName));
            if (secret)
            {
                if (child is not null) obj[name] = Mask;
                continue;
            }

            if (UrlWithCredentials(child) is { } redacted) obj[name] = redacted;
            else RedactInPlace(child, inSecretsArray);
        }
    }

    // A string value with credentials inside a URL, redacted; null for anything else.
    private static string? UrlWithCredentials(JsonNode? node)
    {
        if (node is not JsonValue value || !value.TryGetValue<string>(out var text)) return null;
        var redacted = RedactUrlCredentials(text);
        return ReferenceEquals(redacted, text) || redacted == text ? null : redacted;
    }

    // Name/value shapes: ECS environment {name, value}, tags {key, value}, SSM parameters {Name, Value}.
    private static string? PairName(JsonObject obj)
    {
        foreach (var (name, child) in obj)
        {
            if (IsNameProperty(name) && child is JsonValue v && v.TryGetValue<string>(out var s)) return s;
        }

        return null;
    }

    private static bool IsNameProperty(string name) =>
        name.Equals("name", StringComparison.OrdinalIgnoreCase) || name.Equals("key", StringComparison.OrdinalIgnoreCase);

    private static bool IsValueProperty(string name) => name.Equals("value", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikeJson(string s)
    {
        var t = s.TrimStart();
        return t.StartsWith('{') || t.StartsWith('[');
    }

    private static JsonNode? TryParse(string s)
    {
        try
        {
            return JsonNode.Parse(s);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Words that mark a secret only when they stand alone: DB_PASS, API_KEY, SENTRY_DSN; not PASSPORT_OFFICE or KEYBOARD.
    private static readonly string[] SecretWords = ["key", "keys", "pass", "pw", "dsn"];

    // Whole words of an environment-style or camelCase name: API_KEY, signingKey, key-file.
    private static bool HasWord(string name, string[] words)
    {
        var wordStart = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            var boundary = i == name.Length || !char.IsLetterOrDigit(name[i]) || (char.IsUpper(name[i]) && char.IsLower(name[i - 1]));
            if (!boundary) continue;
            var word = name.AsSpan(wordStart, i - wordStart).Trim("_-. ");
            foreach (var candidate in words)
            {
                if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return true;
            }
            wordStart = i;
        }

        return false;
    }

    // scheme://userinfo@ where userinfo holds no '/', '@' or whitespace (RFC 3986: the authority's first part).
    [GeneratedRegex(@"(?<scheme>[A-Za-z][A-Za-z0-9+.\-]*)://[^/?#@\s]+@", RegexOptions.CultureInvariant)]
    private static partial Regex UrlUserInfo();

    [GeneratedRegex("secret|passw|pwd|token|credential|apikey", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretWord();
}
