using System.Globalization;
using EcsConsole.Aws.Budget;

namespace EcsConsole.Web.Extensions;

public static class RateBudgetExtensions
{
    public const string SectionName = "Aws:RateBudget";

    /// <summary>
    /// Registers the AWS rate budget's options from <c>Aws:RateBudget</c> (before <c>AddAwsClients</c>, which keeps them):
    /// <c>Enabled</c>, <c>Share</c> and, per bucket, <c>&lt;service&gt;:&lt;category&gt;:Rate</c> and <c>:Burst</c>. A figure
    /// that cannot make a bucket stops the start with what to fix.
    /// </summary>
    public static WebApplicationBuilder AddAwsRateBudget(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(Read(builder.Configuration.GetSection(SectionName)));
        return builder;
    }

    public static AwsRateBudgetOptions Read(IConfigurationSection section)
    {
        var defaults = new AwsRateBudgetOptions();
        var limits = new Dictionary<string, AwsRateLimit>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in section.GetChildren().Where(child => child.Value is null))
        {
            foreach (var category in service.GetChildren())
            {
                var name = $"{service.Key}:{category.Key}";
                limits[name] = new AwsRateLimit(
                    Number(category, "Rate", name),
                    (int)Number(category, "Burst", name));
            }
        }

        return new AwsRateBudgetOptions
        {
            Enabled = Flag(section, "Enabled") ?? defaults.Enabled,
            Share = section["Share"] is { } share ? Parse(share, $"{SectionName}:Share") : defaults.Share,
            Limits = limits,
        }.Validated();
    }

    private static bool? Flag(IConfigurationSection section, string key) => section[key] switch
    {
        null => null,
        var text when bool.TryParse(text, out var value) => value,
        var text => throw new InvalidOperationException($"{SectionName}:{key} is '{text}'; set it to true or false."),
    };

    private static double Number(IConfigurationSection category, string key, string name) =>
        category[key] is { } text
            ? Parse(text, $"{SectionName}:{name}:{key}")
            : throw new InvalidOperationException($"{SectionName}:{name} needs both Rate (requests per second) and Burst (requests at once); {key} is missing.");

    private static double Parse(string text, string setting) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"{setting} is '{text}'; give a number such as 5 or 2.5.");
}
