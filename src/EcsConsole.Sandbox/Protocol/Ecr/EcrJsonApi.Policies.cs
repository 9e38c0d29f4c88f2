using System.Text.Json;
using System.Text.Json.Nodes;
using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Ecr;

namespace EcsConsole.Sandbox.Protocol.Ecr;

/// <summary>
/// Repository policies: who else may pull from (or push to) a repository, as another account's task execution role needs
/// to pull a staging account's image. Kept as the text set; only its shape is checked, as ECR checks it.
/// </summary>
public sealed partial class EcrJsonApi
{
    private const int MaxPolicyLength = 10240;

    private void RegisterPolicies(SandboxEngine engine)
    {
        Register("SetRepositoryPolicy", input => SetRepositoryPolicy(engine, input));
        Register("GetRepositoryPolicy", input => engine.Read(state => PolicyAnswer(WithPolicy(Repository(state, input)))));
        Register("DeleteRepositoryPolicy", input => engine.Write((sim, _) =>
        {
            var repository = WithPolicy(Repository(sim.State, input));
            var answer = PolicyAnswer(repository);
            repository.PolicyText = null;
            return answer;
        }));
    }

    private JsonObject SetRepositoryPolicy(SandboxEngine engine, JsonInput input)
    {
        var text = input.RequiredString("policyText");
        if (text.Length is 0 or > MaxPolicyLength)
        {
            throw new SandboxApiException("InvalidParameterException",
                $"1 validation error detected: Value at 'policyText' failed to satisfy constraint: Member must have length between 0 and {MaxPolicyLength}");
        }

        if (!IsPolicy(text))
        {
            throw new SandboxApiException("InvalidParameterException", "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'");
        }

        return engine.Write((sim, _) =>
        {
            var repository = Repository(sim.State, input);
            repository.PolicyText = text;
            return PolicyAnswer(repository);
        });
    }

    private RepositoryState WithPolicy(RepositoryState repository) =>
        repository.PolicyText is null
            ? throw new SandboxApiException("RepositoryPolicyNotFoundException",
                $"Repository policy does not exist for the repository with name '{repository.Name}' in the registry with id '{_accountId}'")
            : repository;

    private JsonObject PolicyAnswer(RepositoryState repository) => new()
    {
        ["registryId"] = _accountId,
        ["repositoryName"] = repository.Name,
        ["policyText"] = repository.PolicyText,
    };

    // A policy document: a JSON object whose Statement is an object or a non-empty array of objects, each with an Effect.
    private static bool IsPolicy(string text)
    {
        try
        {
            if (JsonNode.Parse(text) is not JsonObject document)
            {
                return false;
            }

            var statements = document["Statement"] switch
            {
                JsonArray array => array.ToList(),
                JsonObject single => [single],
                _ => [],
            };
            return statements.Count > 0 && statements.All(s => s is JsonObject o && o["Effect"]?.GetValueKind() == JsonValueKind.String);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
