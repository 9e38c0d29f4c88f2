using System.Text.RegularExpressions;

namespace EcsConsole.Aws;

/// <summary>
/// One part of a response that could not be read and was left out, so the rest of the response could be used.
/// <see cref="Path"/> is where reading failed (<c>tasks[3].containers[0].exitCode</c>); <see cref="SkippedElement"/> is
/// what was left out because of it: the nearest element of a list or map (<c>tasks[3].containers[0]</c>), or, outside
/// every list and map, the member that failed (<c>taskDefinition.cpu</c>). <see cref="Collection"/> is the list, map or
/// structure it was left out of (<c>tasks[3].containers</c>; empty for the response itself). Indices are those of the
/// response as received.
/// </summary>
public sealed partial record AwsReadIssue(string Service, string Operation, string Path, string SkippedElement, string Collection, string Reason)
{
    /// <summary>The path with list indices removed (<c>tasks[].containers[].exitCode</c>): the same place in every response.</summary>
    public string Place => Indices().Replace(Path, "[]");

    public override string ToString() =>
        $"{Service} {Operation}: left out {SkippedElement}, which could not be read at {Path}: {Reason}";

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Indices();
}
