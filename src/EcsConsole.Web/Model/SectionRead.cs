using EcsConsole.Core.Fleet;
using EcsConsole.Core.Problems;
namespace EcsConsole.Web.Model;

/// <summary>
/// One read of a page section that may fail on its own: the value, or why it could not be read, so a page can show the
/// sections that were read and mark the one that was not.
/// </summary>
public static class SectionRead
{
    /// <summary>Runs the read; a failure (other than the page closing) comes back as a problem naming <paramref name="what"/>.</summary>
    public static async Task<(T? Value, AwsProblem? Problem)> TryAsync<T>(string what, Func<Task<T>> read)
        where T : class
    {
        try
        {
            return (await read(), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, AwsProblems.Describe(new FleetReadException(what, ex)));
        }
    }
}
