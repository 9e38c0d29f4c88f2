using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EcsConsole.Aws.Json;

/// <summary>
/// System.Text.Json settings of the AWS JSON protocol: model member names come from attributes, nulls are omitted.
/// Writing is exact. Reading is tolerant, as the AWS SDKs are: unknown members are ignored, scalars of another JSON kind
/// are coerced when nothing is lost (<c>0</c> for a string reads "0", <c>"5"</c> for an integer reads 5, <c>"true"</c> for
/// a boolean reads true), timestamps are epoch seconds (number or string) or ISO 8601, and JSON null for a member our
/// record declares non-nullable keeps the record's default. Elements that still cannot be read are skipped by
/// <see cref="AwsResponseReader"/>, not here.
/// </summary>
public static class AwsJsonSerializer
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,

            // Explicit, so the wire layer keeps working in hosts that turn reflection-based serialization off by default.
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepDefaultsOfNonNullableMembers } },
        };
        options.Converters.Add(new EpochSecondsConverter());
        options.Converters.Add(new TolerantStringConverter());
        options.Converters.Add(new TolerantBooleanConverter());
        options.Converters.Add(new TolerantInt32Converter());
        options.Converters.Add(new TolerantInt64Converter());
        options.Converters.Add(new TolerantDoubleConverter());
        options.Converters.Add(new TolerantDecimalConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    // A record member declared non-nullable (string Type = "", IReadOnlyList<string> Subnets = []) keeps its default when
    // an endpoint sends null, so callers can rely on the declaration.
    private static void KeepDefaultsOfNonNullableMembers(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is not { } set || property.PropertyType.IsValueType
                || property.AttributeProvider is not PropertyInfo member
                || new NullabilityInfoContext().Create(member).WriteState != NullabilityState.NotNull)
            {
                continue;
            }

            property.Set = (target, value) =>
            {
                if (value is not null)
                {
                    set(target, value);
                }
            };
        }
    }
}
