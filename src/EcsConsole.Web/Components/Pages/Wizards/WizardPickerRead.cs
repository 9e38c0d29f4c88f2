using EcsConsole.Aws;
using EcsConsole.Core.Wizards;

namespace EcsConsole.Web.Components.Pages.Wizards;

/// <summary>
/// One read behind a wizard picker: on failure it reports what failed in that call's own words; a transient failure
/// (throttling, a passing error, no network) is tried again a few times on the injected clock before the page offers its
/// Retry button. The form never waits for it.
/// </summary>
public static class WizardPickerRead
{
    public const int MaxAttempts = 4;

    /// <summary>Waits 1, 2, then 4 seconds between attempts.</summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Pow(2, attempt - 1));

    /// <param name="report">Told the problem after each failed attempt, and null once the read succeeded.</param>
    /// <returns>True when the read succeeded.</returns>
    public static async Task<bool> RunAsync(
        Func<CancellationToken, Task> read, string call, string? subject, Func<string?, Task> report, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await read(cancellationToken);
                await report(null);
                return true;
            }
            catch (AwsServiceException error)
            {
                var retrying = error.IsTransient && attempt < MaxAttempts;
                await report(WizardReadProblem.Describe(call, subject, error, retrying));
                if (!retrying)
                {
                    return false;
                }
            }

            await Task.Delay(Backoff(attempt), timeProvider, cancellationToken);
        }
    }
}
