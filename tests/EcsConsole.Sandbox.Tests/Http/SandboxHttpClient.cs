using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>Calls a running sandbox the way AWS clients do: JSON 1.1 by X-Amz-Target, Query by form Action.</summary>
internal sealed class SandboxHttpClient(Uri url) : IDisposable
{
    public const string EcsPrefix = "AmazonEC2ContainerServiceV20141113";

    public const string EcrPrefix = "AmazonEC2ContainerRegistry_V20150921";

    private readonly HttpClient _http = new() { BaseAddress = url };

    public string AccessKeyId { get; init; } = "test";

    public string SecretAccessKey { get; init; } = "test";

    public bool Sign { get; init; } = true;

    /// <summary>The session token of temporary credentials, sent (and signed) as X-Amz-Security-Token; none when null.</summary>
    public string? SessionToken { get; init; }

    /// <summary>When requests claim to be signed; real now when null.</summary>
    public DateTimeOffset? SignedAt { get; init; }

    public async Task<(HttpStatusCode Status, JsonObject Body, HttpResponseMessage Response)> JsonAsync(string target, JsonObject? body = null, string service = "ecs")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, "/"))
        {
            Content = new StringContent((body ?? []).ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.1"),
        };
        request.Content.Headers.ContentType!.CharSet = null;
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        if (SessionToken is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", SessionToken);
        }

        if (Sign)
        {
            await TestRequestSigner.SignAsync(request, AccessKeyId, SecretAccessKey, service, signedAt: SignedAt);
        }

        var response = await _http.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return (response.StatusCode, json, response);
    }

    public Task<(HttpStatusCode Status, JsonObject Body, HttpResponseMessage Response)> EcsAsync(string operation, JsonObject? body = null) =>
        JsonAsync($"{EcsPrefix}.{operation}", body);

    public async Task<(HttpStatusCode Status, XDocument Body)> QueryAsync(string action, string service = "sts", string version = "2011-06-15", IReadOnlyDictionary<string, string>? parameters = null)
    {
        var form = new Dictionary<string, string>(parameters ?? new Dictionary<string, string>()) { ["Action"] = action, ["Version"] = version };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, "/"))
        {
            Content = new FormUrlEncodedContent(form),
        };
        if (SessionToken is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", SessionToken);
        }

        if (Sign)
        {
            await TestRequestSigner.SignAsync(request, AccessKeyId, SecretAccessKey, service, signedAt: SignedAt);
        }

        var response = await _http.SendAsync(request);
        return (response.StatusCode, XDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    public void Dispose() => _http.Dispose();
}
