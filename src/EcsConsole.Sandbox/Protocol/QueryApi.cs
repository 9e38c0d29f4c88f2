using System.Xml.Linq;

namespace EcsConsole.Sandbox.Protocol;

/// <summary>One AWS Query service: form-encoded Action calls answered with XML in the service's namespace.</summary>
public abstract class QueryApi
{
    private readonly Dictionary<string, Func<IReadOnlyDictionary<string, string>, SigV4Identity, IEnumerable<XElement>?>> _actions = new(StringComparer.Ordinal);

    /// <summary>The service name in the signing scope (for example "sts").</summary>
    public abstract string SigningName { get; }

    public abstract string ApiVersion { get; }

    public abstract XNamespace Namespace { get; }

    /// <summary>The actions this service answers (conformance tests enumerate them so none goes unchecked).</summary>
    public IEnumerable<string> OperationNames => _actions.Keys;

    /// <summary>
    /// The XML answer: &lt;{Action}Response&gt;&lt;{Action}Result&gt;...&lt;/...&gt;&lt;ResponseMetadata/&gt;. A handler answering null
    /// has no Result element, as AWS answers operations whose model declares no output (IAM DeleteRole...).
    /// </summary>
    public XDocument Invoke(string action, IReadOnlyDictionary<string, string> parameters, SigV4Identity caller, string requestId)
    {
        if (!_actions.TryGetValue(action, out var handler))
        {
            throw new SandboxApiException("InvalidAction", $"Could not find operation {action} for version {ApiVersion}");
        }

        return Envelope(action, handler(parameters, caller), requestId);
    }

    /// <summary>The answer around a handler's result; EC2 overrides it (no Result wrapper, a requestId element first).</summary>
    protected virtual XDocument Envelope(string action, IEnumerable<XElement>? result, string requestId)
    {
        var ns = Namespace;
        return new XDocument(new XElement(ns + $"{action}Response",
            result is null ? null : new XElement(ns + $"{action}Result", result),
            new XElement(ns + "ResponseMetadata", new XElement(ns + "RequestId", requestId))));
    }

    /// <summary>
    /// An error in the service's form, with its HTTP status: &lt;ErrorResponse&gt;&lt;Error&gt;Type, Code, Message&lt;/Error&gt;&lt;RequestId/&gt;
    /// for Query services; EC2 overrides it. <paramref name="code"/> is already the Query form of the error's code.
    /// </summary>
    public virtual (XDocument Body, int Status) Error(SandboxApiException error, string code, int status, string requestId) =>
        (new XDocument(new XElement("ErrorResponse",
            new XElement("Error",
                new XElement("Type", error.FaultType),
                new XElement("Code", code),
                new XElement("Message", error.Message)),
            new XElement("RequestId", requestId))), status);

    protected void Register(string action, Func<IReadOnlyDictionary<string, string>, SigV4Identity, IEnumerable<XElement>?> handler) => _actions[action] = handler;
}

/// <summary>Who called: the access key of the request's signature.</summary>
public sealed record SigV4Identity(string AccessKeyId);
