namespace EcsConsole.Core.Wizards.Clusters;

/// <summary>The public SSM parameters holding the recommended ECS-optimised AMI ids, per variant, and the architecture each needs.</summary>
public static class EcsOptimizedAmi
{
    public static string Parameter(EcsAmiVariant variant) => variant switch
    {
        EcsAmiVariant.AmazonLinux2023 => "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id",
        EcsAmiVariant.AmazonLinux2023Arm64 => "/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id",
        EcsAmiVariant.AmazonLinux2 => "/aws/service/ecs/optimized-ami/amazon-linux-2/recommended/image_id",
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Unknown AMI variant."),
    };

    public static string Describe(EcsAmiVariant variant) => variant switch
    {
        EcsAmiVariant.AmazonLinux2023 => "Amazon Linux 2023 (x86_64)",
        EcsAmiVariant.AmazonLinux2023Arm64 => "Amazon Linux 2023 (arm64, Graviton)",
        EcsAmiVariant.AmazonLinux2 => "Amazon Linux 2 (x86_64)",
        _ => variant.ToString(),
    };

    public static bool IsArm64(EcsAmiVariant variant) => variant == EcsAmiVariant.AmazonLinux2023Arm64;

    /// <summary>
    /// Graviton (arm64) instance families put a <c>g</c> right after the generation digit: t4g, m7g, c6gn, r8gd. (GPU families
    /// such as g4dn start with g and are x86_64.)
    /// </summary>
    public static bool IsGraviton(string instanceType)
    {
        var family = instanceType.Split('.')[0];
        var digit = family.IndexOfAny("0123456789".ToCharArray());
        return digit > 0 && digit + 1 < family.Length && family[digit + 1] == 'g';
    }
}
