namespace EcsConsole.Core.Security;

/// <summary>Rules for local accounts (section <c>Auth:LocalAccounts</c>).</summary>
public sealed class LocalAccountOptions
{
    public const string SectionName = "Auth:LocalAccounts";

    /// <summary>Failed sign-ins in a row that cost nothing; each one after that makes the name wait before the next check.</summary>
    public int FailuresBeforeDelay { get; set; } = 3;

    /// <summary>The wait after the first failure past <see cref="FailuresBeforeDelay"/>; it doubles with each further failure.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait, however many failures; short enough that nobody can lock an administrator out for long.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    public int MinimumPasswordLength { get; set; } = 12;

    /// <summary>The wait before the next password check after <paramref name="failures"/> failures in a row.</summary>
    public TimeSpan DelayAfter(int failures)
    {
        var over = failures - FailuresBeforeDelay;
        if (over <= 0) return TimeSpan.Zero;
        var doublings = Math.Min(over - 1, 30);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay > MaxDelay ? MaxDelay : delay;
    }
}
