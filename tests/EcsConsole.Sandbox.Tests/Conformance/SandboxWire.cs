using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using EcsConsole.Testing;

namespace EcsConsole.Sandbox.Tests.Conformance;

/// <summary>
/// Raw, SigV4-signed requests to a running sandbox, built by hand from the model metadata and signed with the
/// independent test signer, so the sandbox is checked against the model and not against our own client.
/// </summary>
internal sealed class SandboxWire(Uri url, string region, string accessKey, string secretKey) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = url };

    public async Task<WireReply> SendJsonAsync(ServiceModel model, string operation, JsonObject body, bool sign = true, string? secretOverride = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", model.Metadata.JsonContentType);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", $"{model.Metadata.TargetPrefix}.{operation}");
        return await SendAsync(model, request, bytes, sign, secretOverride);
    }

    public async Task<WireReply> SendQueryAsync(ServiceModel model, IReadOnlyDictionary<string, string> form)
    {
        var text = string.Join("&", form.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var bytes = Encoding.UTF8.GetBytes(text);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        return await SendAsync(model, request, bytes, sign: true, secretOverride: null);
    }

    public void Dispose() => _http.Dispose();

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    private async Task<WireReply> SendAsync(ServiceModel model, HttpRequestMessage request, byte[] body, bool sign, string? secretOverride)
    {
        request.RequestUri = new Uri(_http.BaseAddress!, "/");
        if (sign)
        {
            // The sandbox checks request age against the real clock, so signatures use real time.
            SigV4TestSigner.Sign(request, body, accessKey, secretOverride ?? secretKey, region, model.Metadata.SigningName, TimeProvider.System.GetUtcNow());
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new WireReply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text,
            Header(response, "x-amzn-RequestId"), Header(response, "x-amzn-ErrorType"));
    }
}

internal sealed record WireReply(HttpStatusCode Status, string? ContentType, string Body, string? RequestId, string? ErrorType)
{
    public JsonNode? Json => JsonNode.Parse(Body);

    public XDocument Xml => XDocument.Parse(Body);
}
