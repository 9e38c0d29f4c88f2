namespace EcsConsole.Core.Rollouts;

/// <summary>
/// ECS accepted UpdateService but neither named a deployment nor lists a new PRIMARY one, so the console cannot say that a
/// rollout runs. The change may or may not have taken effect: the message says what to look at.
/// </summary>
public sealed class RolloutNotFollowedException(string message) : Exception(message);
