using System.Text;

namespace EcsConsole.Sandbox.Protocol;

/// <summary>AWS-style pagination: maxResults bounded per operation, nextToken opaque to clients and bound to one listing.</summary>
public static class Paginator
{
    /// <param name="sizeMember">The request member bounding the page: maxResults in ECS and ECR, limit in CloudWatch Logs.</param>
    public static (IReadOnlyList<T> Page, string? NextToken) Page<T>(IReadOnlyList<T> items, JsonInput input, string listing, int defaultMax, int maxMax, string sizeMember = "maxResults")
    {
        var maxResults = input.Int(sizeMember) ?? defaultMax;
        if (maxResults < 1 || maxResults > maxMax)
        {
            throw new SandboxApiException("InvalidParameterException", $"{sizeMember} must be between 1 and {maxMax}.");
        }

        var offset = Offset(input.String("nextToken"), listing);
        var page = items.Skip(offset).Take(maxResults).ToList();
        var next = offset + page.Count;
        return (page, next < items.Count ? Token(listing, next) : null);
    }

    private static int Offset(string? token, string listing)
    {
        if (string.IsNullOrEmpty(token))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var parts = text.Split('|');
            if (parts.Length == 3 && parts[0] == "v1" && parts[1] == listing && int.TryParse(parts[2], out var offset) && offset >= 0)
            {
                return offset;
            }
        }
        catch (FormatException)
        {
            // Falls through to the same answer AWS gives for any token it did not issue.
        }

        throw new SandboxApiException("InvalidParameterException", "Invalid nextToken.");
    }

    private static string Token(string listing, int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"v1|{listing}|{offset}"));
}
