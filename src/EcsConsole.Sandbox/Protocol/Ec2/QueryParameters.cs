using System.Globalization;
using System.Text;

namespace EcsConsole.Sandbox.Protocol.Ec2;

/// <summary>
/// Reads Query-style form parameters: scalars, numbered lists (<c>Prefix.N</c>, EC2's flattened form, or <c>Prefix.member.N</c>)
/// and their structures (<c>Prefix.N.Member</c>). Errors use the code the calling service answers bad input with.
/// </summary>
internal sealed class QueryParameters(IReadOnlyDictionary<string, string> parameters, string invalidCode)
{
    public string? String(string name) => parameters.TryGetValue(name, out var value) ? value : null;

    public string Required(string name) =>
        String(name) is { Length: > 0 } value ? value : throw new SandboxApiException(invalidCode == "ValidationError" ? "ValidationError" : "MissingParameter",
            invalidCode == "ValidationError"
                ? $"1 validation error detected: Value null at '{char.ToLowerInvariant(name[0]) + name[1..]}' failed to satisfy constraint: Member must not be null"
                : $"The request must contain the parameter {name}");

    public int? Int(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SandboxApiException(invalidCode, $"Invalid value '{text}' for {name}: an integer is expected.");
    }

    public bool? Bool(string name) => String(name)?.ToLowerInvariant() switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => throw new SandboxApiException(invalidCode, $"Invalid value '{other}' for {name}: true or false is expected."),
    };

    /// <summary>The indexes N present under <paramref name="prefix"/> (Prefix.N or Prefix.N.Member), in order.</summary>
    public IReadOnlyList<string> Items(string prefix)
    {
        var indexes = new SortedSet<int>();
        foreach (var key in parameters.Keys)
        {
            if (!key.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key[(prefix.Length + 1)..];
            var dot = rest.IndexOf('.');
            if (int.TryParse(dot < 0 ? rest : rest[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                indexes.Add(index);
            }
        }

        return indexes.Select(i => $"{prefix}.{i}").ToList();
    }

    /// <summary>Scalar list values: Prefix.1, Prefix.2... (an empty value "Prefix=" is an empty list).</summary>
    public IReadOnlyList<string> Strings(string prefix) => Items(prefix).Select(item => String(item)).OfType<string>().ToList();

    /// <summary>Key/value tags under Prefix.N.Key / Prefix.N.Value.</summary>
    public Dictionary<string, string> Tags(string prefix) =>
        Items(prefix).ToDictionary(item => Required(item + ".Key"), item => String(item + ".Value") ?? "", StringComparer.Ordinal);

    /// <summary>An opaque page token bound to one listing, and the page of items it points at.</summary>
    public (IReadOnlyList<T> Page, string? NextToken) Page<T>(IReadOnlyList<T> items, string listing, string tokenName, string sizeName, int defaultSize, int minSize, int maxSize)
    {
        var size = Int(sizeName) ?? defaultSize;
        if (size < minSize || size > maxSize)
        {
            throw new SandboxApiException(invalidCode, $"Value ( {size} ) for parameter {sizeName} is invalid. Expecting a value between {minSize} and {maxSize}.");
        }

        var offset = Offset(String(tokenName), listing);
        var page = items.Skip(offset).Take(size).ToList();
        var next = offset + page.Count;
        return (page, next < items.Count ? Convert.ToBase64String(Encoding.UTF8.GetBytes($"v1|{listing}|{next}")) : null);
    }

    private int Offset(string? token, string listing)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(token)).Split('|');
            if (parts.Length == 3 && parts[0] == "v1" && parts[1] == listing && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the answer AWS gives for any token it did not issue.
        }

        throw new SandboxApiException(invalidCode == "ValidationError" ? "InvalidNextToken" : "InvalidPaginationToken", $"The token '{token}' is invalid.");
    }
}
