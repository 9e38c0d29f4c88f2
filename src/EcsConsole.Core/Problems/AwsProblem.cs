using EcsConsole.Core.Text;

namespace EcsConsole.Core.Problems;

/// <summary>
/// An AWS failure told for people: what the console was doing, AWS's own error code and message, and what to do next.
/// </summary>
public sealed record AwsProblem(string What, string? Code, string Message, string? RequestId, string Advice)
{
    /// <summary>
    /// True when the same call can succeed later unchanged (throttling, a server fault, the network), so the console's
    /// retry is the remedy; false when something must change first (a permission, the credentials, the endpoint).
    /// </summary>
    public bool Transient { get; init; }

    /// <summary>The AWS operation that failed (for example <c>DescribeTasks</c>); null when the failure was not an AWS answer.</summary>
    public string? Operation { get; init; }

    /// <summary>"What failed (Code): message." as one sentence, without the advice.</summary>
    public string Failure => Sentences.End(Code is null ? $"{What} failed: {Message}" : $"{What} failed ({Code}): {Message}");

    /// <summary>"Retrying" or "Needs a fix", for the chip next to the problem.</summary>
    public string Persistence => Transient ? "Temporary: the console retries" : "Lasting: needs a change before it can succeed";

    public override string ToString() => Sentences.Join(
        Code is null ? $"{What} failed: {Message}" : $"{What} failed: {Code}: {Message}",
        Advice,
        RequestId is null ? null : $"Request id {RequestId}");
}
