using EcsConsole.Core.Live;

namespace EcsConsole.Core.Fleet;

/// <summary>The service's Application Auto Scaling target (desired count bounds) and its policies.</summary>
public sealed record ScalingSummary(int MinCapacity, int MaxCapacity, bool Suspended, ValueList<ScalingPolicySummary> Policies);

/// <summary>One scaling policy, described in a line ("target 60 on ECSServiceAverageCPUUtilization").</summary>
public sealed record ScalingPolicySummary(string Name, string Type, string Description);
