using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecs;

namespace EcsConsole.Sandbox.Protocol.Ecs;

public sealed partial class EcsJsonApi
{
    private JsonObject TagResource(JsonInput input)
    {
        var tags = (input.ObjectList("tags") ?? throw SandboxErrors.InvalidParameter("Tags can not be empty."))
            .ToDictionary(t => t.RequiredString("key"), t => t.String("value") ?? "", StringComparer.Ordinal);
        _engine.Ecs.TagResource(input.RequiredString("resourceArn"), tags);
        return [];
    }

    private JsonObject UntagResource(JsonInput input)
    {
        _engine.Ecs.UntagResource(input.RequiredString("resourceArn"), input.StringList("tagKeys") ?? throw SandboxErrors.InvalidParameter("TagKeys can not be empty."));
        return [];
    }

    private static JsonObject ListTagsForResource(SandboxState state, JsonInput input)
    {
        var tags = EcsOperations.TagsOf(state, input.RequiredString("resourceArn")) ?? throw SandboxErrors.InvalidParameter("The specified resource is not found.");
        return new JsonObject { ["tags"] = WireJson.Tags(tags) };
    }
}
