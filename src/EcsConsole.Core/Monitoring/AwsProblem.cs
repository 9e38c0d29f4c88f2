namespace EcsConsole.Core.Monitoring;

/// <summary>
/// An AWS failure told for people: what the console was doing, AWS's own error code and message, and what to do next.
/// </summary>
public sealed record AwsProblem(string What, string? Code, string Message, string? RequestId, string Advice)
{
    public override string ToString() =>
        Code is null
            ? $"{What} failed: {Message}. {Advice}"
            : $"{What} failed: {Code}: {Message}. {Advice}";
}
