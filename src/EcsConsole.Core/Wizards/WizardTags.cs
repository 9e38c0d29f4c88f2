using System.Text.RegularExpressions;
using EcsConsole.Core.Wizards.Iam;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// The one rule set for the tags a wizard puts on what it creates, as AWS states them for ECS, IAM, EC2 and the rest:
/// at most 50 tags, a key of 1-128 and a value of 0-256 letters, digits, spaces or <c>_ . : / = + - @</c>, no key starting
/// with <c>aws:</c>, each key once. Keys and values are trimmed before they are checked and before they are sent; a row
/// left blank (no key, no value) is no tag. A wizard names the tags every resource it creates must carry.
/// </summary>
public static partial class WizardTags
{
    public const string Field = "Tags";

    public const int MaxTags = 50;

    public const int MaxKeyLength = 128;

    public const int MaxValueLength = 256;

    /// <summary>The owner tags: whatever carries them can be traced to the team and the service it belongs to.</summary>
    public static readonly IReadOnlyList<string> Owner = ["team", "service"];

    /// <summary>The tags as they are sent: trimmed, without the rows left blank.</summary>
    public static IReadOnlyList<WizardTag> Clean(IEnumerable<WizardTag> rows) =>
        [.. rows.Select(t => new WizardTag(t.Key.Trim(), t.Value.Trim())).Where(t => t.Key.Length > 0 || t.Value.Length > 0)];

    /// <summary>
    /// What is wrong with <paramref name="rows"/>, each problem under the field <see cref="Field"/>.
    /// </summary>
    /// <param name="service">Whose limit it is, in messages: "ECS", "IAM".</param>
    /// <param name="required">Keys that must be present with a value (e.g. <see cref="Owner"/>); none for a wizard that asks for none.</param>
    /// <param name="keysIgnoreCase">True where the service treats keys differing only by case as one (IAM).</param>
    public static IReadOnlyList<WizardValidationError> Validate(
        IEnumerable<WizardTag> rows, string service, IReadOnlyList<string> required, bool keysIgnoreCase = false)
    {
        var errors = new List<WizardValidationError>();
        var tags = Clean(rows);
        if (tags.Count > MaxTags)
        {
            errors.Add(new(Field, $"{tags.Count} tags; {service} allows at most {MaxTags} per resource."));
        }

        foreach (var tag in tags)
        {
            if (tag.Key.Length is 0 or > MaxKeyLength || !KeyPattern().IsMatch(tag.Key))
            {
                errors.Add(new(Field, $"Tag key '{tag.Key}' must be 1-128 letters, digits, spaces or _ . : / = + - @."));
            }
            else if (tag.Key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new(Field, $"Tag key '{tag.Key}' starts with aws:, which AWS reserves."));
            }

            if (tag.Value.Length > MaxValueLength || !ValuePattern().IsMatch(tag.Value))
            {
                errors.Add(new(Field, $"Tag '{tag.Key}' value must be at most 256 letters, digits, spaces or _ . : / = + - @."));
            }
        }

        var comparer = keysIgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        foreach (var duplicate in tags.Where(t => t.Key.Length > 0).GroupBy(t => t.Key, comparer).Where(g => g.Count() > 1))
        {
            errors.Add(new(Field, keysIgnoreCase
                ? $"Tag key '{duplicate.Key}' appears twice; {service} tag keys are unique regardless of case."
                : $"Tag key '{duplicate.Key}' appears twice; a resource has one value per key."));
        }

        foreach (var key in required)
        {
            if (!tags.Any(t => t.Key == key && t.Value.Length > 0))
            {
                errors.Add(new(Field, $"Tag '{key}' needs a value: everything the wizard creates carries {string.Join(" and ", required)}, so its owner can be found."));
            }
        }

        return errors;
    }

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$")]
    private static partial Regex ValuePattern();
}
