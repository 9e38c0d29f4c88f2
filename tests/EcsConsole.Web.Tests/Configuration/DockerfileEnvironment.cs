using System.Text.RegularExpressions;

namespace EcsConsole.Web.Tests.Configuration;

/// <summary>Reads the variables a Dockerfile's final stage sets with <c>ENV key=value ...</c> (continued lines joined).</summary>
internal static partial class DockerfileEnvironment
{
    public static Dictionary<string, string> Read(string dockerfile)
    {
        var joined = dockerfile.Replace("\\\r\n", " ", StringComparison.Ordinal).Replace("\\\n", " ", StringComparison.Ordinal);
        var lines = joined.Split('\n');
        var lastStage = Array.FindLastIndex(lines, l => l.TrimStart().StartsWith("FROM ", StringComparison.OrdinalIgnoreCase));
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(lastStage).Select(l => l.Trim()).Where(l => l.StartsWith("ENV ", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (Match pair in Pair().Matches(line[4..]))
            {
                environment[pair.Groups["key"].Value] = pair.Groups["value"].Value.Trim('"');
            }
        }
        return environment;
    }

    [GeneratedRegex("""(?<key>[A-Za-z_][A-Za-z0-9_]*)=(?<value>"[^"]*"|\S+)""")]
    private static partial Regex Pair();
}
