using System.Xml.Linq;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.LoadBalancing;

namespace EcsConsole.Sandbox.Protocol.Elbv2;

public sealed partial class Elbv2QueryApi
{
    /// <summary>The most ARNs one DescribeTags takes (the model's ResourceArns list).</summary>
    private const int MaxTagResources = 20;

    /// <summary>
    /// The tags of load balancers and target groups (those given to their create; the ones derived from the seeded services
    /// have none), in the order asked. An ARN of neither kind, or one that does not exist, fails the call as on AWS.
    /// </summary>
    private IEnumerable<XElement> DescribeTags(SandboxState state, IReadOnlyDictionary<string, string> parameters)
    {
        var arns = QueryList(parameters, "ResourceArns");
        if (arns.Count == 0)
        {
            throw new SandboxApiException("ValidationError", "1 validation error detected: Value null at 'resourceArns' failed to satisfy constraint: Member must not be null");
        }

        if (arns.Count > MaxTagResources)
        {
            throw new SandboxApiException("ValidationError", $"1 validation error detected: Value at 'resourceArns' failed to satisfy constraint: Member must have length less than or equal to {MaxTagResources}");
        }

        // The model's TagList holds at least one tag: a resource without tags is described without the member.
        return [List("TagDescriptions", arns.Select(arn => TagsOf(state, arn) is { Count: > 0 } tags
            ? E("member", new object[]
            {
                E("ResourceArn", arn),
                List("Tags", tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => E("member", new object[] { E("Key", t.Key), E("Value", t.Value) }))),
            })
            : E("member", E("ResourceArn", arn))))];
    }

    private IReadOnlyDictionary<string, string> TagsOf(SandboxState state, string arn)
    {
        var created = state.LoadBalancing;
        if (arn.Contains(":loadbalancer/", StringComparison.Ordinal) && !arn.Contains(":listener", StringComparison.Ordinal))
        {
            return created.LoadBalancers.FirstOrDefault(b => b.Arn == arn)?.Tags
                   ?? (LoadBalancerCatalog.LoadBalancers(state, Arns).Any(b => b.Arn == arn)
                       ? new Dictionary<string, string>()
                       : throw new SandboxApiException("LoadBalancerNotFound", $"Load balancer '{arn}' not found"));
        }

        if (arn.Contains(":targetgroup/", StringComparison.Ordinal))
        {
            return created.FindTargetGroup(arn)?.Tags
                   ?? (LoadBalancerCatalog.TargetGroups(state, Arns).Any(g => g.Arn == arn)
                       ? new Dictionary<string, string>()
                       : throw new SandboxApiException("TargetGroupNotFound", $"Target groups '{arn}' not found"));
        }

        throw new SandboxApiException("ValidationError", $"'{arn}' is not the ARN of a load balancer or target group this sandbox tags.");
    }
}
