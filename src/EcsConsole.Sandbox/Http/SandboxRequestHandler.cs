using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Accounts;
using EcsConsole.Sandbox.Auth;
using EcsConsole.Sandbox.Faults;
using EcsConsole.Sandbox.Protocol;
using EcsConsole.Sandbox.Quirks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Sandbox.Http;

/// <summary>
/// The sandbox's single endpoint: authenticates like AWS, picks the account the caller's key acts in and the region the
/// signature is scoped to, then dispatches JSON 1.1 calls on X-Amz-Target and Query calls on the form's Action (to the
/// service named in the signing scope) to that account's services in that region, to its global IAM, or to a service
/// that spans accounts (STS), and answers errors in each protocol's form.
/// </summary>
public sealed class SandboxRequestHandler(
    SandboxAuthenticator authenticator,
    SandboxAccounts accounts,
    IReadOnlyList<QueryApi> globalQueryApis,
    ILogger logger,
    FaultInjector faults,
    TimeProvider realClock,
    QuirkSwitch quirkSwitch,
    SandboxThrottle throttle)
{
    private const int MaxBodyBytes = 4 * 1024 * 1024;

    private static readonly TimeSpan TimeoutHold = TimeSpan.FromMinutes(2);

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var isJson = target.Length > 0;
        var fault = faults.Next();
        var quirks = quirkSwitch.Quirks;
        if (await InjectBeforeAsync(context, fault))
        {
            return;
        }

        try
        {
            var request = await ReadAsync(context);
            var credential = authenticator.Authenticate(request);
            var account = accounts.ForAccessKey(credential.AccessKeyId);
            InjectAfterAuthentication(fault, isJson, target);
            if (isJson)
            {
                var operation = target[(target.LastIndexOf('.') + 1)..];
                if (await AnswerMissingOperationAsync(context, quirks, operation))
                {
                    return;
                }

                throttle.Take(account.AccountId, credential.Region, credential.Service, operation, isJson: true);

                var (api, output) = InvokeJson(RegionOf(account, credential), target, request.Body, context.Request.Host.Value);
                var body = output.ToJsonString();
                if (quirks.Enabled)
                {
                    body = new JsonAnswerQuirks(quirks, operation).Apply(body);
                }

                if (!LoseAnswer(context, operation))
                {
                    await WriteJsonAsync(context, requestId, 200, body, api.JsonVersion);
                }
            }
            else
            {
                var parameters = QueryParametersOf(request);
                if (parameters.TryGetValue("Action", out var action) && await AnswerMissingOperationAsync(context, quirks, action))
                {
                    return;
                }

                if (action is { Length: > 0 })
                {
                    throttle.Take(account.AccountId, credential.Region, credential.Service, action, isJson: false);
                }

                var output = InvokeQuery(account, parameters, credential, requestId);
                if (!LoseAnswer(context, parameters["Action"]))
                {
                    await WriteXmlAsync(context, requestId, 200, output);
                }
            }
        }
        catch (SandboxApiException error)
        {
            await WriteErrorAsync(context, requestId, isJson, error);
        }
        catch (JsonException error)
        {
            await WriteErrorAsync(context, requestId, isJson, new SandboxApiException("SerializationException", error.Message));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogError(error, "Sandbox request {RequestId} ({Target}) failed", requestId, target);
            await WriteErrorAsync(context, requestId, isJson, new SandboxApiException(isJson ? "ServerException" : "InternalFailure", "An internal error occurred in the sandbox.", 500));
        }
    }

    /// <summary>Latency applies to every call; a down endpoint or a timeout drops the connection without an answer.</summary>
    private async Task<bool> InjectBeforeAsync(HttpContext context, FaultKind fault)
    {
        var latency = faults.Faults.LatencyMs;
        if (latency > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(latency), realClock, context.RequestAborted);
        }

        if (fault == FaultKind.Timeout)
        {
            // Hold the call until the client gives up (or a bound passes, so a client without a timeout is not held forever).
            try
            {
                await Task.Delay(TimeoutHold, realClock, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        }

        if (fault is FaultKind.Down or FaultKind.Timeout)
        {
            context.Abort();
            return true;
        }

        return false;
    }

    /// <summary>The call took effect; its answer is dropped with the connection, so the client cannot tell whether it did.</summary>
    private bool LoseAnswer(HttpContext context, string operation)
    {
        if (!faults.LosesAnswer(operation))
        {
            return false;
        }

        context.Abort();
        return true;
    }

    /// <summary>Throttling and server faults come after authentication, as AWS answers a bad signature before it throttles.</summary>
    private static void InjectAfterAuthentication(FaultKind fault, bool isJson, string target)
    {
        if (fault == FaultKind.Throttle)
        {
            throw isJson
                ? new SandboxApiException("ThrottlingException", "Rate exceeded")
                : new SandboxApiException("Throttling", "Rate exceeded");
        }

        if (fault == FaultKind.ServerError)
        {
            // ECS and ECR model their own server fault; the other services answer AWS's common one.
            var modelled = target.StartsWith("AmazonEC2ContainerServiceV20141113.", StringComparison.Ordinal)
                || target.StartsWith("AmazonEC2ContainerRegistry_V20150921.", StringComparison.Ordinal);
            throw new SandboxApiException(modelled ? "ServerException" : "InternalFailure", "The service is unavailable. Please try again later. (injected fault)", 500);
        }
    }

    /// <summary>
    /// Quirks of an endpoint that lacks an operation: an HTML 500 page from whatever stands in front of it, or the
    /// protocol's own unknown-operation error. Either way the engine never sees the call.
    /// </summary>
    private static async Task<bool> AnswerMissingOperationAsync(HttpContext context, SandboxQuirks quirks, string operation)
    {
        if (!quirks.Enabled)
        {
            return false;
        }

        if (SandboxQuirks.Lists(quirks.UnknownOperations, operation))
        {
            throw new SandboxApiException("UnknownOperationException", $"The operation {operation} is not supported by this endpoint.");
        }

        if (!SandboxQuirks.Lists(quirks.HtmlErrorOperations, operation))
        {
            return false;
        }

        context.Response.StatusCode = HtmlErrorPage.Status;
        context.Response.ContentType = HtmlErrorPage.ContentType;
        await context.Response.WriteAsync(HtmlErrorPage.Body, context.RequestAborted);
        return true;
    }

    /// <summary>
    /// The account's presence in the region the call is signed for, as AWS serves each region apart. A region the sandbox
    /// does not serve is refused the way AWS refuses a signature scoped to a region the endpoint is not in.
    /// </summary>
    private static SandboxRegion RegionOf(SandboxAccount account, SigV4Credential credential) =>
        account.In(credential.Region) ?? throw new SandboxApiException("InvalidSignatureException",
            $"Credential should be scoped to a valid region, not '{credential.Region}'. This sandbox serves {string.Join(", ", account.Regions.Select(r => r.Name))}; pass one of them as the region.",
            403);

    private static (JsonApi Api, JsonObject Output) InvokeJson(SandboxRegion region, string target, ReadOnlyMemory<byte> body, string? host)
    {
        var dot = target.LastIndexOf('.');
        var api = dot < 0 ? null : region.JsonApis.FirstOrDefault(a => a.TargetPrefix == target[..dot]);
        if (api is null)
        {
            throw new SandboxApiException("UnknownOperationException", $"Unknown target {target}.");
        }

        var input = body.Length == 0 ? new JsonObject() : JsonNode.Parse(body.Span) as JsonObject
            ?? throw new SandboxApiException("SerializationException", "The request body must be a JSON object.");
        return (api, api.Invoke(target[(dot + 1)..], new JsonInput(input) { RequestHost = host }));
    }

    private static Dictionary<string, string> QueryParametersOf(SigV4Request request)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.QueryParameters())
        {
            parameters[key] = value;
        }

        foreach (var (key, value) in QueryHelpers.ParseQuery(Encoding.UTF8.GetString(request.Body.Span)))
        {
            parameters[key] = value.ToString();
        }

        return parameters;
    }

    private System.Xml.Linq.XDocument InvokeQuery(SandboxAccount account, Dictionary<string, string> parameters, SigV4Credential credential, string requestId)
    {
        if (!parameters.TryGetValue("Action", out var action) || action.Length == 0)
        {
            throw new SandboxApiException("MissingAction", "Missing Action");
        }

        // STS spans accounts and IAM spans an account's regions (the CLI signs IAM for us-east-1 whatever its region): neither is picked by region.
        var api = globalQueryApis.Append(account.IamApi).FirstOrDefault(a => a.SigningName == credential.Service)
            ?? RegionOf(account, credential).QueryApis.FirstOrDefault(a => a.SigningName == credential.Service)
            ?? throw new SandboxApiException("InvalidAction", $"The action {action} is not valid for this web service.");
        return api.Invoke(action, parameters, new SigV4Identity(credential.AccessKeyId), requestId);
    }

    private static async Task<SigV4Request> ReadAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length > MaxBodyBytes)
        {
            throw new SandboxApiException("SerializationException", "The request body is too large.", 413);
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        var question = rawTarget.IndexOf('?');
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var (name, values) in context.Request.Headers)
        {
            headers.AddRange(values.Select(v => new KeyValuePair<string, string>(name, v ?? "")));
        }

        return new SigV4Request(
            context.Request.Method,
            question < 0 ? rawTarget : rawTarget[..question],
            question < 0 ? "" : rawTarget[(question + 1)..],
            headers,
            buffer.ToArray());
    }

    private static Task WriteJsonAsync(HttpContext context, string requestId, int status, string body, string jsonVersion = "1.1")
    {
        context.Response.StatusCode = status;
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        context.Response.ContentType = $"application/x-amz-json-{jsonVersion}";
        return context.Response.WriteAsync(body, context.RequestAborted);
    }

    private static Task WriteXmlAsync(HttpContext context, string requestId, int status, System.Xml.Linq.XDocument body)
    {
        context.Response.StatusCode = status;
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        context.Response.ContentType = "text/xml";
        return context.Response.WriteAsync(body.ToString(System.Xml.Linq.SaveOptions.DisableFormatting), context.RequestAborted);
    }

    private Task WriteErrorAsync(HttpContext context, string requestId, bool isJson, SandboxApiException error)
    {
        if (isJson)
        {
            // Errors come in the content type of the service addressed, like its answers (JSON 1.0 for CloudWatch).
            var target = context.Request.Headers["X-Amz-Target"].ToString();
            var dot = target.LastIndexOf('.');
            var version = dot < 0 ? "1.1" : accounts.Default.Home.JsonApis.FirstOrDefault(a => a.TargetPrefix == target[..dot])?.JsonVersion ?? "1.1";
            context.Response.Headers["x-amzn-ErrorType"] = error.Code;
            return WriteJsonAsync(context, requestId, error.StatusCode, new JsonObject { ["__type"] = error.Code, ["message"] = error.Message }.ToJsonString(), version);
        }

        // The service that answers is the one named in the signing scope, read here without trusting the signature.
        var code = QueryErrorCodes.For(error.Code);
        var service = SigningServiceOf(context.Request.Headers.Authorization.ToString());
        // Every account has the same services in every region, so the default account's home region's answer the error's form.
        var queryApis = globalQueryApis.Append(accounts.Default.IamApi).Concat(accounts.Default.Home.QueryApis).ToList();
        var api = queryApis.FirstOrDefault(a => a.SigningName == service) ?? queryApis[0];
        var (xml, status) = api.Error(error, code, QueryErrorCodes.Status(code, error.StatusCode), requestId);
        return WriteXmlAsync(context, requestId, status, xml);
    }

    // "AWS4-HMAC-SHA256 Credential=AKID/20261127/eu-west-1/ec2/aws4_request, ..." names the service fourth in the scope.
    private static string? SigningServiceOf(string authorization)
    {
        var start = authorization.IndexOf("Credential=", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var scope = authorization[(start + "Credential=".Length)..].Split(',')[0].Split('/');
        return scope.Length >= 5 ? scope[3] : null;
    }
}
