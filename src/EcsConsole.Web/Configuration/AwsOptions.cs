namespace EcsConsole.Web.Configuration;

/// <summary>Bound from the <c>Aws</c> configuration section.</summary>
public sealed class AwsOptions
{
    public const string SectionName = "Aws";

    /// <summary><c>Sandbox</c>, <c>Aws</c> or <c>Auto</c> (AWS when credentials resolve, else the embedded sandbox).</summary>
    public string Mode { get; set; } = "Auto";

    public string? Region { get; set; }

    public string? Profile { get; set; }

    public string? EndpointUrl { get; set; }
}
