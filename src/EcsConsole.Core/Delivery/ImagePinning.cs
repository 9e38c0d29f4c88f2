using EcsConsole.Aws.Ecr;
using EcsConsole.Core.Images;

namespace EcsConsole.Core.Delivery;

/// <summary>Pins an image reference to the digest its tag names now, so a promotion copies exactly what runs.</summary>
internal static class ImagePinning
{
    /// <summary>The image as <c>repository@digest</c> in the flow's ECR; null when it is not an ECR image or its tag is gone.</summary>
    public static async Task<string?> PinnedAsync(IEcrClient ecr, string image, CancellationToken cancellationToken)
    {
        var reference = ImageReference.Parse(image);
        if (!reference.Repository.Contains(".dkr.ecr.", StringComparison.Ordinal))
        {
            return null;
        }

        if (reference.Digest is not null)
        {
            return image;
        }

        var name = reference.Repository[(reference.Repository.IndexOf('/') + 1)..];
        await foreach (var detail in ecr.DescribeImagesAsync(new DescribeImagesRequest { RepositoryName = name, ImageIds = [new ImageIdentifier { ImageTag = reference.Tag }] }, cancellationToken))
        {
            return detail.ImageDigest is { } digest ? $"{reference.Repository}@{digest}" : null;
        }

        return null;
    }
}
