namespace EcsConsole.Sandbox.Auth;

/// <summary>What a request's signature claims: key, scope (date/region/service) and which headers it signed.</summary>
public sealed record SigV4Credential(
    string AccessKeyId,
    string ScopeDate,
    string Region,
    string Service,
    IReadOnlyList<string> SignedHeaders,
    string Signature,
    string AmzDate,
    bool Presigned)
{
    public string Scope => $"{ScopeDate}/{Region}/{Service}/aws4_request";

    /// <summary>Reads the Authorization header, or the X-Amz-* query parameters of a presigned request; null when there is neither.</summary>
    /// <exception cref="SandboxApiException">IncompleteSignatureException when they are malformed.</exception>
    public static SigV4Credential? Read(SigV4Request request)
    {
        var authorization = request.Header("Authorization");
        if (authorization is not null)
        {
            return FromHeader(authorization, request);
        }

        var query = request.QueryParameters().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return query.ContainsKey("X-Amz-Signature") || query.ContainsKey("X-Amz-Credential") ? FromQuery(query) : null;
    }

    private static SigV4Credential FromHeader(string authorization, SigV4Request request)
    {
        const string Algorithm = "AWS4-HMAC-SHA256";
        var trimmed = authorization.Trim();
        if (!trimmed.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw Incomplete($"Authorization header requires the {Algorithm} algorithm. Authorization={authorization}");
        }

        var parts = trimmed[Algorithm.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var missing = new[] { "Credential", "Signature", "SignedHeaders" }.Where(n => !parts.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw Incomplete(string.Join(" ", missing.Select(n => $"Authorization header requires '{n}' parameter.")) + $" Authorization={authorization}");
        }

        var amzDate = request.Header("X-Amz-Date") ?? FromHttpDate(request.Header("Date"))
            ?? throw Incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=" + authorization);
        return Build(parts["Credential"], parts["SignedHeaders"], parts["Signature"], amzDate, presigned: false);
    }

    private static SigV4Credential FromQuery(Dictionary<string, string> query)
    {
        var missing = new[] { "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date" }
            .Where(n => !query.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw Incomplete(string.Join(" ", missing.Select(n => $"AWS query-string parameters must include '{n}'.")) + " Re-examine the query-string parameters.");
        }

        return Build(query["X-Amz-Credential"], query["X-Amz-SignedHeaders"], query["X-Amz-Signature"], query["X-Amz-Date"], presigned: true);
    }

    private static SigV4Credential Build(string credential, string signedHeaders, string signature, string amzDate, bool presigned)
    {
        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request" || scope.Any(string.IsNullOrEmpty))
        {
            throw Incomplete($"Credential should be scoped to a valid region. Credential={credential}");
        }

        var headers = signedHeaders.Split(';', StringSplitOptions.RemoveEmptyEntries);
        return new SigV4Credential(scope[0], scope[1], scope[2], scope[3], headers, signature, amzDate, presigned);
    }

    private static string? FromHttpDate(string? date) =>
        date is not null && DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static SandboxApiException Incomplete(string message) => new("IncompleteSignatureException", message);
}
