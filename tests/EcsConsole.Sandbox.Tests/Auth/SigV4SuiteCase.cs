using System.Text;
using EcsConsole.Sandbox.Auth;

namespace EcsConsole.Sandbox.Tests.Auth;

/// <summary>One case of the AWS SigV4 test suite: the signed request (.sreq) with its expected canonical request and string to sign.</summary>
/// <remarks>
/// <see cref="Request"/> is the .sreq with the Authorization header of .authz; <see cref="SignedRequest"/> is the suite's .sreq,
/// which upstream does not always keep in step with .authz (get-vanilla-with-session-token carries another case's signature).
/// </remarks>
internal sealed record SigV4SuiteCase(string Name, SigV4Request Request, SigV4Request SignedRequest, string Authorization, string CanonicalRequest, string StringToSign)
{
    /// <summary>The suite's documented example credentials.</summary>
    public const string AccessKeyId = "AKIDEXAMPLE";

    public const string SecretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    public static SigV4SuiteCase Load(string directory)
    {
        var name = Path.GetFileName(directory);
        string Read(string extension) => File.ReadAllText(Path.Combine(directory, name + extension), Encoding.UTF8);
        var authorization = Read(".authz").Trim();
        var signed = Parse(Read(".sreq"));
        var request = signed with
        {
            Headers = [.. signed.Headers.Where(h => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)), new("Authorization", authorization)],
        };
        return new SigV4SuiteCase(name, request, signed, authorization, Read(".creq"), Read(".sts"));
    }

    /// <summary>Parses a raw HTTP/1.1 request; indented lines continue the previous header (obsolete line folding).</summary>
    public static SigV4Request Parse(string raw)
    {
        var lines = raw.Split('\n');
        var requestLine = lines[0];
        var method = requestLine[..requestLine.IndexOf(' ')];
        var target = requestLine[(method.Length + 1)..requestLine.LastIndexOf(" HTTP/", StringComparison.Ordinal)];
        var headers = new List<KeyValuePair<string, string>>();
        var index = 1;
        for (; index < lines.Length && lines[index].Length > 0; index++)
        {
            var line = lines[index];
            if (char.IsWhiteSpace(line[0]))
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + "\n" + line);
                continue;
            }

            var colon = line.IndexOf(':');
            headers.Add(new(line[..colon], line[(colon + 1)..]));
        }

        var body = index < lines.Length ? string.Join('\n', lines[(index + 1)..]) : "";
        var question = target.IndexOf('?');
        return new SigV4Request(
            method,
            question < 0 ? target : target[..question],
            question < 0 ? "" : target[(question + 1)..],
            headers,
            Encoding.UTF8.GetBytes(body));
    }

    public static IEnumerable<string> Directories(string suiteRoot) =>
        Directory.EnumerateDirectories(suiteRoot, "*", SearchOption.AllDirectories)
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".sreq")))
            .Order(StringComparer.Ordinal);

    public override string ToString() => Name;
}
