namespace EcsConsole.Sandbox;

/// <summary>
/// Quirks of a real or independent AWS-compatible endpoint the sandbox can play, so the console can be proven against
/// answers that differ from its own sandbox's: scalars of the other kind, members and enum values it does not know,
/// optional members left out, operations the endpoint does not offer. Off unless <see cref="Enabled"/>; the other
/// defaults form the "issue 12" profile. Every choice is drawn from <see cref="Seed"/> and the member's path, so the
/// same seed gives the same answers. Only the serialized answer changes: the simulation's state never does.
/// </summary>
public sealed record SandboxQuirks
{
    /// <summary>Plays the quirks below; with this off every answer is exactly what the sandbox always sends.</summary>
    public bool Enabled { get; init; }

    /// <summary>Seed of the per-member choices (which members flip kind or go missing, what the added members hold).</summary>
    public int Seed { get; init; } = 12;

    /// <summary>Share in [0, 1] of the candidate member paths the seeded choices touch (scalar kinds, dropped members).</summary>
    public double Share { get; init; } = 0.25;

    /// <summary>
    /// Numbers held in strings become numbers (a container's <c>cpu</c> always does, as one endpoint sent it), and a share of
    /// integral numbers become numeric strings and of booleans the strings "true" / "false".
    /// </summary>
    public bool ScalarKinds { get; init; } = true;

    /// <summary>Every object of a JSON answer gets a member no model names (maps, whose keys are data, are left alone).</summary>
    public bool UnknownMembers { get; init; } = true;

    /// <summary>Display-only enum members (<see cref="Quirks.QuirkMembers.DisplayOnlyEnums"/>) carry a value no model lists.</summary>
    public bool UnknownEnumValues { get; init; } = true;

    /// <summary>A share of optional scalar members is left out; model-required members and identifiers never are.</summary>
    public bool DropOptionalMembers { get; init; } = true;

    /// <summary>ECS UpdateService answers without <c>service.currentServiceDeployment</c> (the deployment still starts).</summary>
    public bool OmitCurrentServiceDeployment { get; init; } = true;

    /// <summary>Comma-separated operation names answered with an HTML 500 page, as a proxy in front of an endpoint does.</summary>
    public string HtmlErrorOperations { get; init; } = "ListServiceDeployments,DescribeServiceDeployments";

    /// <summary>Comma-separated operation names answered with UnknownOperationException (Query: InvalidAction), status 400.</summary>
    public string UnknownOperations { get; init; } = "";

    /// <summary>True when <paramref name="operation"/> is listed in <paramref name="operations"/> (a comma-separated list).</summary>
    internal static bool Lists(string operations, string operation) =>
        operations.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(operation, StringComparer.Ordinal);
}
