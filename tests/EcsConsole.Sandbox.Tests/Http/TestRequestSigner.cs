using System.Globalization;
using System.Net.Http.Headers;
using EcsConsole.Sandbox.Auth;

namespace EcsConsole.Sandbox.Tests.Http;

/// <summary>
/// Signs test requests with the sandbox's SigV4 code, which the official suite checks; the AWS CLI tests cover an independent signer.
/// </summary>
internal static class TestRequestSigner
{
    public static async Task SignAsync(HttpRequestMessage message, string accessKeyId, string secretAccessKey, string service, string region = "eu-west-1", DateTimeOffset? signedAt = null)
    {
        var amzDate = (signedAt ?? DateTimeOffset.UtcNow).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        message.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        var body = message.Content is null ? [] : await message.Content.ReadAsByteArrayAsync();
        var headers = new List<KeyValuePair<string, string>> { new("Host", message.RequestUri!.Authority), new("X-Amz-Date", amzDate) };
        if (message.Content?.Headers.ContentType is { } contentType)
        {
            headers.Add(new("Content-Type", contentType.ToString()));
        }

        headers.AddRange(message.Headers.Where(h => h.Key is "X-Amz-Target" or "X-Amz-Security-Token").Select(h => new KeyValuePair<string, string>(h.Key, h.Value.Single())));
        var signedHeaders = headers.Select(h => h.Key.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
        var request = new SigV4Request(message.Method.Method, message.RequestUri.AbsolutePath, message.RequestUri.Query.TrimStart('?'), headers, body);
        var credential = new SigV4Credential(accessKeyId, amzDate[..8], region, service, signedHeaders, "", amzDate, Presigned: false);
        var signature = SigV4Verifier.ExpectedSignature(request, credential, secretAccessKey);
        message.Headers.Authorization = new AuthenticationHeaderValue(
            SigV4Canonicalizer.Algorithm,
            $"Credential={accessKeyId}/{credential.Scope}, SignedHeaders={string.Join(';', signedHeaders)}, Signature={signature}");
    }
}
