using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecs;

public sealed partial class EcsJsonApi
{
    private JsonObject ListTaskDefinitions(SandboxState state, JsonInput input)
    {
        // ECS matches familyPrefix against the whole family name, despite the member's name.
        var family = input.String("familyPrefix");
        var status = input.Enum("status", "ACTIVE", "INACTIVE", "DELETE_IN_PROGRESS") ?? "ACTIVE";
        var descending = input.Enum("sort", "ASC", "DESC") == "DESC";
        var matching = state.TaskDefinitions.Where(t => t.Status == status && (family is null || t.Family == family));
        var ordered = descending
            ? matching.OrderByDescending(t => t.Family, StringComparer.Ordinal).ThenByDescending(t => t.Revision)
            : matching.OrderBy(t => t.Family, StringComparer.Ordinal).ThenBy(t => t.Revision);
        var (page, next) = Paginator.Page(ordered.Select(t => t.Arn).ToList(), input, $"ListTaskDefinitions/{family}/{status}/{descending}", 100, 100);
        return Listing("taskDefinitionArns", page, next);
    }

    private static JsonObject DescribeTaskDefinition(SandboxState state, JsonInput input)
    {
        var includeTags = Include(input, "TAGS").Contains("TAGS");
        var definition = state.FindTaskDefinition(input.RequiredString("taskDefinition"))
            ?? throw SandboxErrors.Client("Unable to describe task definition.");
        return TaskDefinitionResult(definition, includeTags);
    }

    private static JsonObject ListTaskDefinitionFamilies(SandboxState state, JsonInput input)
    {
        var prefix = input.String("familyPrefix") ?? "";
        var status = input.Enum("status", "ACTIVE", "INACTIVE", "ALL") ?? "ACTIVE";
        var families = state.TaskDefinitions
            .GroupBy(t => t.Family)
            .Where(g => g.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Where(g => status switch
            {
                "ACTIVE" => g.Any(t => t.Status == "ACTIVE"),
                "INACTIVE" => g.All(t => t.Status != "ACTIVE"),
                _ => true,
            })
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        var (page, next) = Paginator.Page(families, input, $"ListTaskDefinitionFamilies/{prefix}/{status}", 100, 100);
        return Listing("families", page, next);
    }

    private JsonObject RegisterTaskDefinition(JsonInput input)
    {
        var arn = _engine.Ecs.RegisterTaskDefinition(EcsTaskDefinitionInput.Read(input));
        return _engine.Read(state => TaskDefinitionResult(state.FindTaskDefinition(arn)!, includeTags: true));
    }

    private JsonObject DeregisterTaskDefinition(JsonInput input)
    {
        var arn = _engine.Ecs.DeregisterTaskDefinition(input.RequiredString("taskDefinition"));
        return _engine.Read(state => new JsonObject { ["taskDefinition"] = EcsTaskDefinitionWire.TaskDefinition(state.FindTaskDefinition(arn)!) });
    }

    private static JsonObject TaskDefinitionResult(TaskDefinitionState definition, bool includeTags)
    {
        var json = new JsonObject { ["taskDefinition"] = EcsTaskDefinitionWire.TaskDefinition(definition) };
        if (includeTags)
        {
            json["tags"] = WireJson.Tags(definition.Tags);
        }

        return json;
    }
}
