using System.Security.Cryptography;
using System.Text;

namespace EcsConsole.Sandbox.Engine;

public sealed partial class SandboxEngine
{
    /// <summary>
    /// Simulates a pipeline pushing a new image to a sandbox ECR repository: the tags move to it from older images (a
    /// mutable repository), and it is scanned on push. An image tagged "broken" exits at start. Returns its digest.
    /// </summary>
    public string PushImage(string repository, params string[] tags) =>
        Write((sim, now) =>
        {
            var target = sim.State.FindRepository(repository)
                ?? throw new SandboxApiException("RepositoryNotFoundException", $"The repository with name '{repository}' does not exist in the registry with id '{Arns.AccountId}'");
            if (tags.Length == 0)
            {
                throw new SandboxApiException("InvalidParameterException", "An image pushed to the sandbox needs at least one tag.");
            }

            foreach (var older in target.Images)
            {
                older.Tags.RemoveAll(tags.Contains);
            }

            var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{repository}:{string.Join(',', tags)}:{now:O}")));
            target.Images.Add(new ImageState
            {
                Digest = digest,
                Tags = [.. tags],
                SizeInBytes = sim.Ids.Random.Next(60_000_000, 260_000_000),
                PushedAt = now,
                ExitsAtStart = tags.Contains("broken"),
                Scan = target.ScanOnPush ? new ImageScanState("COMPLETE", "The scan was completed successfully.", now, new Dictionary<string, int> { ["LOW"] = sim.Ids.Random.Next(0, 4) }) : null,
            });
            return digest;
        });
}
