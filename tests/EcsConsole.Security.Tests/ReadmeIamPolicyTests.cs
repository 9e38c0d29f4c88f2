using System.Text.RegularExpressions;
using EcsConsole.Core.Security.Iam;
using EcsConsole.Testing;

namespace EcsConsole.Security.Tests;

/// <summary>
/// The README shows the console's IAM policies; they must be the generator's output, so the documentation cannot drift
/// from the code's list of AWS operations. Run with ECSCONSOLE_UPDATE_README=1 to rewrite the blocks.
/// </summary>
public sealed class ReadmeIamPolicyTests
{
    [Theory]
    [InlineData("read-only")]
    [InlineData("full")]
    public void Readme_IamPolicyBlock_MatchesGenerator(string kind)
    {
        var root = AwsModelLocator.RepositoryRoot ?? throw new InvalidOperationException("Repository root (folder with EcsConsole.sln) not found.");
        var path = Path.Combine(root, "README.md");
        var readme = File.ReadAllText(path);
        var policy = IamPolicyGenerator.ToJson(kind == "full" ? IamPolicyGenerator.Full() : IamPolicyGenerator.ReadOnly());
        var expectedBlock = $"<!-- iam-policy:{kind} -->\n```json\n{policy.ReplaceLineEndings("\n")}\n```\n<!-- /iam-policy -->";
        var pattern = new Regex($@"<!-- iam-policy:{Regex.Escape(kind)} -->.*?<!-- /iam-policy -->", RegexOptions.Singleline);
        Assert.Matches(pattern, readme);

        if (Environment.GetEnvironmentVariable("ECSCONSOLE_UPDATE_README") == "1")
        {
            File.WriteAllText(path, pattern.Replace(readme, expectedBlock, 1));
            return;
        }

        Assert.Equal(expectedBlock, pattern.Match(readme).Value);
    }
}
