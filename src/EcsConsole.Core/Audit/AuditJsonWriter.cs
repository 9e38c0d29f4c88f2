using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsConsole.Core.Audit;

/// <summary>Writes audit entries as a JSON array, streaming, with the stored (redacted) parameters embedded as JSON.</summary>
public static class AuditJsonWriter
{
    public static async Task WriteAsync(IAsyncEnumerable<AuditEntry> entries, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            WriteEntry(json, entry);
            if (json.BytesPending > 16 * 1024) await json.FlushAsync(cancellationToken);
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteEntry(Utf8JsonWriter json, AuditEntry entry)
    {
        json.WriteStartObject();
        json.WriteNumber("id", entry.Id);
        json.WriteString("at", entry.At.ToUniversalTime());
        json.WriteString("actor", entry.Actor);
        json.WriteString("role", entry.Role?.ToString());
        json.WriteString("operation", entry.Operation);
        json.WriteString("target", entry.Target);
        json.WriteString("outcome", entry.Outcome.ToString());
        json.WriteString("error", entry.Error);
        json.WriteStartArray("awsRequestIds");
        foreach (var id in entry.AwsRequestIds) json.WriteStringValue(id);
        json.WriteEndArray();
        json.WriteString("note", entry.Note);
        json.WriteString("connection", entry.ConnectionName);
        json.WriteString("partition", entry.Partition);
        json.WriteString("account", entry.AccountId);
        json.WriteString("region", entry.Region);
        json.WritePropertyName("parameters");
        WriteParameters(json, entry.Parameters);
        json.WriteEndObject();
    }

    private static void WriteParameters(Utf8JsonWriter json, string? parameters)
    {
        if (parameters is null)
        {
            json.WriteNullValue();
            return;
        }

        try
        {
            var node = JsonNode.Parse(parameters);
            if (node is null) json.WriteNullValue();
            else node.WriteTo(json);
        }
        catch (JsonException)
        {
            // Stored text that is not JSON is still exported, as a string.
            json.WriteStringValue(parameters);
        }
    }
}
