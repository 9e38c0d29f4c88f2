using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace EcsConsole.Testing;

// Entry points of the shape validator; each returns human-readable violations, empty when valid.
public sealed partial class ServiceModel
{
    /// <summary>Checks an awsJson request body against the operation's input shape.</summary>
    public IReadOnlyList<string> ValidateJsonInput(string operation, JsonNode? body) =>
        ValidateJson(Operation(operation).InputShape, operation, body, isResponse: false);

    /// <summary>
    /// Checks a request written with the model's member names (the AWS CLI's --cli-input-json form, and the wizards'
    /// planned bodies), whatever the service's protocol.
    /// </summary>
    public IReadOnlyList<string> ValidateMemberJsonInput(string operation, JsonNode? body)
    {
        var shapeName = Operation(operation).InputShape;
        if (shapeName is null)
        {
            return body is null or JsonObject { Count: 0 } ? [] : [$"$: {operation} takes no input, but the body is {body.ToJsonString()}"];
        }

        var walker = new JsonShapeWalker(this, isResponse: false, memberNames: true);
        walker.Walk("$", shapeName, body);
        return walker.Errors;
    }

    /// <summary>Checks an awsJson response body against the operation's output shape.</summary>
    public IReadOnlyList<string> ValidateJsonOutput(string operation, JsonNode? body) =>
        ValidateJson(Operation(operation).OutputShape, operation, body, isResponse: true);

    /// <summary>
    /// Checks an awsJson error body: <c>__type</c> names an error of the operation or a common AWS error,
    /// the message is a string, and other members fit the error shape.
    /// </summary>
    public IReadOnlyList<string> ValidateJsonError(string operation, JsonNode? body)
    {
        if (body is not JsonObject obj)
        {
            return [$"$: an error body must be a JSON object, got {body?.GetValueKind().ToString() ?? "nothing"}"];
        }

        if (obj["__type"] is not JsonValue typeValue || typeValue.GetValueKind() != JsonValueKind.String)
        {
            return ["$.__type: missing or not a string"];
        }

        var errors = new List<string>();
        var code = ErrorCodeFromType(typeValue.GetValue<string>());
        var shape = ErrorShape(operation, code);
        if (shape is null && !CommonAwsErrors.Codes.Contains(code))
        {
            errors.Add($"$.__type: '{code}' is neither an error of {operation} [{string.Join(", ", Operation(operation).ErrorShapes)}] nor a common AWS error");
        }

        var message = obj["message"] ?? obj["Message"];
        if (message is not null && message.GetValueKind() != JsonValueKind.String)
        {
            errors.Add("$.message: must be a string");
        }

        if (shape is not null)
        {
            var rest = new JsonObject();
            foreach (var (name, value) in obj)
            {
                // __type is the envelope; the message member may be spelled either way by services.
                if (name != "__type" && !(name is "message" or "Message" && !shape.Members.ContainsKey(name)))
                {
                    rest[name] = value?.DeepClone();
                }
            }

            var walker = new JsonShapeWalker(this, isResponse: true);
            walker.Walk("$", shape.Name, rest);
            errors.AddRange(walker.Errors);
        }

        return errors;
    }

    /// <summary>Checks AWS Query form parameters (including Action and Version) against the input shape.</summary>
    public IReadOnlyList<string> ValidateQueryInput(string operation, IReadOnlyDictionary<string, string> formParams)
    {
        var walker = new QueryInputWalker(this);
        walker.Walk(operation, Operation(operation).InputShape, formParams);
        return walker.Errors;
    }

    /// <summary>
    /// Checks an AWS Query response: <c>&lt;OpResponse&gt;</c> root in the service namespace, the
    /// <c>resultWrapper</c> element, and its content against the output shape.
    /// </summary>
    public IReadOnlyList<string> ValidateQueryOutputXml(string operation, XDocument xml)
    {
        var model = Operation(operation);
        var walker = new QueryXmlWalker(this);
        var root = xml.Root;
        var expectedRoot = operation + "Response";
        if (root is null || root.Name.LocalName != expectedRoot)
        {
            return [$"/: root element should be <{expectedRoot}>, got <{root?.Name.LocalName}>"];
        }

        CheckNamespace(root, walker);
        var content = root;
        var path = "/" + expectedRoot;
        // awsQuery always wraps the result in <OpResult>; botocore models spell it out, test vectors may not.
        if ((model.ResultWrapper ?? (model.OutputShape is null ? null : operation + "Result")) is { } wrapper)
        {
            var results = root.Elements().Where(e => e.Name.LocalName == wrapper).ToList();
            if (results.Count != 1)
            {
                walker.Report($"{path}/{wrapper}: expected exactly one, found {results.Count}");
                return walker.Errors;
            }

            content = results[0];
            path += "/" + wrapper;
            foreach (var extra in root.Elements().Where(e => e.Name.LocalName is not ("ResponseMetadata") && e.Name.LocalName != wrapper))
            {
                walker.Report($"/{expectedRoot}/{extra.Name.LocalName}: unexpected next to <{wrapper}>");
            }
        }

        if (model.OutputShape is { } output)
        {
            var shape = Shape(output);
            walker.WalkStructure(path, shape, content);
        }
        else if (content.Elements().Any(e => e.Name.LocalName != "ResponseMetadata"))
        {
            walker.Report($"{path}: {operation} has no output but the response has content");
        }

        return walker.Errors;
    }

    /// <summary>
    /// Checks an EC2 response: <c>&lt;OpResponse&gt;</c> root in the service namespace holding a <c>requestId</c> and the
    /// output members directly (no Result wrapper), named by locationName, lists as items.
    /// </summary>
    public IReadOnlyList<string> ValidateEc2OutputXml(string operation, XDocument xml)
    {
        var model = Operation(operation);
        var walker = new QueryXmlWalker(this);
        var root = xml.Root;
        var expectedRoot = operation + "Response";
        if (root is null || root.Name.LocalName != expectedRoot)
        {
            return [$"/: root element should be <{expectedRoot}>, got <{root?.Name.LocalName}>"];
        }

        // EC2 answers in its model namespace with a trailing slash (.../doc/2016-11-15/); the model spells it without.
        if (Metadata.XmlNamespace is { } ns && root.Name.NamespaceName.TrimEnd('/') != ns.TrimEnd('/'))
        {
            walker.Report($"/{root.Name.LocalName}: namespace '{root.Name.NamespaceName}' should be '{ns}/'");
        }

        var requestIds = root.Elements().Where(e => e.Name.LocalName == "requestId").ToList();
        if (requestIds.Count != 1 || string.IsNullOrEmpty(requestIds[0].Value))
        {
            walker.Report($"/{expectedRoot}/requestId: expected exactly one, non-empty");
        }

        var content = new XElement(root.Name, root.Elements().Where(e => e.Name.LocalName != "requestId"));
        if (model.OutputShape is { } output)
        {
            walker.WalkStructure("/" + expectedRoot, Shape(output), content);
        }
        else if (content.HasElements)
        {
            walker.Report($"/{expectedRoot}: {operation} has no output but the response has content");
        }

        return walker.Errors;
    }

    /// <summary>Checks an EC2 error body: Response/Errors/Error/{Code,Message} and Response/RequestID.</summary>
    public static IReadOnlyList<string> ValidateEc2ErrorXml(XDocument xml)
    {
        var errors = new List<string>();
        var root = xml.Root;
        if (root is null || root.Name.LocalName != "Response")
        {
            return [$"/: root element should be <Response>, got <{root?.Name.LocalName}>"];
        }

        var error = root.Elements().FirstOrDefault(e => e.Name.LocalName == "Errors")?.Elements().FirstOrDefault(e => e.Name.LocalName == "Error");
        if (error is null)
        {
            return ["/Response/Errors/Error: missing"];
        }

        string? Text(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        if (string.IsNullOrEmpty(Text(error, "Code")))
        {
            errors.Add("/Response/Errors/Error/Code: missing");
        }

        if (Text(error, "Message") is null)
        {
            errors.Add("/Response/Errors/Error/Message: missing");
        }

        if (string.IsNullOrEmpty(Text(root, "RequestID")))
        {
            errors.Add("/Response/RequestID: missing");
        }

        return errors;
    }

    /// <summary>Checks an AWS Query error body: ErrorResponse/Error/{Type,Code,Message} and a known code.</summary>
    public IReadOnlyList<string> ValidateQueryErrorXml(string operation, XDocument xml)
    {
        var errors = new List<string>();
        var root = xml.Root;
        if (root is null || root.Name.LocalName != "ErrorResponse")
        {
            return [$"/: root element should be <ErrorResponse>, got <{root?.Name.LocalName}>"];
        }

        var error = root.Elements().FirstOrDefault(e => e.Name.LocalName == "Error");
        if (error is null)
        {
            return ["/ErrorResponse/Error: missing"];
        }

        string? Text(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        if (Text(error, "Type") is not ("Sender" or "Receiver"))
        {
            errors.Add($"/ErrorResponse/Error/Type: '{Text(error, "Type")}' should be Sender or Receiver");
        }

        var code = Text(error, "Code");
        if (string.IsNullOrEmpty(code))
        {
            errors.Add("/ErrorResponse/Error/Code: missing");
        }
        else if (ErrorShape(operation, code) is null && !CommonAwsErrors.Codes.Contains(code))
        {
            errors.Add($"/ErrorResponse/Error/Code: '{code}' is neither an error of {operation} nor a common AWS error");
        }

        if (Text(error, "Message") is null)
        {
            errors.Add("/ErrorResponse/Error/Message: missing");
        }

        if (string.IsNullOrEmpty(Text(root, "RequestId")))
        {
            errors.Add("/ErrorResponse/RequestId: missing");
        }

        return errors;
    }

    /// <summary>The code botocore reads from <c>__type</c>: without a namespace prefix or a colon suffix.</summary>
    public static string ErrorCodeFromType(string type)
    {
        var code = type;
        var hash = code.LastIndexOf('#');
        if (hash >= 0)
        {
            code = code[(hash + 1)..];
        }

        var colon = code.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? code[..colon] : code;
    }

    private ShapeModel? ErrorShape(string operation, string code) =>
        Operation(operation).ErrorShapes
            .Select(name => Shapes.GetValueOrDefault(name))
            .FirstOrDefault(shape => shape is not null && ErrorCode(shape) == code);

    private IReadOnlyList<string> ValidateJson(string? shapeName, string operation, JsonNode? body, bool isResponse)
    {
        if (shapeName is null)
        {
            return body is null or JsonObject { Count: 0 } ? [] : [$"$: {operation} has no such shape, but the body is {body.ToJsonString()}"];
        }

        var walker = new JsonShapeWalker(this, isResponse);
        walker.Walk("$", shapeName, body);
        return walker.Errors;
    }

    private void CheckNamespace(XElement root, QueryXmlWalker walker)
    {
        if (Metadata.XmlNamespace is { } ns && root.Name.NamespaceName != ns)
        {
            walker.Report($"/{root.Name.LocalName}: namespace '{root.Name.NamespaceName}' should be '{ns}'");
        }
    }
}
