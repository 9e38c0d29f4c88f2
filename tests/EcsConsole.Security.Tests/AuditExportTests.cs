using System.Text.Json;
using EcsConsole.Core.Audit;
using EcsConsole.Core.Security;

namespace EcsConsole.Security.Tests;

public sealed class AuditExportTests
{
    private static readonly AuditEntry Entry = new()
    {
        Id = 42,
        At = new DateTimeOffset(2026, 11, 27, 9, 30, 0, TimeSpan.Zero),
        Actor = "olga",
        Role = ConsoleRole.Operator,
        Operation = "Service.Scale",
        Target = "prod/users",
        Parameters = """{"desiredCount":3,"note":"a, \"quoted\" word"}""",
        Outcome = AuditOutcome.Failed,
        Error = "=HYPERLINK(\"http://evil\")",
        AwsRequestIds = ["r-1", "r-2"],
        Note = "line one\nline two",
        ConnectionName = "platform",
        Partition = "aws",
        AccountId = "222222222222",
        Region = "eu-west-1",
    };

    private static async IAsyncEnumerable<AuditEntry> Entries(params AuditEntry[] entries)
    {
        foreach (var entry in entries)
        {
            await Task.Yield();
            yield return entry;
        }
    }

    [Fact]
    public void FormatRow_SpecialCharacters_QuotesAndNeutralisesFormulas()
    {
        var row = AuditCsvWriter.FormatRow(Entry);

        Assert.StartsWith("42,2026-11-27T09:30:00.000Z,olga,Operator,Service.Scale,prod/users,Failed,", row);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", row);
        Assert.Contains("\"line one\nline two\"", row);
        Assert.Contains("r-1 r-2", row);
        Assert.EndsWith("\"{\"\"desiredCount\"\":3,\"\"note\"\":\"\"a, \\\"\"quoted\\\"\" word\"\"}\",platform,aws,222222222222,eu-west-1", row);
    }

    [Theory]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("plain", "plain")]
    [InlineData(null, "")]
    public void Cell_LeadingFormulaCharacter_IsPrefixed(string? value, string expected)
    {
        Assert.Equal(expected, AuditCsvWriter.Cell(value));
    }

    [Fact]
    public async Task WriteAsync_Csv_WritesHeaderAndOneLinePerEntry()
    {
        await using var text = new StringWriter();

        await AuditCsvWriter.WriteAsync(Entries(Entry, new AuditEntry { Actor = "vera", Operation = "Rollback", Target = "t", Id = 43 }), text, CancellationToken.None);

        var lines = text.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(AuditCsvWriter.Header, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("43,", lines[2]);
        Assert.EndsWith(",platform,aws,222222222222,eu-west-1", lines[1]);
        Assert.EndsWith(",,,,", lines[2]);
    }

    [Fact]
    public async Task WriteAsync_Json_WritesArrayWithParametersAsJson()
    {
        await using var stream = new MemoryStream();

        await AuditJsonWriter.WriteAsync(Entries(Entry), stream, CancellationToken.None);

        using var document = JsonDocument.Parse(stream.ToArray());
        var entry = Assert.Single(document.RootElement.EnumerateArray().ToList());
        Assert.Equal(42, entry.GetProperty("id").GetInt64());
        Assert.Equal("Failed", entry.GetProperty("outcome").GetString());
        Assert.Equal("platform", entry.GetProperty("connection").GetString());
        Assert.Equal("222222222222", entry.GetProperty("account").GetString());
        Assert.Equal("eu-west-1", entry.GetProperty("region").GetString());
        Assert.Equal(3, entry.GetProperty("parameters").GetProperty("desiredCount").GetInt32());
        Assert.Equal(["r-1", "r-2"], entry.GetProperty("awsRequestIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Entry.At, entry.GetProperty("at").GetDateTimeOffset());
    }
}
