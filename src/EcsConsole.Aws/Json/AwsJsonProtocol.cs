using System.Text.Json;
using EcsConsole.Aws.Http;

namespace EcsConsole.Aws.Json;

/// <summary>The AWS JSON 1.0/1.1 envelope: POST / with X-Amz-Target and application/x-amz-json-1.x, and its error format.</summary>
public static class AwsJsonProtocol
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    /// <summary>Reads a success body; operations without output may answer with an empty body, which reads as <c>{}</c>.</summary>
    public static T Deserialize<T>(byte[] body) =>
        JsonSerializer.Deserialize<T>(body.Length == 0 ? EmptyObject : body, AwsJsonSerializer.Options)
            ?? throw new JsonException("The response body was JSON null.");

    public static AwsWireRequest CreateRequest(AwsServiceDescriptor service, string operation, byte[]? body)
    {
        var headers = new List<KeyValuePair<string, string>> { new("X-Amz-Target", $"{service.TargetPrefix}.{operation}") };
        if (service.QueryCompatible)
        {
            // Asks a query-compatible service for the x-amzn-query-error header, which carries the Query error code.
            headers.Add(new("x-amzn-query-mode", "true"));
        }

        return new(service.JsonContentType, headers, body is null || body.Length == 0 ? EmptyObject : body);
    }

    /// <summary>
    /// Error code from the x-amzn-ErrorType header, else the body's <c>code</c> or <c>__type</c>; namespace
    /// (before '#') and trailing URI (after ':') removed. Message from <c>message</c> or <c>Message</c>. A body that is
    /// not an AWS error (an HTML page, plain text, JSON without code or message) is described by status and title only,
    /// and the exception says <see cref="AwsServiceException.BodyWasAwsError"/> false.
    /// </summary>
    public static AwsServiceException ParseError(AwsServiceDescriptor service, string operation, AwsWireResponse response)
    {
        string? code = null;
        string? message = null;
        if (response.Body.Length > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(response.Body);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    code = StringMember(document.RootElement, "code") ?? StringMember(document.RootElement, "__type");
                    message = StringMember(document.RootElement, "message") ?? StringMember(document.RootElement, "Message");
                }
            }
            catch (JsonException)
            {
                // Not JSON: described below by status and title, never shown raw.
            }
        }

        // awsQueryCompatible services name the error as their Query API did ("Code;Sender"); that is the documented code.
        var queryCode = response.Header("x-amzn-query-error")?.Split(';')[0];
        var headerCode = !string.IsNullOrWhiteSpace(queryCode) ? queryCode : response.Header("x-amzn-ErrorType");
        var awsError = !string.IsNullOrWhiteSpace(headerCode) || !string.IsNullOrWhiteSpace(code) || !string.IsNullOrWhiteSpace(message);
        code = SanitizeCode(!string.IsNullOrWhiteSpace(headerCode) ? headerCode : code)
            ?? $"Http{(int)response.StatusCode}";
        if (!awsError)
        {
            message = NonAwsErrorBody.Describe(response.StatusCode, response.Body);
        }

        // An empty body is no page from something else: a bare 500 or 503 is AWS's own, and transient.
        awsError |= IsBlank(response.Body);

        return new AwsServiceException(service.ServiceId, operation, code, message, response.Header("x-amzn-RequestId"), response.StatusCode)
        {
            BodyWasAwsError = awsError,
        };
    }

    internal static string? SanitizeCode(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var code = raw.Trim();
        var colon = code.IndexOf(':');
        if (colon >= 0)
        {
            code = code[..colon];
        }

        var hash = code.IndexOf('#');
        return hash >= 0 ? code[(hash + 1)..] : code;
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsBlank(byte[] body) => body.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t');
}
