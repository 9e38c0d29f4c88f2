using System.Collections.Immutable;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using EcsConsole.Core.Fleet;
using EcsConsole.Core.Live;
namespace EcsConsole.Core.Store;

/// <summary>
/// A fleet snapshot's clusters and services as gzip-compressed JSON, for the store. The timeline's activity is not kept:
/// it comes with the next fresh read.
/// </summary>
internal static class FleetSnapshotCodec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ValueListConverterFactory() },
    };

    public static byte[] Encode(FleetSnapshot snapshot)
    {
        var body = new Body(snapshot.Clusters, snapshot.ServicesByCluster.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(gzip, body, Json);
        }
        return buffer.ToArray();
    }

    /// <summary>Throws <see cref="InvalidDataException"/> or <see cref="JsonException"/> when the payload is not a kept snapshot.</summary>
    public static FleetSnapshot Decode(byte[] payload)
    {
        using var gzip = new GZipStream(new MemoryStream(payload), CompressionMode.Decompress);
        var body = JsonSerializer.Deserialize<Body>(gzip, Json) ?? throw new InvalidDataException("The kept fleet snapshot is empty.");
        return new FleetSnapshot(
            body.Clusters.IsDefault ? [] : body.Clusters,
            (body.Services ?? []).ToImmutableDictionary(p => p.Key, p => p.Value.IsDefault ? [] : p.Value, StringComparer.Ordinal));
    }

    private sealed record Body(ImmutableArray<ClusterSummary> Clusters, Dictionary<string, ImmutableArray<ServiceSummary>>? Services);

    private sealed class ValueListConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ValueListConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class ValueListConverter<T> : JsonConverter<ValueList<T>>
    {
        public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<List<T>>(ref reader, options) ?? []);

        public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, (IReadOnlyList<T>)value, options);
    }
}
