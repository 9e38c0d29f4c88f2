using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcsConsole.Testing;

/// <summary>
/// Builds a fully populated, model-valid JSON value for a shape: every member set, lists with one item,
/// enums at their first value, strings that satisfy length and pattern. Used to feed clients responses
/// that AWS could really send, and checked with <see cref="ServiceModel.ValidateJsonOutput"/> before use.
/// </summary>
public static class ModelSampleBuilder
{
    /// <summary>A fixed instant, 2026-11-27T10:00:00Z, so samples are reproducible.</summary>
    public const long SampleEpochSeconds = 1_795_773_600;

    private static readonly string[] StringCandidates =
    [
        "sample", "arn:aws:ecs:eu-west-1:123456789012:sample/prod", "sample-1", "a", "1", "Sample1",
        "123456789012", "sample.example.com", "sha256:" + new string('a', 64),
    ];

    public static JsonNode? BuildJson(ServiceModel model, string shapeName) => Build(model, shapeName, [], null);

    private static JsonNode? Build(ServiceModel model, string shapeName, List<string> stack, MemberModel? reference)
    {
        var shape = model.Shape(shapeName);
        if (shape.IsDocument)
        {
            return new JsonObject { ["sample"] = "document" };
        }

        switch (shape.Type)
        {
            case "structure":
                return BuildStructure(model, shape, stack);
            case "list":
                if (stack.Contains(shapeName))
                {
                    return new JsonArray();
                }

                stack.Add(shapeName);
                var array = new JsonArray();
                var count = (int)Math.Max(1, shape.Min ?? 1);
                for (var i = 0; i < count; i++)
                {
                    array.Add(Build(model, shape.Member!.Shape, stack, shape.Member));
                }

                stack.RemoveAt(stack.Count - 1);
                return array;
            case "map":
                stack.Add(shapeName);
                var map = new JsonObject { [SampleString(model.Shape(shape.Key!.Shape))] = Build(model, shape.Value!.Shape, stack, shape.Value) };
                stack.RemoveAt(stack.Count - 1);
                return map;
            case "string":
                return SampleString(shape);
            case "integer" or "long" or "short" or "byte":
                var number = shape.Min ?? 1m;
                return (long)(shape.Max is { } most && number > most ? most : number);
            case "float" or "double":
                return shape.Min is { } min ? (double)min : 1.5;
            case "boolean":
                return true;
            case "timestamp":
                var format = reference?.TimestampFormat ?? shape.TimestampFormat;
                var instant = DateTimeOffset.FromUnixTimeSeconds(SampleEpochSeconds);
                return format switch
                {
                    "iso8601" => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
                    "rfc822" => instant.ToString("r", System.Globalization.CultureInfo.InvariantCulture),
                    _ => SampleEpochSeconds,
                };
            case "blob":
                return "c2FtcGxl";
            default:
                throw new NotSupportedException($"Shape type {shape.Type} of {shape.Name}.");
        }
    }

    private static JsonObject BuildStructure(ServiceModel model, ShapeModel shape, List<string> stack)
    {
        var obj = new JsonObject();
        if (stack.Contains(shape.Name))
        {
            return obj;
        }

        stack.Add(shape.Name);
        foreach (var member in shape.Members.Values.Where(m => !m.IsOutsideBody))
        {
            obj[model.RecordName(member)] = Build(model, member.Shape, stack, member);

            // A union holds exactly one member.
            if (shape.IsUnion)
            {
                break;
            }
        }

        stack.RemoveAt(stack.Count - 1);
        return obj;
    }

    private static string SampleString(ShapeModel shape)
    {
        if (shape.Enum is { Count: > 0 } values)
        {
            return values[0];
        }

        var min = (int)(shape.Min ?? 0);
        var max = (int)(shape.Max ?? int.MaxValue);
        var fromPattern = shape.Pattern is null
            ? []
            : new[] { 1, 3, 8 }.Select(repeat => PatternSampleGenerator.TryGenerate(shape.Pattern, repeat)).OfType<string>();
        var candidates = StringCandidates.Concat(fromPattern).Append(new string('a', Math.Max(min, 1))).Append(new string('1', Math.Max(min, 1)));
        foreach (var candidate in candidates)
        {
            var padded = candidate.Length < min ? candidate + new string('a', min - candidate.Length) : candidate;
            if (padded.Length <= max && (shape.Pattern is null || Fits(shape.Pattern, padded)))
            {
                return padded;
            }
        }

        // No candidate fits the pattern; the sample then fails validation, which the caller reports.
        return new string('a', Math.Clamp(min, 1, max));
    }

    private static bool Fits(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
