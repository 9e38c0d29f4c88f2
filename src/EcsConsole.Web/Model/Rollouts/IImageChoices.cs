namespace EcsConsole.Web.Model.Rollouts;

/// <summary>An image a container can be rolled out to: the full reference (by tag or by digest) and how it is listed.</summary>
public sealed record ImageChoice(string Reference, string Label, DateTimeOffset? PushedAt);

/// <summary>
/// The images of a container's repository. <paramref name="Repository"/> is null when the current image is not in this
/// account's ECR (then the operator types a full reference).
/// </summary>
public sealed record ImageChoiceList(string? Repository, IReadOnlyList<ImageChoice> Choices);

/// <summary>Lists the images a container may be rolled out to, from the repository of the image it runs now. Scoped.</summary>
public interface IImageChoices
{
    /// <summary>Newest first; AWS failures surface as the AWS exception.</summary>
    Task<ImageChoiceList> ListAsync(string currentImage, CancellationToken cancellationToken);
}
