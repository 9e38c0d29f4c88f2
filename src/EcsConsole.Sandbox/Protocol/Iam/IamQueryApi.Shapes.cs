using System.Globalization;
using System.Text;
using System.Xml.Linq;
using EcsConsole.Sandbox.Engine.Iam;

namespace EcsConsole.Sandbox.Protocol.Iam;

public sealed partial class IamQueryApi
{
    private XElement E(string name, object? content) => new(Namespace + name, content);

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // IAM answers policy documents URL-encoded; clients (botocore, our own) decode them.
    private XElement RoleElement(string name, IamRoleView role) => E(name, new object?[]
    {
        E("Path", role.Path),
        E("RoleName", role.Name),
        E("RoleId", role.Id),
        E("Arn", role.Arn),
        E("CreateDate", Iso(role.CreatedAt)),
        E("AssumeRolePolicyDocument", Uri.EscapeDataString(role.AssumeRolePolicyDocument)),
        role.Description is null ? null : E("Description", role.Description),
        E("MaxSessionDuration", role.MaxSessionDuration),
        role.Tags.Count == 0 ? null : TagsElement(role.Tags),
        E("RoleLastUsed", null),
    });

    private XElement ProfileElement(IamInstanceProfileView profile) => E("InstanceProfile", new object?[]
    {
        E("Path", profile.Path),
        E("InstanceProfileName", profile.Name),
        E("InstanceProfileId", profile.Id),
        E("Arn", profile.Arn),
        E("CreateDate", Iso(profile.CreatedAt)),
        E("Roles", profile.Roles.Select(r => RoleElement("member", r))),
        profile.Tags.Count == 0 ? null : TagsElement(profile.Tags),
    });

    private XElement TagsElement(IEnumerable<KeyValuePair<string, string>> tags) =>
        E("Tags", tags.Select(t => E("member", new object[] { E("Key", t.Key), E("Value", t.Value) })));

    // Null: the model declares no output, so the answer carries no Result element.
    private static IEnumerable<XElement>? Empty(Action action)
    {
        action();
        return null;
    }

    private static string Required(IReadOnlyDictionary<string, string> parameters, string name) =>
        parameters.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new SandboxApiException("ValidationError", $"1 validation error detected: Value null at '{char.ToLowerInvariant(name[0])}{name[1..]}' failed to satisfy constraint: Member must not be null");

    private static int? OptionalInt(IReadOnlyDictionary<string, string> parameters, string name) =>
        !parameters.TryGetValue(name, out var text) ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw new SandboxApiException("ValidationError", $"Value '{text}' at '{name}' is not an integer.");

    /// <summary>Tags arrive as Tags.member.N.Key / Tags.member.N.Value.</summary>
    private static Dictionary<string, string> Tags(IReadOnlyDictionary<string, string> parameters)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; parameters.TryGetValue($"Tags.member.{i}.Key", out var key); i++)
        {
            if (!tags.TryAdd(key, parameters.GetValueOrDefault($"Tags.member.{i}.Value") ?? ""))
            {
                throw new SandboxApiException("InvalidInput", "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
            }
        }

        return tags;
    }

    private static (List<T> Page, string? Next) Page<T>(IReadOnlyList<T> items, IReadOnlyDictionary<string, string> parameters, string listing)
    {
        var size = OptionalInt(parameters, "MaxItems") ?? 100;
        if (size is < 1 or > 1000)
        {
            throw new SandboxApiException("ValidationError", $"1 validation error detected: Value '{size}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000");
        }

        var offset = parameters.TryGetValue("Marker", out var marker) ? MarkerOffset(marker, listing) : 0;
        var page = items.Skip(offset).Take(size).ToList();
        var next = offset + page.Count < items.Count ? Convert.ToBase64String(Encoding.UTF8.GetBytes($"{listing}|{offset + page.Count}")) : null;
        return (page, next);
    }

    private static int MarkerOffset(string marker, string listing)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(marker)).Split('|');
            if (parts.Length == 2 && parts[0] == listing && int.TryParse(parts[1], out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Answered below like any marker the sandbox did not issue.
        }

        throw new SandboxApiException("InvalidInput", "Invalid Marker.");
    }

    private IEnumerable<XElement> Truncation(string? next) =>
        next is null ? [E("IsTruncated", "false")] : [E("IsTruncated", "true"), E("Marker", next)];
}
