using EcsConsole.Aws.Ecs;

namespace EcsConsole.Core.Rollouts;

/// <summary>The wire requests of a plan: the registration (image rollouts only) and the service update.</summary>
internal sealed record PlannedCalls(RegisterTaskDefinitionRequest? Register, UpdateServiceRequest Update);
