using EcsConsole.Core.Wizards;
using EcsConsole.Core.Wizards.Clusters;
using EcsConsole.Core.Wizards.Iam;
using EcsConsole.Core.Wizards.Services;
using EcsConsole.Core.Wizards.TaskDefinitions;

namespace EcsConsole.Core.Tests.Wizards;

public sealed class WizardTagsTests
{
    private static readonly WizardTag[] Owned = [new("team", "payments"), new("service", "ledger")];

    private static IReadOnlyList<string> Messages(IEnumerable<WizardTag> tags, IReadOnlyList<string>? required = null, bool keysIgnoreCase = false) =>
        [.. WizardTags.Validate(tags, "ECS", required ?? [], keysIgnoreCase).Select(e => e.Message)];

    [Fact]
    public void Validate_OwnerTagsWithValues_NoErrors()
    {
        Assert.Empty(WizardTags.Validate(Owned, "ECS", WizardTags.Owner));
    }

    [Fact]
    public void Validate_EveryProblem_IsUnderTheTagsField()
    {
        var errors = WizardTags.Validate([new("aws:x", ""), new("", "orphan")], "ECS", WizardTags.Owner);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("Tags", e.Field));
    }

    [Fact]
    public void Validate_FiftyTags_AllowedButFiftyOneAreNot()
    {
        var fifty = Enumerable.Range(0, 50).Select(i => new WizardTag($"k{i}", "v")).ToList();

        Assert.Empty(Messages(fifty));
        Assert.Contains("51 tags; ECS allows at most 50 per resource.", Messages([.. fifty, new("k50", "v")]));
    }

    [Fact]
    public void Validate_BlankRows_AreNoTagsAndDoNotCount()
    {
        var fifty = Enumerable.Range(0, 50).Select(i => new WizardTag($"k{i}", "v")).ToList();

        Assert.Empty(Messages([.. fifty, new("", ""), new("  ", " ")]));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void Validate_KeyLength_OneTo128(int length, bool fine)
    {
        var messages = Messages([new(new string('k', length), "v")]);

        Assert.Equal(fine, !messages.Any(m => m.Contains("must be 1-128", StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_EmptyKeyWithAValue_IsRefused()
    {
        Assert.Contains("Tag key '' must be 1-128 letters, digits, spaces or _ . : / = + - @.", Messages([new("", "orphan")]));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(256, true)]
    [InlineData(257, false)]
    public void Validate_ValueLength_ZeroTo256(int length, bool fine)
    {
        var messages = Messages([new("k", new string('v', length))]);

        Assert.Equal(fine, !messages.Any(m => m.Contains("value must be at most 256", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("aws:owner")]
    [InlineData("AWS:owner")]
    [InlineData("  aws:owner")]
    public void Validate_AwsPrefix_IsReserved(string key)
    {
        Assert.Contains("Tag key 'aws:owner' starts with aws:, which AWS reserves.".Replace("aws:owner", key.Trim(), StringComparison.Ordinal), Messages([new(key, "x")]));
    }

    [Theory]
    [InlineData("cost-centre", "x", true)]
    [InlineData("a_b.c:d/e=f+g-h@i j", "ünïcode 名前", true)]
    [InlineData("bad#key", "x", false)]
    [InlineData("k", "bad*value", false)]
    [InlineData("k", "line\nbreak", false)]
    public void Validate_AllowedCharacters(string key, string value, bool fine)
    {
        Assert.Equal(fine, Messages([new(key, value)]).Count == 0);
    }

    [Fact]
    public void Validate_KeysAndValues_AreTrimmedBeforeTheyAreChecked()
    {
        var padded = new WizardTag("  team ", " " + new string('v', 256) + "  ");

        Assert.Empty(Messages([padded]));
        Assert.Contains(Messages([padded, new("team", "other")]), m => m.Contains("'team' appears twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_DuplicateKeys_OrdinalUnlessTheServiceIgnoresCase()
    {
        WizardTag[] tags = [new("Team", "a"), new("team", "b")];

        Assert.Empty(Messages(tags));
        Assert.Contains(Messages(tags, keysIgnoreCase: true), m => m.Contains("appears twice", StringComparison.Ordinal) && m.Contains("regardless of case", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RequiredTags_NeedAValueUnderTheirExactKey()
    {
        var messages = Messages([new("team", "  "), new("Service", "ledger")], WizardTags.Owner);

        Assert.Contains(messages, m => m.StartsWith("Tag 'team' needs a value", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Tag 'service' needs a value", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NoRequiredTags_AsksForNone()
    {
        Assert.Empty(Messages([]));
    }

    [Fact]
    public void Clean_TrimsAndDropsBlankRows()
    {
        var clean = WizardTags.Clean([new(" team ", " payments "), new("", " "), new("note", "")]);

        Assert.Equal([new WizardTag("team", "payments"), new WizardTag("note", "")], clean);
    }

    // The four wizards use this one rule set: the same bad tag gets the same message from each.
    [Fact]
    public void FourWizards_SameBadKey_SameMessage()
    {
        const string expected = "Tag key 'aws:x' starts with aws:, which AWS reserves.";
        WizardTag bad = new("aws:x", "1");

        var cluster = new ClusterWizardInput { ClusterName = "c", Tags = [bad] };
        var service = new ServiceWizardInput { Tags = [bad] };
        var iam = new IamRolesWizardInput { ServiceName = "s", Tags = [bad] };
        var taskDefinition = new TaskDefinitionWizardInput { Tags = [bad] };

        Assert.Contains(ClusterWizardValidator.Validate(cluster), e => e.Field == "Tags" && e.Message == expected);
        Assert.Contains(ServiceWizardValidator.Validate(service), e => e.Field == "Tags" && e.Message == expected);
        Assert.Contains(IamRolesWizardValidator.Validate(iam), e => e.Field == "Tags" && e.Message == expected);
        Assert.Contains(TaskDefinitionWizardValidator.Validate(taskDefinition), e => e.Field == "Tags" && e.Message == expected);
    }

    // Only the service and IAM wizards ask for the owner tags; the cluster and task definition wizards ask for none.
    [Fact]
    public void FourWizards_OwnerTags_RequiredWhereTheyWereBefore()
    {
        Assert.Contains(ServiceWizardValidator.Validate(new ServiceWizardInput { Tags = [] }), e => e.Message.StartsWith("Tag 'team' needs a value", StringComparison.Ordinal));
        Assert.Contains(IamRolesWizardValidator.Validate(new IamRolesWizardInput { ServiceName = "s", Tags = [] }), e => e.Message.StartsWith("Tag 'team' needs a value", StringComparison.Ordinal));
        Assert.DoesNotContain(ClusterWizardValidator.Validate(new ClusterWizardInput { ClusterName = "c", Tags = [] }), e => e.Field == "Tags");
        Assert.DoesNotContain(TaskDefinitionWizardValidator.Validate(new TaskDefinitionWizardInput { Tags = [] }), e => e.Field == "Tags");
    }
}
