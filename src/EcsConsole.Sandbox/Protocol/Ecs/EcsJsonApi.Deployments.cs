using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecs;

public sealed partial class EcsJsonApi
{
    private JsonObject ListServiceDeployments(SandboxState state, JsonInput input)
    {
        var cluster = Cluster(state, input);
        var name = ArnFactory.LastSegment(input.RequiredString("service"));
        var service = cluster.Services.Where(s => s.Name == name).OrderBy(s => s.Status == "INACTIVE").FirstOrDefault() ?? throw SandboxErrors.ServiceNotFound();
        var statuses = input.StringList("status");
        var createdAt = input.Object("createdAt");
        var after = EpochMember(createdAt, "after");
        var before = EpochMember(createdAt, "before");
        var deployments = service.DeploymentHistory
            .Where(d => statuses is null || statuses.Contains(d.DeploymentStatus))
            .Where(d => after is null || d.CreatedAt >= after)
            .Where(d => before is null || d.CreatedAt <= before)
            .ToList();
        var (page, next) = Paginator.Page(deployments, input, $"ListServiceDeployments/{cluster.Name}/{service.Name}", 20, 100);
        return new JsonObject { ["serviceDeployments"] = WireJson.Array(page.Select(d => EcsServiceDeploymentWire.Brief(d, service))) }.With("nextToken", next);
    }

    private static JsonObject DescribeServiceDeployments(SandboxState state, JsonInput input)
    {
        var deployments = new JsonArray();
        var failures = new JsonArray();
        foreach (var arn in Identifiers(input, "serviceDeploymentArns", 20))
        {
            if (EcsOperations.FindServiceDeployment(state, arn) is var (cluster, service, deployment))
            {
                deployments.Add(EcsServiceDeploymentWire.Detail(deployment, service, cluster));
            }
            else
            {
                failures.Add(WireJson.Failure(arn, "MISSING"));
            }
        }

        return new JsonObject { ["serviceDeployments"] = deployments, ["failures"] = failures };
    }

    private static JsonObject DescribeServiceRevisions(SandboxState state, JsonInput input)
    {
        var revisions = new JsonArray();
        var failures = new JsonArray();
        foreach (var arn in Identifiers(input, "serviceRevisionArns", 20))
        {
            var found = state.Clusters.SelectMany(c => c.Services)
                .Select(s => (Service: s, Revision: s.Revisions.FirstOrDefault(r => r.Arn == arn)))
                .FirstOrDefault(x => x.Revision is not null);
            if (found.Revision is null)
            {
                failures.Add(WireJson.Failure(arn, "MISSING"));
            }
            else
            {
                revisions.Add(EcsServiceDeploymentWire.Revision(found.Revision, found.Service));
            }
        }

        return new JsonObject { ["serviceRevisions"] = revisions, ["failures"] = failures };
    }

    private JsonObject StopServiceDeployment(JsonInput input)
    {
        var arn = _engine.Ecs.StopServiceDeployment(input.RequiredString("serviceDeploymentArn"), input.Enum("stopType", "ABORT", "ROLLBACK") ?? "ROLLBACK");
        return new JsonObject { ["serviceDeploymentArn"] = arn };
    }

    private JsonObject ContinueServiceDeployment(JsonInput input)
    {
        var arn = _engine.Ecs.ContinueServiceDeployment(
            input.RequiredString("serviceDeploymentArn"),
            input.RequiredString("hookId"),
            input.Enum("action", "ROLLBACK", "CONTINUE") ?? "CONTINUE");
        return new JsonObject { ["serviceDeploymentArn"] = arn };
    }

    private static DateTimeOffset? EpochMember(JsonInput? input, string member) =>
        input?.Body[member] is JsonValue value && value.TryGetValue<double>(out var seconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : null;
}
