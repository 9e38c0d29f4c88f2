namespace EcsConsole.Core.Fleet;

/// <summary>One of ECS's service events ("(service users) has reached a steady state."). Keyed by <see cref="Id"/>.</summary>
public sealed record ServiceEventEntry(string Id, DateTimeOffset? CreatedAt, string Message);
