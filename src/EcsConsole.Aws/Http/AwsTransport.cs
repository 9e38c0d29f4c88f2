namespace EcsConsole.Aws.Http;

/// <summary>
/// The HTTP handler all AWS clients send through (signed requests arrive here). Register one before
/// <c>AddAwsClients</c> to capture or fake traffic; the container disposes it with the handler.
/// </summary>
public sealed class AwsTransport(HttpMessageHandler handler) : IDisposable
{
    public HttpMessageHandler Handler { get; } = handler;

    public void Dispose() => Handler.Dispose();
}
