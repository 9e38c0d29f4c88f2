namespace EcsConsole.Sandbox.Engine.Ec2;

/// <summary>An EC2 filter: the resource matches when its attribute <see cref="Name"/> has one of <see cref="Values"/> (* and ? wildcards).</summary>
public sealed record Ec2Filter(string Name, IReadOnlyList<string> Values)
{
    /// <summary>
    /// True when every filter matches (filters are ANDed, values ORed, as in EC2). <paramref name="attribute"/> answers the
    /// resource's values for a filter name, or null for a name the resource type does not support (InvalidParameterValue).
    /// </summary>
    public static bool MatchAll(IReadOnlyList<Ec2Filter> filters, Func<string, IEnumerable<string>?> attribute)
    {
        foreach (var filter in filters)
        {
            var values = attribute(filter.Name)
                ?? throw new SandboxApiException("InvalidParameterValue", $"The filter '{filter.Name}' is invalid");
            if (!values.Any(value => filter.Values.Any(pattern => Matches(pattern, value))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tag filters: <c>tag:Key</c> matches on the value of that tag, <c>tag-key</c> on the keys.</summary>
    public static IEnumerable<string>? Tag(string name, IReadOnlyDictionary<string, string> tags) =>
        name.StartsWith("tag:", StringComparison.Ordinal)
            ? tags.TryGetValue(name["tag:".Length..], out var value) ? [value] : []
            : name == "tag-key" ? tags.Keys : null;

    private static bool Matches(string pattern, string value)
    {
        if (!pattern.Contains('*') && !pattern.Contains('?'))
        {
            return string.Equals(pattern, value, StringComparison.Ordinal);
        }

        var regex = "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$";
        return System.Text.RegularExpressions.Regex.IsMatch(value, regex, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }
}
