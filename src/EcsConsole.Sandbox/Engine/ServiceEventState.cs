namespace EcsConsole.Sandbox.Engine;

public sealed record ServiceEventState(string Id, DateTimeOffset CreatedAt, string Message);
