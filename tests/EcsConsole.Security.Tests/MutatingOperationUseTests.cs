using System.Text.RegularExpressions;
using EcsConsole.Core.Security;
using EcsConsole.Testing;

namespace EcsConsole.Security.Tests;

/// <summary>Every operation the role table and the README promise is one the code really performs.</summary>
public sealed class MutatingOperationUseTests
{
    public static TheoryData<MutatingOperation> Operations() => new(Enum.GetValues<MutatingOperation>());

    private static readonly Lazy<string> Sources = new(() =>
    {
        var root = AwsModelLocator.RepositoryRoot ?? throw new InvalidOperationException("Repository root (folder with EcsConsole.sln) not found.");
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) is not ("MutatingOperation.cs" or "OperationPolicy.cs"));
        return string.Join('\n', files.Select(File.ReadAllText));
    });

    [Theory]
    [MemberData(nameof(Operations))]
    public void Source_EveryOperation_IsPerformedSomewhere(MutatingOperation operation)
    {
        var used = Regex.IsMatch(Sources.Value, $@"MutatingOperation\.{operation}\b");

        Assert.True(used, $"MutatingOperation.{operation} is in the role table but nothing runs it through the operation gate; remove it or perform it.");
    }
}
