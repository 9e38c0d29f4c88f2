using System.Text;

namespace EcsConsole.Aws.Tests.Signing;

/// <summary>One case of the SigV4 test suite: the raw .req request and the expected .authz header.</summary>
public sealed record SigV4SuiteCase(string Name, string RawRequest, string ExpectedAuthorization, string ExpectedCanonicalRequest)
{
    public static SigV4SuiteCase Load(string directory)
    {
        var name = Path.GetFileName(directory);
        return new SigV4SuiteCase(
            name,
            File.ReadAllText(Path.Combine(directory, name + ".req")),
            File.ReadAllText(Path.Combine(directory, name + ".authz")).Trim(),
            File.ReadAllText(Path.Combine(directory, name + ".creq")).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>
    /// Parses "METHOD target HTTP/1.1", header lines (a line starting with whitespace continues the previous value,
    /// joined by a newline as the suite intends), a blank line, then the body.
    /// </summary>
    public (HttpRequestMessage Request, byte[] Body) ToHttpRequest()
    {
        var text = RawRequest.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 2)..];
        var lines = head.Split('\n');

        var requestLine = lines[0];
        var method = requestLine[..requestLine.IndexOf(' ')];
        var target = requestLine[(method.Length + 1)..requestLine.LastIndexOf(" HTTP/", StringComparison.Ordinal)];

        var headers = new List<(string Name, string Value)>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && headers.Count > 0)
            {
                var (lastName, lastValue) = headers[^1];
                headers[^1] = (lastName, lastValue + "\n" + line);
                continue;
            }

            var colon = line.IndexOf(':');
            headers.Add((line[..colon], line[(colon + 1)..]));
        }

        var host = headers.First(h => h.Name.Equals("Host", StringComparison.OrdinalIgnoreCase)).Value.Trim();
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri($"https://{host}{target}"));
        var bytes = Encoding.UTF8.GetBytes(body);
        if (bytes.Length > 0 || method == "POST")
        {
            request.Content = new ByteArrayContent(bytes);
        }

        foreach (var (name, value) in headers.Where(h => !h.Name.Equals("Host", StringComparison.OrdinalIgnoreCase)))
        {
            if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                request.Content ??= new ByteArrayContent(bytes);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return (request, bytes);
    }
}
