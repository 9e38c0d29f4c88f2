using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecr;

namespace EcsConsole.Sandbox.Seed;

internal sealed partial class SandboxSeeder
{
    private static readonly string[] Severities = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL"];

    private void SeedRepository(SeedApplication application)
    {
        var repository = new RepositoryState
        {
            Name = application.Name,
            Arn = Arns.Repository(application.Name),
            RegistryId = Arns.AccountId,
            Uri = Arns.RepositoryUri(application.Name),
            CreatedAt = now - TimeSpan.FromDays(120) + TimeSpan.FromHours(Ids.Random.Next(0, 48)),
        };

        // One release every few days, the newest two days ago; "latest" follows the newest.
        var count = application.Versions.Count;
        for (var i = 0; i < count; i++)
        {
            var pushedAt = now - TimeSpan.FromDays(2 + ((count - 1 - i) * 4)) - TimeSpan.FromMinutes(Ids.Random.Next(0, 600));
            var tags = new List<string> { application.Versions[i] };
            if (i == count - 1)
            {
                tags.Add("latest");
            }

            repository.Images.Add(NewImage(tags, pushedAt, scanned: i >= count - 4, exitsAtStart: false));
        }

        // An image whose container exits at start, to demonstrate failed deployments and the circuit breaker.
        repository.Images.Add(NewImage(["broken"], now - TimeSpan.FromDays(1), scanned: false, exitsAtStart: true));
        State.Repositories.Add(repository);
    }

    private ImageState NewImage(List<string> tags, DateTimeOffset pushedAt, bool scanned, bool exitsAtStart)
    {
        // Same draws from the seeded random as before manifests existed, so seeded fleets stay as they were.
        var seed = Ids.Hex(64);
        var size = Ids.Random.Next(60_000_000, 260_000_000);
        var manifest = ImageManifests.Create(seed, size, exitsAtStart);
        return new ImageState
        {
            Digest = ImageManifests.Digest(manifest),
            Manifest = manifest,
            Tags = tags,
            SizeInBytes = size,
            PushedAt = pushedAt,
            ExitsAtStart = exitsAtStart,
            Scan = scanned ? NewScan(pushedAt) : null,
        };
    }

    private ImageScanState NewScan(DateTimeOffset pushedAt)
    {
        var counts = new Dictionary<string, int>();
        foreach (var severity in Severities)
        {
            var found = severity == "CRITICAL" ? Ids.Random.Next(0, 2) : Ids.Random.Next(0, 9);
            if (found > 0)
            {
                counts[severity] = found;
            }
        }

        return new ImageScanState("COMPLETE", "The scan was completed successfully.", pushedAt + TimeSpan.FromMinutes(3), counts);
    }
}
