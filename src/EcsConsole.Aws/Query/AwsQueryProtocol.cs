using System.Text;
using System.Xml;
using System.Xml.Linq;
using EcsConsole.Aws.Http;

namespace EcsConsole.Aws.Query;

/// <summary>The AWS Query envelope: form-encoded POST, <c>&lt;OpResponse&gt;&lt;OpResult&gt;</c> answers, <c>&lt;ErrorResponse&gt;</c> errors.</summary>
public static class AwsQueryProtocol
{
    public const string ContentType = "application/x-www-form-urlencoded";

    public static AwsWireRequest CreateRequest(IEnumerable<KeyValuePair<string, string>> parameters) =>
        new(ContentType, [], Encoding.UTF8.GetBytes(AwsQuerySerializer.FormEncode(parameters)));

    /// <summary>The <c>OpResult</c> element, or the response root when an operation has no result wrapper.</summary>
    public static XElement ReadResult(string operation, byte[] body)
    {
        if (body.Length == 0 || body.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            // Operations without output may answer with no body at all.
            return new XElement(operation + "Result");
        }

        var root = XDocument.Parse(Encoding.UTF8.GetString(body)).Root
            ?? throw new XmlException("The response has no root element.");
        return root.Elements().FirstOrDefault(e => e.Name.LocalName == operation + "Result") ?? root;
    }

    /// <summary>Request id from ResponseMetadata (success) or the ErrorResponse (failure).</summary>
    public static string? ReadRequestId(XElement root) =>
        root.Descendants().FirstOrDefault(e => e.Name.LocalName == "RequestId")?.Value;

    /// <summary>
    /// Code, message and request id from <c>&lt;ErrorResponse&gt;&lt;Error&gt;</c> (or the x-amzn-query-error header). A body
    /// that is not such a document (an HTML page, plain text, empty) is described by status and title only, and the
    /// exception says <see cref="AwsServiceException.BodyWasAwsError"/> false.
    /// </summary>
    public static AwsServiceException ParseError(AwsServiceDescriptor service, string operation, AwsWireResponse response)
    {
        string? code = null;
        string? message = null;
        var requestId = response.Header("x-amzn-RequestId");
        var awsError = false;
        try
        {
            var root = XDocument.Parse(Encoding.UTF8.GetString(response.Body)).Root;
            var error = root?.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName == "Error");
            if (error is not null)
            {
                awsError = true;
                code = Child(error, "Code");
                message = Child(error, "Message");
                requestId = (root is null ? null : ReadRequestId(root)) ?? requestId;
            }
        }
        catch (XmlException)
        {
            // Not XML (a proxy's HTML page, an empty 503): described below by status and title, never shown raw.
        }

        var headerCode = response.Header("x-amzn-query-error")?.Split(';')[0];
        if (string.IsNullOrWhiteSpace(code) && !string.IsNullOrWhiteSpace(headerCode))
        {
            awsError = true;
            code = headerCode;
        }

        if (!awsError)
        {
            message = NonAwsErrorBody.Describe(response.StatusCode, response.Body);
        }

        // An empty body is no page from something else: a bare 500 or 503 is AWS's own, and transient.
        awsError |= IsBlank(response.Body);

        return new AwsServiceException(service.ServiceId, operation, string.IsNullOrWhiteSpace(code) ? $"Http{(int)response.StatusCode}" : code.Trim(),
            string.IsNullOrWhiteSpace(message) ? null : message.Trim(), requestId, response.StatusCode)
        {
            BodyWasAwsError = awsError,
        };
    }

    private static string? Child(XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;

    private static bool IsBlank(byte[] body) => body.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t');
}
