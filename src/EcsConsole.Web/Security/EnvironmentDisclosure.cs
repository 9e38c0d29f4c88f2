using EcsConsole.Core.Live;
using EcsConsole.Core.Security;
using EcsConsole.Core.TaskDefinitions;
using Microsoft.Extensions.Options;

namespace EcsConsole.Web.Security;

/// <summary>The <c>Security</c> configuration section: what Viewers may read.</summary>
public sealed class EnvironmentDisclosureOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// When true, Viewers see no environment variable values at all, only names (secret-looking names and credentials
    /// inside URLs are masked for everyone regardless). For teams whose variables hold secrets under ordinary names.
    /// </summary>
    public bool MaskAllEnvironmentForViewers { get; set; }
}

/// <summary>
/// Applies <see cref="EnvironmentDisclosureOptions.MaskAllEnvironmentForViewers"/> to what a page is about to show the
/// current operator. Fingerprints are kept, so a diff still tells a Viewer that a value changed. Scoped.
/// </summary>
public sealed class EnvironmentDisclosure(IOptions<EnvironmentDisclosureOptions> options, ICurrentOperator currentOperator)
{
    public async Task<TaskDefinitionDetail> ForCurrentOperatorAsync(TaskDefinitionDetail detail, CancellationToken cancellationToken = default) =>
        await MasksAllAsync(cancellationToken) ? MaskEnvironment(detail) : detail;

    public async Task<TaskDefinitionComparison> ForCurrentOperatorAsync(TaskDefinitionComparison comparison, CancellationToken cancellationToken = default) =>
        await MasksAllAsync(cancellationToken) ? MaskEnvironment(comparison) : comparison;

    public static TaskDefinitionDetail MaskEnvironment(TaskDefinitionDetail detail) =>
        detail with { Containers = new ValueList<ContainerSpec>(detail.Containers.Select(MaskEnvironment)) };

    public static ContainerSpec MaskEnvironment(ContainerSpec container) =>
        container with { Environment = new ValueList<EnvironmentVariable>(container.Environment.Select(v => v with { Value = SecretRedactor.Mask })) };

    public static TaskDefinitionComparison MaskEnvironment(TaskDefinitionComparison comparison) =>
        comparison with
        {
            From = MaskEnvironment(comparison.From),
            To = MaskEnvironment(comparison.To),
            Containers = comparison.Containers.Select(c => c with { Fields = c.Fields.Select(MaskEnvironmentField).ToList() }).ToList(),
        };

    // Diff rows name environment variables "environment.NAME" (see TaskDefinitionDiff).
    private static FieldDifference MaskEnvironmentField(FieldDifference field) =>
        field.Field.StartsWith("environment.", StringComparison.Ordinal)
            ? field with { Before = field.Before is null ? null : SecretRedactor.Mask, After = field.After is null ? null : SecretRedactor.Mask }
            : field;

    private async Task<bool> MasksAllAsync(CancellationToken cancellationToken) =>
        options.Value.MaskAllEnvironmentForViewers
        && (await currentOperator.GetAsync(cancellationToken))?.Role is not (ConsoleRole.Operator or ConsoleRole.Admin);
}
