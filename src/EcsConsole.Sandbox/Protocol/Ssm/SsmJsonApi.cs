using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ec2;

namespace EcsConsole.Sandbox.Protocol.Ssm;

/// <summary>Systems Manager's parameter reads over JSON 1.1, answering AWS's public ECS-optimised AMI parameters.</summary>
public sealed class SsmJsonApi : JsonApi
{
    private readonly ArnFactory _arns;

    public SsmJsonApi(ArnFactory arns)
    {
        _arns = arns;
        Register("GetParameter", input =>
        {
            var name = input.RequiredString("Name");
            var value = Find(name) ?? throw new SandboxApiException("ParameterNotFound", $"Parameter {name} not found.");
            return new JsonObject { ["Parameter"] = Parameter(name, value) };
        });
        Register("GetParameters", input =>
        {
            var names = input.StringList("Names") ?? throw new SandboxApiException("ValidationException", "1 validation error detected: Value null at 'names' failed to satisfy constraint: Member must not be null");
            if (names.Count is < 1 or > 10)
            {
                throw new SandboxApiException("ValidationException", $"1 validation error detected: Value at 'names' failed to satisfy constraint: Member must have length between 1 and 10");
            }

            return new JsonObject
            {
                ["Parameters"] = new JsonArray(names.Where(n => Find(n) is not null).Select(n => (JsonNode)Parameter(n, Find(n)!)).ToArray()),
                ["InvalidParameters"] = new JsonArray(names.Where(n => Find(n) is null).Select(n => (JsonNode)JsonValue.Create(n)).ToArray()),
            };
        });
    }

    public override string TargetPrefix => "AmazonSSM";

    private static string? Find(string name) => EcsOptimizedAmis.Parameters.GetValueOrDefault(name);

    // Public parameters live in AWS's account, so their ARNs name none.
    private JsonObject Parameter(string name, string value) => new()
    {
        ["Name"] = name,
        ["Type"] = "String",
        ["Value"] = value,
        ["Version"] = EcsOptimizedAmis.Version,
        ["LastModifiedDate"] = WireTime.Epoch(EcsOptimizedAmis.LastModified),
        ["ARN"] = $"arn:aws:ssm:{_arns.Region}::parameter{name}",
        ["DataType"] = "text",
    };
}
