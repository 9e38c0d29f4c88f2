using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Sandbox.Persistence;

/// <summary>
/// The file one sandbox account's state in one region lives in, in a directory beside the console's store:
/// <c>sandbox-state-&lt;account id&gt;.json</c> for the home region (with the account's IAM),
/// <c>sandbox-state-&lt;account id&gt;-&lt;region&gt;.json</c> for a further region, so each engine keeps its own. Written whole to a temporary file and renamed over the old one,
/// so a crash mid-write leaves the previous state. A file that cannot be read back (corrupt, another format, another
/// account or region) is renamed aside with a warning and the sandbox starts from its seed.
/// </summary>
/// <param name="region">The region the state must be of; null reads the home file whatever region it holds.</param>
/// <param name="homeRegion">False names the file after <paramref name="region"/>; the home region's file keeps the name it had before regions.</param>
public sealed class SandboxStateFile(string directory, string accountId, ILogger logger, string? region = null, bool homeRegion = true)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetFullPath(directory),
        homeRegion || region is null ? $"sandbox-state-{accountId}.json" : $"sandbox-state-{accountId}-{region}.json");

    /// <summary>The saved snapshot, or null when there is none or it was set aside.</summary>
    public SandboxSnapshot? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        string? problem;
        try
        {
            var snapshot = JsonSerializer.Deserialize<SandboxSnapshot>(File.ReadAllText(Path), Options);
            problem = snapshot switch
            {
                null => "it is empty",
                { Format: not SandboxSnapshot.CurrentFormat } => $"it has format {snapshot.Format}, this sandbox reads {SandboxSnapshot.CurrentFormat}",
                _ when snapshot.AccountId != accountId => $"it belongs to account {snapshot.AccountId}",
                _ when region is not null && snapshot.Region != region => $"it holds region {snapshot.Region}, not {region}",
                _ => null,
            };
            if (problem is null)
            {
                return snapshot;
            }
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problem = $"it cannot be read ({error.Message})";
        }

        SetAside(problem);
        return null;
    }

    /// <summary>Called when the snapshot was read but its content could not be restored.</summary>
    public void SetAside(string problem)
    {
        var aside = $"{Path}.unreadable-{DateTime.UtcNow:yyyyMMddTHHmmss}";
        try
        {
            File.Move(Path, aside, overwrite: true);
            logger.LogWarning("Sandbox state {File} was set aside as {Aside} because {Problem}; the sandbox starts from its seed", Path, aside, problem);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(error, "Sandbox state {File} is not used because {Problem}, and could not be set aside; the sandbox starts from its seed", Path, problem);
        }
    }

    public void Save(SandboxSnapshot snapshot)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = $"{Path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(snapshot, Options));
        File.Move(temporary, Path, overwrite: true);
    }
}
