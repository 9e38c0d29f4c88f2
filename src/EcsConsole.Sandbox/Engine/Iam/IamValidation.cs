using System.Text.Json;
using System.Text.RegularExpressions;

namespace EcsConsole.Sandbox.Engine.Iam;

/// <summary>The IAM model's constraints, answered with IAM's own error codes and wording.</summary>
internal static partial class IamValidation
{
    public static string Name(string? value, string member, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new SandboxApiException("ValidationError", $"1 validation error detected: Value null at '{member}' failed to satisfy constraint: Member must not be null");
        }

        if (value.Length > max)
        {
            throw new SandboxApiException("ValidationError", $"1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: Member must have length less than or equal to {max}");
        }

        if (!NamePattern().IsMatch(value))
        {
            throw new SandboxApiException("ValidationError", $"1 validation error detected: Value '{value}' at '{member}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
        }

        return value;
    }

    public static string Path(string? value)
    {
        if (value is null)
        {
            return "/";
        }

        if (value.Length > 512 || !PathPattern().IsMatch(value))
        {
            throw new SandboxApiException("ValidationError", $"1 validation error detected: Value '{value}' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
        }

        return value;
    }

    public static string PolicyDocument(string? value, string member)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new SandboxApiException("ValidationError", $"1 validation error detected: Value null at '{member}' failed to satisfy constraint: Member must not be null");
        }

        try
        {
            using var document = JsonDocument.Parse(value);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("Statement", out _))
            {
                throw new SandboxApiException("MalformedPolicyDocument", "Syntax errors in policy.");
            }
        }
        catch (JsonException)
        {
            throw new SandboxApiException("MalformedPolicyDocument", "This policy contains invalid Json");
        }

        return value;
    }

    public static void Tags(IReadOnlyDictionary<string, string> tags, int existing)
    {
        if (tags.Count + existing > 50)
        {
            throw new SandboxApiException("LimitExceeded", "Cannot exceed quota for TagsPerRole: 50.");
        }

        foreach (var (key, value) in tags)
        {
            if (key.Length is < 1 or > 128 || value.Length > 256 || !TagPattern().IsMatch(key) || !TagValuePattern().IsMatch(value))
            {
                throw new SandboxApiException("ValidationError", $"1 validation error detected: Value '{key}' at 'tags' failed to satisfy constraint: tag keys are 1-128 and values 0-256 letters, digits, spaces and _.:/=+-@");
            }
        }
    }

    [GeneratedRegex(@"^[\w+=,.@-]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(/|/[\u0021-\u007E]+/)$")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$")]
    private static partial Regex TagValuePattern();
}
