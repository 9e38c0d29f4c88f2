using System.Text.Json;
using System.Text.Json.Serialization;

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
        };
        options.Converters.Add(new EpochSecondsConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
