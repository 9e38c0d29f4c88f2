namespace EcsConsole.Core.Security;

/// <summary>Parsing and comparison helpers for <see cref="ConsoleRole"/>; the role names double as claim values.</summary>
public static class ConsoleRoles
{
    public const string Viewer = nameof(ConsoleRole.Viewer);
    public const string Operator = nameof(ConsoleRole.Operator);
    public const string Admin = nameof(ConsoleRole.Admin);

    /// <summary>All roles, lowest first.</summary>
    public static IReadOnlyList<ConsoleRole> All { get; } = Enum.GetValues<ConsoleRole>().OrderBy(r => r).ToArray();

    public static bool Includes(this ConsoleRole held, ConsoleRole required) => held >= required;

    /// <summary>Parses a role name case-insensitively; unknown names give null rather than a default role.</summary>
    public static ConsoleRole? Parse(string? value) =>
        Enum.TryParse<ConsoleRole>(value?.Trim(), ignoreCase: true, out var role) && Enum.IsDefined(role) ? role : null;

    /// <summary>The highest role among several claim values, or null when none is a console role.</summary>
    public static ConsoleRole? Highest(IEnumerable<string?> values) =>
        values.Select(Parse).Where(r => r is not null).Max();
}
