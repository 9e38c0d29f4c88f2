using System.Globalization;
using System.Text;
using EcsConsole.Core.Audit;

namespace EcsConsole.Web.Security;

/// <summary>CSV and JSON downloads of the audit trail with the audit page's filters as query parameters.</summary>
public static class AuditExportEndpoints
{
    public const string CsvPath = ConsoleRoutes.AuditExportCsv;
    public const string JsonPath = ConsoleRoutes.AuditExportJson;

    public static IEndpointRouteBuilder MapAuditExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvPath, async (HttpContext http, IAuditTrail audit, TimeProvider time) =>
        {
            var query = ParseQuery(http.Request.Query);
            NoStore(http);
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(time, "csv")}\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await AuditCsvWriter.WriteAsync(audit.ExportAsync(query, http.RequestAborted), writer, http.RequestAborted);
        });
        endpoints.MapGet(JsonPath, async (HttpContext http, IAuditTrail audit, TimeProvider time) =>
        {
            var query = ParseQuery(http.Request.Query);
            NoStore(http);
            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(time, "json")}\"";
            await AuditJsonWriter.WriteAsync(audit.ExportAsync(query, http.RequestAborted), http.Response.Body, http.RequestAborted);
        });
        return endpoints;
    }

    /// <summary>Reads the filters the audit page puts in its export links; unparseable values are ignored, not guessed.</summary>
    public static AuditQuery ParseQuery(IQueryCollection query) => new()
    {
        Actor = Text(query, "actor"),
        Operation = Text(query, "operation"),
        Outcome = Enum.TryParse<AuditOutcome>(Text(query, "outcome"), ignoreCase: true, out var outcome) ? outcome : null,
        Text = Text(query, "text"),
        From = Instant(query, "from"),
        To = Instant(query, "to"),
    };

    /// <summary>The query string that <see cref="ParseQuery"/> reads back, for links from the audit page.</summary>
    public static string ToQueryString(AuditQuery query)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) pairs.Add(new(key, value));
        }

        Add("actor", query.Actor);
        Add("operation", query.Operation);
        Add("outcome", query.Outcome?.ToString());
        Add("text", query.Text);
        Add("from", query.From?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        Add("to", query.To?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        return QueryString.Create(pairs).ToUriComponent();
    }

    // The trail names people and what they did: no browser or proxy cache may keep a copy.
    private static void NoStore(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
    }

    private static string? Text(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value.ToString()) ? value.ToString().Trim() : null;

    private static DateTimeOffset? Instant(IQueryCollection query, string key) =>
        DateTimeOffset.TryParse(Text(query, key), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static string FileName(TimeProvider time, string extension) =>
        $"ecsconsole-audit-{time.GetUtcNow():yyyyMMdd-HHmmss}.{extension}";
}
