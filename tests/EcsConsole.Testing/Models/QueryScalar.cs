using System.Globalization;

namespace EcsConsole.Testing;

/// <summary>Checks a scalar carried as text (Query form values and XML element text) against its shape.</summary>
internal static class QueryScalar
{
    public static void Check(string path, ShapeModel shape, string value, MemberModel? reference, List<string> errors)
    {
        switch (shape.Type)
        {
            case "string":
                ScalarRules.CheckString(path, shape, value, errors);
                break;
            case "integer" or "long" or "short" or "byte":
                if (decimal.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integral))
                {
                    ScalarRules.CheckRange(path, shape, integral, errors);
                }
                else
                {
                    errors.Add($"{path}: '{value}' is not an integer ({shape.Name})");
                }

                break;
            case "float" or "double":
                if (value is not ("NaN" or "Infinity" or "-Infinity")
                    && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    errors.Add($"{path}: '{value}' is not a number ({shape.Name})");
                }

                break;
            case "boolean":
                if (value is not ("true" or "false"))
                {
                    errors.Add($"{path}: '{value}' is not 'true' or 'false' ({shape.Name})");
                }

                break;
            case "timestamp":
                var format = reference?.TimestampFormat ?? shape.TimestampFormat ?? "iso8601";
                var valid = format switch
                {
                    "unixTimestamp" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                    "rfc822" => ScalarRules.IsHttpDate(value),
                    _ => ScalarRules.IsIso8601(value),
                };
                if (!valid)
                {
                    errors.Add($"{path}: '{value}' is not a {format} timestamp ({shape.Name})");
                }

                break;
            case "blob":
                if (!ScalarRules.IsBase64(value))
                {
                    errors.Add($"{path}: '{value}' is not base64 ({shape.Name})");
                }

                break;
            default:
                errors.Add($"{path}: a value was given for {shape.Type} {shape.Name}");
                break;
        }
    }
}
