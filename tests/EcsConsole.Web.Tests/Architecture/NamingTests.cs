using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using EcsConsole.Testing;

namespace EcsConsole.Web.Tests.Architecture;

/// <summary>
/// One naming rule across the projects, checked on the compiled assemblies: a private instance field is <c>_camelCase</c>,
/// a private static or constant field is PascalCase, and no source reaches a field through <c>this.</c>.
/// </summary>
public sealed partial class NamingTests
{
    public static TheoryData<string> Assemblies => new() { "EcsConsole.Aws", "EcsConsole.Core", "EcsConsole.Sandbox", "EcsConsole.Web" };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void PrivateFieldsFollowTheRule(string assembly)
    {
        var wrong = new List<string>();
        foreach (var type in Assembly.Load(assembly).GetTypes().Where(t => !IsGenerated(t)))
        {
            const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.NonPublic;
            foreach (var field in type.GetFields(Declared | BindingFlags.Instance).Where(f => f.IsPrivate && !IsGenerated(f)))
            {
                if (!InstanceName().IsMatch(field.Name)) wrong.Add($"{type.FullName}.{field.Name} (instance: _camelCase)");
            }
            foreach (var field in type.GetFields(Declared | BindingFlags.Static).Where(f => f.IsPrivate && !IsGenerated(f)))
            {
                if (!StaticName().IsMatch(field.Name)) wrong.Add($"{type.FullName}.{field.Name} (static or const: PascalCase)");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} private field(s) in {assembly} break the naming rule:\n{string.Join("\n", wrong.Order(StringComparer.Ordinal))}");
    }

    [Fact]
    public void NoSourceReachesAFieldThroughThis()
    {
        var root = Path.Combine(AwsModelLocator.RepositoryRoot ?? throw new InvalidOperationException("Repository root (the folder with EcsConsole.sln) not found above the test's folder."));
        var uses = new List<string>();
        foreach (var folder in new[] { "src", "tests" })
        {
            foreach (var path in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
                         .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                var lines = File.ReadAllLines(path);
                for (var i = 0; i < lines.Length; i++)
                {
                    if (ThisField().IsMatch(lines[i])) uses.Add($"{Path.GetRelativePath(root, path)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(uses.Count == 0, $"Fields are _camelCase and read without this.:\n{string.Join("\n", uses)}");
    }

    // Compiler-made members: backing fields, closures, state machines, primary constructor parameters, Razor's builder fields.
    private static bool IsGenerated(MemberInfo member) =>
        member.Name.Contains('<', StringComparison.Ordinal) || member.Name.StartsWith("__", StringComparison.Ordinal)
        || member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    [GeneratedRegex("^_[a-z][A-Za-z0-9]*$")]
    private static partial Regex InstanceName();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex StaticName();

    [GeneratedRegex(@"\bthis\.[a-z_]")]
    private static partial Regex ThisField();
}
