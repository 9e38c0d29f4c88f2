using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EcsConsole.Testing;

namespace EcsConsole.Web.Tests.Architecture;

/// <summary>
/// Pins the layering: <c>EcsConsole.Aws</c> is the leaf wire SDK (nothing of ours, no ASP.NET Core); Core is the service
/// layer over it; the Sandbox stands apart (nothing of ours); Web composes Core and, in its composition root only, the
/// Sandbox. Checked on the compiled assemblies (what the code really uses), the project files (what they may use) and
/// the sources (which namespaces a file names).
/// </summary>
public sealed partial class LayeringTests
{
    private static readonly Assembly Aws = typeof(EcsConsole.Aws.AwsConnection).Assembly;
    private static readonly Assembly Core = typeof(EcsConsole.Core.Store.ConsoleDbContext).Assembly;
    private static readonly Assembly Sandbox = typeof(EcsConsole.Sandbox.SandboxOptions).Assembly;
    private static readonly Assembly Web = typeof(EcsConsole.Web.EcsConsoleHost).Assembly;

    /// <summary>Web files that may name the Sandbox: where the host decides on and wires the embedded endpoint.</summary>
    private static readonly string[] CompositionRoot = ["Program.cs", "EcsConsoleHost.cs", "Extensions/", "Configuration/"];

    public static TheoryData<string, string[]> AllowedReferences => new()
    {
        { "EcsConsole.Aws", [] },
        { "EcsConsole.Core", ["EcsConsole.Aws"] },
        { "EcsConsole.Sandbox", [] },
        { "EcsConsole.Web", ["EcsConsole.Aws", "EcsConsole.Core", "EcsConsole.Sandbox"] },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void EachAssemblyReferencesOnlyTheProjectsBelowIt(string assembly, string[] allowed)
    {
        var ours = AssemblyNamed(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("EcsConsole.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(ours.All(allowed.Contains), $"{assembly} references {string.Join(", ", ours.Except(allowed))}, which the layering does not allow ({assembly} may use: {(allowed.Length == 0 ? "nothing of ours" : string.Join(", ", allowed))}).");
    }

    [Fact]
    public void TheWireSdkUsesNoAspNetCore()
    {
        var aspNet = Aws.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ToList();
        Assert.True(aspNet.Count == 0, $"EcsConsole.Aws uses {string.Join(", ", aspNet)}; the wire SDK is a leaf and must not need ASP.NET Core.");

        var project = XDocument.Load(Path.Combine(SourceRoot(), "EcsConsole.Aws", "EcsConsole.Aws.csproj"));
        var frameworks = project.Descendants("FrameworkReference").Select(e => (string?)e.Attribute("Include")).ToList();
        var projects = project.Descendants("ProjectReference").Select(e => (string?)e.Attribute("Include")).ToList();
        Assert.True(frameworks.Count == 0, $"EcsConsole.Aws.csproj takes the shared framework {string.Join(", ", frameworks)}; reference the Microsoft.Extensions abstractions it needs instead.");
        Assert.True(projects.Count == 0, $"EcsConsole.Aws.csproj references {string.Join(", ", projects)}; it is the leaf.");
    }

    [Theory]
    [InlineData("EcsConsole.Aws")]
    [InlineData("EcsConsole.Core")]
    [InlineData("EcsConsole.Sandbox")]
    [InlineData("EcsConsole.Web")]
    public void EveryTypeLivesInItsProjectsNamespace(string assembly)
    {
        var strays = AssemblyNamed(assembly).GetTypes()
            .Where(t => t.Namespace is not null && !IsCompilerMade(t))
            .Where(t => t.Namespace != assembly && !t.Namespace!.StartsWith(assembly + ".", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(strays.Count == 0, $"{assembly} declares types outside its namespace: {string.Join(", ", strays.Take(10))}.");
    }

    [Theory]
    [InlineData("EcsConsole.Aws", new[] { "EcsConsole.Core", "EcsConsole.Web", "EcsConsole.Sandbox" })]
    [InlineData("EcsConsole.Core", new[] { "EcsConsole.Web", "EcsConsole.Sandbox" })]
    [InlineData("EcsConsole.Sandbox", new[] { "EcsConsole.Aws", "EcsConsole.Core", "EcsConsole.Web" })]
    public void NoSourceNamesAProjectAboveOrBeside(string project, string[] forbidden)
    {
        var offenders = NamespaceUses(project)
            .Where(use => forbidden.Any(f => use.Namespace == f || use.Namespace.StartsWith(f + ".", StringComparison.Ordinal)))
            .Select(use => $"{use.File} names {use.Namespace}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }

    [Fact]
    public void OnlyTheCompositionRootNamesTheSandbox()
    {
        var uses = NamespaceUses("EcsConsole.Web").ToList();
        Assert.NotEmpty(uses); // the scan found the Web sources

        var offenders = uses
            .Where(use => use.Namespace.StartsWith("EcsConsole.Sandbox", StringComparison.Ordinal))
            .Where(use => !CompositionRoot.Any(root => root.EndsWith('/') ? use.File.StartsWith(root, StringComparison.Ordinal) : use.File == root))
            .Select(use => $"{use.File} names {use.Namespace}")
            .ToList();

        Assert.True(offenders.Count == 0, $"Only the composition root ({string.Join(", ", CompositionRoot)}) may name the Sandbox; pages and models reach it through Core's abstractions:{Environment.NewLine}{string.Join(Environment.NewLine, offenders)}");
    }

    private static Assembly AssemblyNamed(string name) => name switch
    {
        "EcsConsole.Aws" => Aws,
        "EcsConsole.Core" => Core,
        "EcsConsole.Sandbox" => Sandbox,
        "EcsConsole.Web" => Web,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not one of the four projects"),
    };

    // Compiler-made types (closures, state machines, anonymous types, embedded attributes, regex generators, Razor type inference) are not the
    // code's own declarations.
    private static bool IsCompilerMade(Type type) =>
        type.Name.Contains('<', StringComparison.Ordinal)
        || type.Namespace!.StartsWith("__Blazor.", StringComparison.Ordinal)
        || type.Namespace!.StartsWith("System.", StringComparison.Ordinal)
        || type.Namespace!.StartsWith("Microsoft.", StringComparison.Ordinal);

    private static string SourceRoot() =>
        Path.Combine(AwsModelLocator.RepositoryRoot ?? throw new InvalidOperationException("Repository root (the folder with EcsConsole.sln) not found above the test's folder."), "src");

    private static IEnumerable<(string File, string Namespace)> NamespaceUses(string project)
    {
        var directory = Path.Combine(SourceRoot(), project);
        foreach (var path in Directory.EnumerateFiles(directory, "*.*", SearchOption.AllDirectories)
                     .Where(p => p.EndsWith(".cs", StringComparison.Ordinal) || p.EndsWith(".razor", StringComparison.Ordinal))
                     .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/');
            foreach (Match match in NamespaceUse().Matches(File.ReadAllText(path)))
            {
                yield return (relative, match.Groups["ns"].Value);
            }
        }
    }

    // `using X;`, `@using X`, `using static X.Y;`, `global using X;` and fully qualified `EcsConsole.X.` names in code.
    [GeneratedRegex(@"(?:(?:^|\s)@?using\s+(?:static\s+)?|global::|[\s(<,!=])(?<ns>EcsConsole(?:\.[A-Z][A-Za-z0-9]*)+)", RegexOptions.Multiline)]
    private static partial Regex NamespaceUse();
}
