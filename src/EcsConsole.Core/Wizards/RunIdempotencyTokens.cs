using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EcsConsole.Aws;
using EcsConsole.Aws.Http;

namespace EcsConsole.Core.Wizards;

/// <summary>
/// Gives a planned call whose operation takes an idempotency token (Cloud Map creates, RunTask...) one derived from its run
/// and step, so the resume of a run whose answer was lost sends the same token and AWS answers with the first call's result.
/// </summary>
public static class RunIdempotencyTokens
{
    /// <summary>The call with its token member set to <see cref="For"/>; unchanged when the operation takes none.</summary>
    public static PlannedCall Stamped(PlannedCall call, string runId, int stepIndex)
    {
        var service = AwsServices.All.FirstOrDefault(s => s.SigningName == call.Service || s.EndpointPrefix == call.Service);
        if (service is null || AwsResendRule.TokenMember(service, call.Operation) is not { } member)
        {
            return call;
        }

        var body = JsonNode.Parse(call.Body) as JsonObject ?? [];
        body[member] = For(runId, stepIndex);
        return call with { Body = body.ToJsonString() };
    }

    /// <summary>32 hex characters, the same for every attempt and resume of one step, different for every other step or run.</summary>
    public static string For(string runId, int stepIndex) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"ecsconsole-run:{runId}:{stepIndex}")))[..32];
}
