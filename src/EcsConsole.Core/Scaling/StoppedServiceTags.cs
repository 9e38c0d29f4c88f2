using System.Globalization;
using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Scaling;

/// <summary>
/// The tags a stopped service carries so it can start at its previous size. A tag, not the console's store: it travels
/// with the service, so another console instance, a restored store or a colleague reading <c>aws ecs list-tags-for-resource</c>
/// all see the same memory, and deleting the service deletes it.
/// </summary>
public static class StoppedServiceTags
{
    public const string DesiredCountKey = "ecsconsole:stopped-desired-count";
    public const string AutoScalingKey = "ecsconsole:stopped-autoscaling";

    public static IReadOnlyList<string> Keys { get; } = [DesiredCountKey, AutoScalingKey];

    public static IReadOnlyList<Tag> Write(StoppedServiceMemo memo)
    {
        var tags = new List<Tag> { new() { Key = DesiredCountKey, Value = memo.DesiredCount.ToString(CultureInfo.InvariantCulture) } };
        if (memo.AutoScaling is { } bounds)
        {
            tags.Add(new Tag { Key = AutoScalingKey, Value = $"{bounds.Min}-{bounds.Max}" });
        }
        return tags;
    }

    /// <summary>The memo in <paramref name="tags"/>, or null when there is none or it cannot be read.</summary>
    public static StoppedServiceMemo? Read(IEnumerable<Tag>? tags)
    {
        var byKey = (tags ?? []).Where(t => t.Key is not null).ToDictionary(t => t.Key!, t => t.Value, StringComparer.Ordinal);
        if (!byKey.TryGetValue(DesiredCountKey, out var count) || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var desired))
        {
            return null;
        }
        ScalingBounds? bounds = null;
        if (byKey.TryGetValue(AutoScalingKey, out var range) && range?.Split('-') is [var min, var max]
            && int.TryParse(min, NumberStyles.None, CultureInfo.InvariantCulture, out var low)
            && int.TryParse(max, NumberStyles.None, CultureInfo.InvariantCulture, out var high))
        {
            bounds = new ScalingBounds(low, high);
        }
        return new StoppedServiceMemo(desired, bounds);
    }
}
