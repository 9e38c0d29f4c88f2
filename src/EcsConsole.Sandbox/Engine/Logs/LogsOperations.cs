
namespace EcsConsole.Sandbox.Engine.Logs;

public sealed partial class LogsOperations(SandboxEngine engine) : AwsServiceOperations(engine)
{
    private static readonly int[] RetentionDays = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    /// <summary>Creates an empty log group, as CloudWatch Logs CreateLogGroup (events never expire until a retention policy is set).</summary>
    public void CreateLogGroup(string name, IReadOnlyDictionary<string, string> tags) =>
        Write((sim, now) =>
        {
            if (name.Length is 0 or > 512)
            {
                throw SandboxErrors.InvalidParameter("1 validation error detected: Value at 'logGroupName' failed to satisfy constraint: Member must have length between 1 and 512");
            }

            if (LogCatalog.Groups(sim.State).Any(g => g.Name == name))
            {
                throw new SandboxApiException("ResourceAlreadyExistsException", "The specified log group already exists");
            }

            sim.State.DeletedLogGroups.Remove(name);
            sim.State.LogGroupSettings[name] = new LogGroupSettings { CreatedAt = now, Tags = new Dictionary<string, string>(tags) };
            return true;
        });

    /// <summary>Deletes a log group with its events, as CloudWatch Logs DeleteLogGroup.</summary>
    public void DeleteLogGroup(string name) =>
        Write((sim, _) =>
        {
            if (!LogCatalog.Groups(sim.State).Any(g => g.Name == name))
            {
                throw new SandboxApiException("ResourceNotFoundException", "The specified log group does not exist.");
            }

            sim.State.LogGroupSettings.Remove(name);
            sim.State.DeletedLogGroups.Add(name);
            return true;
        });

    public void PutRetentionPolicy(string name, int retentionInDays) =>
        Write((sim, now) =>
        {
            if (!RetentionDays.Contains(retentionInDays))
            {
                throw SandboxErrors.InvalidParameter($"1 validation error detected: Value '{retentionInDays}' at 'retentionInDays' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", RetentionDays)}]");
            }

            var group = LogCatalog.Groups(sim.State).FirstOrDefault(g => g.Name == name)
                ?? throw new SandboxApiException("ResourceNotFoundException", "The specified log group does not exist.");
            if (!sim.State.LogGroupSettings.TryGetValue(name, out var settings))
            {
                settings = new LogGroupSettings { CreatedAt = group.CreatedAt };
                sim.State.LogGroupSettings[name] = settings;
            }

            settings.RetentionInDays = retentionInDays;
            return true;
        });
}
