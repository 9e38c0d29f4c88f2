using System.Text.Json;
using System.Text.Json.Serialization;
using EcsConsole.Sandbox.Engine;

namespace EcsConsole.Sandbox.Persistence;

/// <summary>
/// The sandbox's state as JSON: every public property of <see cref="SandboxState"/> and what hangs off it, read back into
/// the same classes (get-only collections are filled in place). Unknown members are refused, so a file written by another
/// version of the sandbox is set aside rather than half read. Knows nothing of files; see <see cref="SandboxStateFile"/>.
/// </summary>
public static class SandboxStateSerializer
{
    private static readonly JsonSerializerOptions Options = Create(TimeSpan.Zero);

    public static string Serialize(SandboxState state) => JsonSerializer.Serialize(state, Options);

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    /// <param name="shift">Added to every timestamp read, so a state saved at one simulated time resumes at another.</param>
    public static SandboxState Deserialize(string json, TimeSpan shift = default) =>
        JsonSerializer.Deserialize<SandboxState>(json, shift == TimeSpan.Zero ? Options : Create(shift)) ?? throw new JsonException("The sandbox state is null.");

    public static T FromElement<T>(JsonElement element, TimeSpan shift = default) =>
        element.Deserialize<T>(shift == TimeSpan.Zero ? Options : Create(shift)) ?? throw new JsonException($"The sandbox's {typeof(T).Name} is null.");

    private static JsonSerializerOptions Create(TimeSpan shift) => new()
    {
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(), new ShiftedTimestamps(shift) },
    };

    /// <summary>Round-trip timestamps, moved by a fixed amount on reading.</summary>
    private sealed class ShiftedTimestamps(TimeSpan shift) : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset() + shift;

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
