using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

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
        Relinked(JsonSerializer.Deserialize<SandboxState>(json, shift == TimeSpan.Zero ? Options : Create(shift)) ?? throw new JsonException("The sandbox state is null."));

    public static T FromElement<T>(JsonElement element, TimeSpan shift = default)
    {
        var value = element.Deserialize<T>(shift == TimeSpan.Zero ? Options : Create(shift)) ?? throw new JsonException($"The sandbox's {typeof(T).Name} is null.");
        return value is SandboxState state ? (T)(object)Relinked(state) : value;
    }

    /// <summary>
    /// JSON writes an object held in two places twice; the engine shares these, so they are made one again: a service's
    /// deployments in flight are the same objects as the newest entries of its deployment history, and a rollback's
    /// <see cref="DeploymentState.RollsBack"/> is the deployment the service holds.
    /// </summary>
    private static SandboxState Relinked(SandboxState state)
    {
        foreach (var service in state.Clusters.SelectMany(c => c.Services))
        {
            for (var i = 0; i < service.DeploymentHistory.Count; i++)
            {
                if (service.Deployments.FirstOrDefault(d => d.Id == service.DeploymentHistory[i].Id) is { } live)
                {
                    service.DeploymentHistory[i] = live;
                }
            }

            // A rollback deployment names the one it rolls back, which is still held by the service.
            foreach (var deployment in service.Deployments.Concat(service.DeploymentHistory))
            {
                if (deployment.RollsBack is { } rolledBack
                    && service.Deployments.Concat(service.DeploymentHistory).FirstOrDefault(d => d.Id == rolledBack.Id && !ReferenceEquals(d, rolledBack)) is { } held)
                {
                    deployment.RollsBack = held;
                }
            }
        }

        return state;
    }

    private static JsonSerializerOptions Create(TimeSpan shift) => new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { FillGetOnlyMembersInPlace } },
        Converters = { new JsonStringEnumConverter(), new ShiftedTimestamps(shift) },
    };

    /// <summary>
    /// A get-only auto-property (<c>List&lt;T&gt; Tasks { get; } = []</c>, <c>Ec2State Ec2 { get; } = new()</c>) belongs to
    /// its owner and is filled in place; a settable one is replaced, since its default may be an instance shared by all
    /// owners; a computed one (<c>Primary =&gt; Deployments[0]</c>) is derived from the rest and not saved at all.
    /// </summary>
    private static void FillGetOnlyMembersInPlace(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object || type.Type.Assembly != typeof(SandboxState).Assembly)
        {
            return;
        }

        foreach (var property in type.Properties.ToList())
        {
            if (property.Set is not null || property.AttributeProvider is not PropertyInfo member)
            {
                continue;
            }

            var stored = member.DeclaringType?.GetField($"<{member.Name}>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic) is not null;
            if (!stored)
            {
                type.Properties.Remove(property);
            }
            else if (!property.PropertyType.IsValueType && property.PropertyType != typeof(string))
            {
                property.ObjectCreationHandling = JsonObjectCreationHandling.Populate;
            }
        }
    }

    /// <summary>Round-trip timestamps, moved by a fixed amount on reading.</summary>
    private sealed class ShiftedTimestamps(TimeSpan shift) : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset() + shift;

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
