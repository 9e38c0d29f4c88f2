using System.Reflection;
using System.Text.RegularExpressions;
using EcsConsole.Testing;

namespace EcsConsole.Web.Tests.Architecture;

/// <summary>Every URL of the console is built by <see cref="ConsoleRoutes"/>: no route is written inline elsewhere.</summary>
public sealed class RouteTableTests
{
    [Fact]
    public void Sources_WriteNoRouteInline()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "EcsConsole.Web");
        var table = Path.Combine(web, "ConsoleRoutes.cs");
        var inline = RouteLiteral(TopSegments());
        var found = new List<string>();
        var scanned = 0;
        foreach (var file in Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
                     .Where(f => f != table && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            scanned++;
            for (var i = 0; i < lines.Length; i++)
            {
                // A page's own template may stay literal: it is where the route is declared.
                if (lines[i].TrimStart().StartsWith("@page", StringComparison.Ordinal))
                {
                    continue;
                }

                if (inline.Match(lines[i]) is { Success: true } match)
                {
                    found.Add($"{Path.GetRelativePath(web, file)}:{i + 1}: {match.Value}");
                }
            }
        }

        Assert.True(scanned > 50, $"Only {scanned} source files were found under {web}.");
        Assert.True(found.Count == 0, "Build these URLs with ConsoleRoutes:\n" + string.Join("\n", found));
    }

    [Fact]
    public void RouteLiteral_FindsInlineAndInterpolatedRoutes_NotOtherPaths()
    {
        var inline = RouteLiteral(TopSegments());

        Assert.Matches(inline, "<MudLink Href=\"/services?connections=all\">");
        Assert.Matches(inline, "new(name, $\"/clusters/{Uri.EscapeDataString(name)}\")");
        Assert.DoesNotMatch(inline, "<link href=\"/_content/MudBlazor/MudBlazor.min.css\" />");
        Assert.DoesNotMatch(inline, "var path = \"/tmp/clusters\";");
    }

    [Fact]
    public void Builders_EscapeEachSegment()
    {
        Assert.Equal("/clusters/a%2Fb/services/c%20d", ConsoleRoutes.Service("a/b", "c d"));
        Assert.Equal("/task-definitions/web/diff?from=1&to=2", ConsoleRoutes.Diff("web", 1, 2));
        Assert.Equal("/delivery/prod/news", ConsoleRoutes.DeliveryTimeline("prod", "news"));
    }

    // The first segment of every route the table knows ("clusters", "admin", ...).
    private static IReadOnlyList<string> TopSegments() =>
        [.. typeof(ConsoleRoutes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => ((string)f.GetRawConstantValue()!).TrimStart('/').Split('/', '?')[0])
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)];

    private static Regex RouteLiteral(IReadOnlyList<string> segments) =>
        new($"\\$?\"/({string.Join('|', segments.Select(Regex.Escape))})([/?\"{{]|$)", RegexOptions.CultureInvariant);

    private static string RepositoryRoot() =>
        AwsModelLocator.RepositoryRoot ?? throw new InvalidOperationException("Repository root (the folder with EcsConsole.sln) not found above the test's folder.");
}
