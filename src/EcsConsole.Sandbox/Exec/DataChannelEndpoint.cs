using EcsConsole.Sandbox.Accounts;
using Microsoft.AspNetCore.Http;

namespace EcsConsole.Sandbox.Exec;

/// <summary>
/// The sandbox's Session Manager data channel endpoint (what ssmmessages answers in AWS): a WebSocket at
/// <c>/v1/data-channel/{sessionId}</c>, the stream URL ExecuteCommand hands out.
/// </summary>
internal static class DataChannelEndpoint
{
    public const string PathPrefix = "/v1/data-channel/";

    /// <summary>Answers the request when it is for a data channel; false leaves it to the AWS API handler.</summary>
    public static async Task<bool> TryHandleAsync(HttpContext context, SandboxAccounts accounts, TimeProvider time)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var sessionId = path[PathPrefix.Length..];
        var sessions = accounts.All.SelectMany(a => a.Regions).Select(r => r.Engine.ExecSessions).FirstOrDefault(s => s.Peek(sessionId) is not null);
        if (!context.WebSockets.IsWebSocketRequest || sessions is null)
        {
            context.Response.StatusCode = sessions is null ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(sessions is null ? $"No session {sessionId} is waiting for its data channel." : "The data channel is a WebSocket.");
            return true;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var agent = new DataChannelAgent(socket, time);
        try
        {
            await agent.RunAsync(token => sessions.TryTake(sessionId, token, out var ticket) ? ticket : null, context.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or System.Net.WebSockets.WebSocketException)
        {
            // The client went away; the session is over.
        }

        return true;
    }
}
