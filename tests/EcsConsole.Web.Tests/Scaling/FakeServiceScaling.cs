using EcsConsole.Core.Scaling;

namespace EcsConsole.Web.Tests.Scaling;

/// <summary>Answers with <see cref="Current"/> and records every change as text; throws <see cref="Failure"/> on changes when set.</summary>
internal sealed class FakeServiceScaling : IServiceScaling
{
    public ServiceScale Current { get; set; } = new("prod", "users", 2, 2, null, null);

    public Exception? Failure { get; set; }

    public List<string> Calls { get; } = [];

    public Task<ServiceScale> ReadAsync(string cluster, string service, CancellationToken cancellationToken = default) =>
        Task.FromResult(Current with { Cluster = cluster, Service = service });

    public Task ScaleAsync(string cluster, string service, ScaleChange change, string? note, string? confirmationText, CancellationToken cancellationToken = default) =>
        Record($"scale {cluster}/{service} to {change.DesiredCount}{(change.AutoScaling is { } b ? $" ({b.Min}-{b.Max})" : "")} confirm={confirmationText}");

    public Task StopAsync(string cluster, string service, string? note, string? confirmationText, CancellationToken cancellationToken = default) =>
        Record($"stop {cluster}/{service} confirm={confirmationText}");

    public Task StartAsync(string cluster, string service, string? note, string? confirmationText, CancellationToken cancellationToken = default) =>
        Record($"start {cluster}/{service} confirm={confirmationText}");

    private Task Record(string call)
    {
        if (Failure is not null)
        {
            return Task.FromException(Failure);
        }
        Calls.Add(call);
        return Task.CompletedTask;
    }
}
