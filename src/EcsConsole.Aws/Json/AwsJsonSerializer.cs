using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EcsConsole.Aws.Json;

/// <summary>System.Text.Json settings of the AWS JSON protocol: model member names come from attributes, nulls are omitted.</summary>
public static class AwsJsonSerializer
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Responses may carry members newer than our records; unknown ones are ignored (the default).
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,

            // Explicit, so the wire layer keeps working in hosts that turn reflection-based serialization off by default.
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new EpochSecondsConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
