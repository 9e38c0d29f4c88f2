using System.Text.RegularExpressions;
using EcsConsole.Testing;

namespace EcsConsole.Web.Tests.Architecture;

/// <summary>
/// ARNs in the service layer and the web app are built from the connection's partition (aws, aws-cn, aws-us-gov), so a
/// console pointed at China or GovCloud never names a commercial-partition resource: no <c>arn:aws:</c> literal outside
/// comments in Core or Web.
/// </summary>
public sealed partial class ArnLiteralTests
{
    [Fact]
    public void Sources_CoreAndWeb_WriteNoCommercialPartitionArnLiteral()
    {
        var root = AwsModelLocator.RepositoryRoot ?? throw new InvalidOperationException("Repository root (the folder with EcsConsole.sln) not found above the test's folder.");
        var found = new List<string>();
        var scanned = 0;
        foreach (var project in new[] { "EcsConsole.Core", "EcsConsole.Web" })
        {
            var folder = Path.Combine(root, "src", project);
            foreach (var file in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                scanned++;
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (Literal(lines[i]))
                    {
                        found.Add($"{project}/{Path.GetRelativePath(folder, file)}:{i + 1}: {lines[i].Trim()}");
                    }
                }
            }
        }

        Assert.True(scanned > 100, $"Only {scanned} source files were found under src/EcsConsole.Core and src/EcsConsole.Web.");
        Assert.True(found.Count == 0, "Build these ARNs from the connection's partition (AwsPartition.ForRegion(region).Id, or the partition of an ARN at hand) instead of arn:aws: literals:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Literal_FindsCodeAndStrings_NotCommentsOrPartitionPatterns()
    {
        Assert.True(Literal("""    var root = $"arn:aws:iam::{account}:root";"""));
        Assert.True(Literal("""    public const string Role = "arn:aws:iam::222222222222:role/Access"; // the sandbox's"""));
        Assert.False(Literal("""    /// <summary>Reads <c>arn:aws:ecs:REGION:ACCOUNT:service/C/S</c>.</summary>"""));
        Assert.False(Literal("""    // arn:aws:elasticloadbalancing:region:acct:loadbalancer/app/x/1 -> x"""));
        Assert.False(Literal("""    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:role/.+$")]"""));
        Assert.False(Literal("""    var arn = $"arn:{partition.Id}:iam::aws:policy/{name}";"""));
    }

    // The code part of a line (before a // comment) naming arn:aws: literally; lines that are comments as a whole are skipped.
    private static bool Literal(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith('*') || trimmed.StartsWith("/*", StringComparison.Ordinal) || trimmed.StartsWith("@*", StringComparison.Ordinal))
        {
            return false;
        }

        return CommercialArn().IsMatch(line);
    }

    [GeneratedRegex("arn:aws:", RegexOptions.CultureInvariant)]
    private static partial Regex CommercialArn();
}
