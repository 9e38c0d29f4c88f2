using System.Text;
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

    public static AwsWireRequest CreateRequest(AwsServiceDescriptor service, string operation, byte[]? body) =>
        new(
            service.JsonContentType,
            [new KeyValuePair<string, string>("X-Amz-Target", $"{service.TargetPrefix}.{operation}")],
            body is null || body.Length == 0 ? EmptyObject : body);

    /// <summary>
    /// Error code from the x-amzn-ErrorType header, else the body's <c>code</c> or <c>__type</c>; namespace
    /// (before '#') and trailing URI (after ':') removed. Message from <c>message</c> or <c>Message</c>.
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
                // Not JSON (e.g. an HTML page from a proxy): keep the text so the person sees what came back.
                message = Truncate(Encoding.UTF8.GetString(response.Body));
            }
        }

        var headerCode = response.Header("x-amzn-ErrorType");
        code = SanitizeCode(!string.IsNullOrWhiteSpace(headerCode) ? headerCode : code)
            ?? $"Http{(int)response.StatusCode}";
        return new AwsServiceException(service.ServiceId, operation, code, message, response.Header("x-amzn-RequestId"), response.StatusCode);
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

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
