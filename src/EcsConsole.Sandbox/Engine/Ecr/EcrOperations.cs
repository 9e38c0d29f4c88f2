namespace EcsConsole.Sandbox.Engine.Ecr;

public sealed partial class EcrOperations(SandboxEngine engine) : AwsServiceOperations(engine)
{
    /// <summary>
    /// Simulates a pipeline pushing a new image to a sandbox ECR repository: the tags move to it from older images (a
    /// mutable repository), and it is scanned on push. An image tagged "broken" exits at start. Returns its digest.
    /// </summary>
    public string PushImage(string repository, params string[] tags) => Write((sim, now) => sim.Registry.PushImage(repository, tags, now));

    /// <summary>ECR PutImage against the sandbox registry (manifest digest, retag or new image, tag mutability).</summary>
    public (ImageState Image, string? Tag) PutImage(string repository, string manifest, string? mediaType, string? tag, string? digest) =>
        Write((sim, now) => sim.Registry.PutImage(repository, manifest, mediaType, tag, digest, now));

    /// <summary>ECR SetRepositoryPolicy (null deletes it), for tests and tools that arrange who may pull; the wire API checks the text's shape first.</summary>
    public void SetRepositoryPolicy(string repository, string? policyText) =>
        Write((sim, _) => (sim.State.FindRepository(repository) ?? throw new SandboxApiException("RepositoryNotFoundException",
            $"The repository with name '{repository}' does not exist in the registry with id '{Arns.AccountId}'")).PolicyText = policyText);
}
