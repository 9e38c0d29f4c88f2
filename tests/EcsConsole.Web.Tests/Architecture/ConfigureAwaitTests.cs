using EcsConsole.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EcsConsole.Web.Tests.Architecture;

/// <summary>
/// One ConfigureAwait convention, read from the sources as syntax trees. <c>EcsConsole.Aws</c> is a library that the SDK
/// credential bridge also calls sync-over-async, so every await in it leaves the caller's context
/// (<c>.ConfigureAwait(false)</c>, on <c>await using</c> and <c>await foreach</c> too). Core and Web run under ASP.NET
/// Core, which has no synchronization context to leave, so they write none.
/// </summary>
public sealed class ConfigureAwaitTests
{
    [Fact]
    public void EveryAwaitInTheWireSdkLeavesTheCallersContext()
    {
        var wrong = new List<string>();
        foreach (var (path, root) in Sources("EcsConsole.Aws"))
        {
            foreach (var await in root.DescendantNodes().OfType<AwaitExpressionSyntax>().Where(a => !IsConfiguredFalse(a.Expression)))
            {
                wrong.Add(Where(path, await, "await without .ConfigureAwait(false)"));
            }
            foreach (var loop in root.DescendantNodes().OfType<ForEachStatementSyntax>()
                         .Where(f => f.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword) && !IsConfiguredFalse(f.Expression)))
            {
                wrong.Add(Where(path, loop, "await foreach over a sequence without .ConfigureAwait(false)"));
            }
            foreach (var statement in root.DescendantNodes().OfType<UsingStatementSyntax>()
                         .Where(u => u.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword) && !UsingIsConfigured(u)))
            {
                wrong.Add(Where(path, statement, "await using without .ConfigureAwait(false)"));
            }
            foreach (var declaration in root.DescendantNodes().OfType<LocalDeclarationStatementSyntax>()
                         .Where(d => d.AwaitKeyword.IsKind(SyntaxKind.AwaitKeyword)
                                     && d.Declaration.Variables.Any(v => v.Initializer is null || !IsConfiguredFalse(v.Initializer.Value))))
            {
                wrong.Add(Where(path, declaration, "await using declaration without .ConfigureAwait(false)"));
            }
        }

        Assert.True(wrong.Count == 0, $"EcsConsole.Aws awaits with .ConfigureAwait(false) everywhere:\n{string.Join("\n", wrong)}");
    }

    [Theory]
    [InlineData("EcsConsole.Core")]
    [InlineData("EcsConsole.Web")]
    public void TheServiceLayerAndTheWebWriteNoConfigureAwait(string project)
    {
        var wrong = new List<string>();
        foreach (var (path, root) in Sources(project))
        {
            foreach (var call in root.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(m => m.Name.Identifier.Text == "ConfigureAwait"))
            {
                wrong.Add(Where(path, call, "ConfigureAwait"));
            }
        }
        var folder = Path.Combine(RepositoryRoot(), "src", project);
        foreach (var path in Directory.EnumerateFiles(folder, "*.razor", SearchOption.AllDirectories).Where(p => !InBuildOutput(p)))
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains(".ConfigureAwait(", StringComparison.Ordinal)) wrong.Add($"{Path.GetRelativePath(RepositoryRoot(), path)}:{i + 1}: ConfigureAwait");
            }
        }

        Assert.True(wrong.Count == 0, $"{project} runs under ASP.NET Core (no synchronization context) and writes no ConfigureAwait:\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public void TheCheckFindsAnAwaitLeftInTheCallersContext()
    {
        var root = CSharpSyntaxTree.ParseText("""
            class C
            {
                async System.Threading.Tasks.Task M(System.Threading.Tasks.Task t, System.Collections.Generic.IAsyncEnumerable<int> s)
                {
                    await t.ConfigureAwait(false);
                    await t;
                    await foreach (var i in s) { }
                    await foreach (var i in s.ConfigureAwait(false)) { }
                }
            }
            """).GetRoot();

        var unconfigured = root.DescendantNodes().OfType<AwaitExpressionSyntax>().Count(a => !IsConfiguredFalse(a.Expression));
        var unconfiguredLoops = root.DescendantNodes().OfType<ForEachStatementSyntax>().Count(f => !IsConfiguredFalse(f.Expression));

        Assert.Equal(1, unconfigured);
        Assert.Equal(1, unconfiguredLoops);
    }

    private static bool UsingIsConfigured(UsingStatementSyntax statement) =>
        statement.Expression is { } expression ? IsConfiguredFalse(expression)
            : statement.Declaration?.Variables.All(v => v.Initializer is { } init && IsConfiguredFalse(init.Value)) == true;

    private static bool IsConfiguredFalse(ExpressionSyntax expression) =>
        expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "ConfigureAwait" } } call
        && call.ArgumentList.Arguments is [{ Expression: var argument }]
        && argument.IsKind(SyntaxKind.FalseLiteralExpression);

    private static IEnumerable<(string Path, SyntaxNode Root)> Sources(string project)
    {
        var folder = Path.Combine(RepositoryRoot(), "src", project);
        foreach (var path in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(p => !InBuildOutput(p)))
        {
            yield return (path, CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path).GetRoot());
        }
    }

    private static string Where(string path, SyntaxNode node, string what) =>
        $"{Path.GetRelativePath(RepositoryRoot(), path)}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: {what}";

    private static bool InBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string RepositoryRoot() =>
        AwsModelLocator.RepositoryRoot ?? throw new InvalidOperationException("Repository root (the folder with EcsConsole.sln) not found above the test's folder.");
}
