namespace EcsConsole.Aws.Ssm.DataChannel;

/// <summary>A data channel frame or payload that does not follow the Session Manager protocol.</summary>
public sealed class DataChannelProtocolException(string message) : Exception(message);
