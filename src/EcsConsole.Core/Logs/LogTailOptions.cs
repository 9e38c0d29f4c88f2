namespace EcsConsole.Core.Logs;

/// <summary>Bound from the <c>LogTail</c> configuration section.</summary>
public sealed class LogTailOptions
{
    public const string SectionName = "LogTail";

    /// <summary>Wait between two rounds once every stream has been read to its end.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Events per GetLogEvents page.</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>Pages read from one stream per round, so a chatty container cannot starve the others.</summary>
    public int MaxPagesPerRound { get; set; } = 10;

    /// <summary>At most this many matches a search returns.</summary>
    public int MaxSearchResults { get; set; } = 500;
}
