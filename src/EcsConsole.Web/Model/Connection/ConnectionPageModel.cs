using EcsConsole.Core.Connection;

namespace EcsConsole.Web.Model.Connection;

/// <summary>
/// The Connection page: where the console acts (mode, account, region, endpoint) and, per AWS operation it has tried, what
/// works, what is derived and from what, and what is unavailable and why. Rebuilt from the service layer on every change.
/// </summary>
public sealed class ConnectionPageModel
{
    public string Mode { get; private set; } = "";

    public string Region { get; private set; } = "";

    /// <summary>The account id, or why it is not known ("sandbox", STS's failure).</summary>
    public string Account { get; private set; } = "";

    /// <summary>The endpoint override, or the region's standard AWS endpoints.</summary>
    public string Endpoint { get; private set; } = "";

    public IReadOnlyList<CapabilityRow> Operations { get; private set; } = [];

    public void Update(ConnectionIdentity identity, string? endpointUrl, IReadOnlyList<OperationCapability> capabilities)
    {
        Mode = identity.IsSandbox ? "Sandbox (the AWS-compatible endpoint inside the console)" : identity.ModeLabel;
        Region = identity.Region;
        Account = identity.Account ?? (identity.IsSandbox ? "sandbox account" : $"not known: {identity.Problem ?? "STS was not asked yet"}");
        Endpoint = endpointUrl ?? $"AWS's standard endpoints for {identity.Region}";
        Operations = [.. capabilities.Select(CapabilityRow.From)];
    }
}

/// <summary>One operation as the page lists it.</summary>
/// <param name="State">"works", "derived" or "unavailable".</param>
/// <param name="Detail">What replaces it and why, or empty when it works.</param>
public sealed record CapabilityRow(string Operation, string State, string Detail, DateTimeOffset LearntAt)
{
    public static CapabilityRow From(OperationCapability capability) => new(
        $"{capability.Service} {capability.Operation}",
        capability.State switch
        {
            CapabilityState.Works => "works",
            CapabilityState.Derived => "derived",
            _ => "unavailable",
        },
        capability.Reason is not { } reason
            ? ""
            : (capability.Fallback is { } fallback ? $"Shown from {fallback} instead: " : "Nothing replaces it: ")
              + $"{reason.Summary}. {reason.Message.TrimEnd('.')}." + (reason.RequestId is { } id ? $" Request id {id}." : "")
              + $" Tried again {ConnectionCapabilities.ReprobeInterval.TotalMinutes:0} minutes after it was learnt.",
        capability.LearntAt);
}
