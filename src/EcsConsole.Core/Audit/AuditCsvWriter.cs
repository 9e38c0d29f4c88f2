using System.Globalization;
using System.Text;

namespace EcsConsole.Core.Audit;

/// <summary>Writes audit entries as RFC 4180 CSV (where each action ran, its connection, partition, account and region, last), guarding against formula injection when opened in a spreadsheet.</summary>
public static class AuditCsvWriter
{
    public static readonly string Header = "Id,At,Actor,Role,Operation,Target,Outcome,Error,AwsRequestIds,Note,Parameters,Connection,Partition,Account,Region";

    public static async Task WriteAsync(IAsyncEnumerable<AuditEntry> entries, TextWriter writer, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(Header + "\r\n");
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(FormatRow(entry) + "\r\n");
        }

        await writer.FlushAsync(cancellationToken);
    }

    public static string FormatRow(AuditEntry entry) => string.Join(',',
        entry.Id.ToString(CultureInfo.InvariantCulture),
        entry.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        Cell(entry.Actor),
        Cell(entry.Role?.ToString()),
        Cell(entry.Operation),
        Cell(entry.Target),
        entry.Outcome.ToString(),
        Cell(entry.Error),
        Cell(string.Join(' ', entry.AwsRequestIds)),
        Cell(entry.Note),
        Cell(entry.Parameters),
        Cell(entry.ConnectionName),
        Cell(entry.Partition),
        Cell(entry.AccountId),
        Cell(entry.Region));

    /// <summary>Quotes a cell when needed; a leading = + - @ (or tab/CR) gets a quote mark so spreadsheets do not run it as a formula.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        var text = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        if (text.IndexOfAny([',', '"', '\r', '\n']) < 0) return text;
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        quoted.Append(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        return quoted.Append('"').ToString();
    }
}
