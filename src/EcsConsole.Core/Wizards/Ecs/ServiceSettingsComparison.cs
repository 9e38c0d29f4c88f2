using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Wizards.Ecs;

/// <summary>
/// The settings of an existing ECS service that the Service wizard's CreateService would set differently. A service of
/// that name with other settings is not the planned one: skipping it and reporting success would leave the operator with a
/// service that does not do what the plan shows.
/// </summary>
public static class ServiceSettingsComparison
{
    /// <summary>One phrase per difference, <c>desired count 3, the plan says 2</c>; empty when the service is as planned.</summary>
    public static IReadOnlyList<string> Differences(CreateServiceRequest planned, Service existing)
    {
        var differences = new List<string>();
        var plannedRevision = Revision(planned.TaskDefinition);
        var runningRevision = Revision(existing.TaskDefinition);
        // A bare family means its latest revision, which any revision of that family may be; only a named revision is compared.
        if (plannedRevision.Contains(':', StringComparison.Ordinal) && !string.Equals(plannedRevision, runningRevision, StringComparison.Ordinal))
        {
            differences.Add($"task definition {runningRevision}, the plan says {plannedRevision}");
        }

        if (planned.DesiredCount is { } desired && existing.DesiredCount != desired)
        {
            differences.Add($"desired count {existing.DesiredCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}, the plan says {desired}");
        }

        if (planned.LaunchType is { } launchType && !string.Equals(existing.LaunchType, launchType, StringComparison.Ordinal))
        {
            differences.Add($"launch type {existing.LaunchType ?? "none (a capacity provider strategy)"}, the plan says {launchType}");
        }

        if (planned.CapacityProviderStrategy is { Count: > 0 } strategy)
        {
            var want = Strategy(strategy);
            var have = Strategy(existing.CapacityProviderStrategy ?? []);
            if (want != have)
            {
                differences.Add($"capacity provider strategy {(have.Length == 0 ? "none" : have)}, the plan says {want}");
            }
        }

        var plannedNetwork = planned.NetworkConfiguration?.AwsvpcConfiguration;
        var existingNetwork = existing.NetworkConfiguration?.AwsvpcConfiguration;
        if (plannedNetwork is not null)
        {
            Compare(differences, "subnets", existingNetwork?.Subnets, plannedNetwork.Subnets);
            Compare(differences, "security groups", existingNetwork?.SecurityGroups, plannedNetwork.SecurityGroups);
            var plannedIp = plannedNetwork.AssignPublicIp ?? "DISABLED";
            var existingIp = existingNetwork?.AssignPublicIp ?? "DISABLED";
            if (!string.Equals(plannedIp, existingIp, StringComparison.Ordinal))
            {
                differences.Add($"public IP {existingIp}, the plan says {plannedIp}");
            }
        }

        // Only what the plan attaches is compared: ECS itself adds registries for Service Connect, which the plan does not show.
        if (planned.LoadBalancers is { Count: > 0 })
        {
            Compare(differences, "load balancer targets", LoadBalancers(existing.LoadBalancers), LoadBalancers(planned.LoadBalancers));
        }

        if (planned.ServiceRegistries is { Count: > 0 } registries)
        {
            Compare(differences, "Cloud Map registries", existing.ServiceRegistries?.Select(r => r.RegistryArn ?? "").ToList(), [.. registries.Select(r => r.RegistryArn ?? "")]);
        }

        var plannedController = planned.DeploymentController?.Type is { Length: > 0 } p ? p : "ECS";
        var existingController = existing.DeploymentController?.Type is { Length: > 0 } e ? e : "ECS";
        if (!string.Equals(plannedController, existingController, StringComparison.Ordinal))
        {
            differences.Add($"deployment controller {existingController}, the plan says {plannedController}");
        }

        return differences;
    }

    /// <summary><c>users:42</c> from an ARN or <c>users:42</c>; a bare family stays as it is.</summary>
    private static string Revision(string? taskDefinition)
    {
        var text = taskDefinition ?? "";
        var slash = text.LastIndexOf('/');
        return slash >= 0 ? text[(slash + 1)..] : text;
    }

    private static string Strategy(IEnumerable<CapacityProviderStrategyItem> items) =>
        string.Join(", ", items.OrderBy(i => i.CapacityProvider, StringComparer.Ordinal).Select(i => $"{i.CapacityProvider} weight {i.Weight ?? 0} base {i.Base ?? 0}"));

    private static List<string>? LoadBalancers(IReadOnlyList<LoadBalancer>? balancers) =>
        balancers?.Select(b => $"{b.TargetGroupArn ?? b.LoadBalancerName} → {b.ContainerName}:{b.ContainerPort}").ToList();

    private static void Compare(List<string> differences, string what, IReadOnlyList<string>? existing, IReadOnlyList<string>? planned)
    {
        var have = (existing ?? []).Where(v => v.Length > 0).Order(StringComparer.Ordinal).ToList();
        var want = (planned ?? []).Where(v => v.Length > 0).Order(StringComparer.Ordinal).ToList();
        if (!have.SequenceEqual(want, StringComparer.Ordinal))
        {
            differences.Add($"{what} {List(have)}, the plan says {List(want)}");
        }
    }

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "none" : string.Join(", ", values);
}
