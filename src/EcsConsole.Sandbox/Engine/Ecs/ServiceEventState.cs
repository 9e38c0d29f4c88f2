namespace EcsConsole.Sandbox.Engine.Ecs;

public sealed record ServiceEventState(string Id, DateTimeOffset CreatedAt, string Message);
