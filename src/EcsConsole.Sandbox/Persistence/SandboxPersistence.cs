using EcsConsole.Sandbox.Engine;
using EcsConsole.Sandbox.Engine.Iam;
using Microsoft.Extensions.Logging;

namespace EcsConsole.Sandbox.Persistence;

/// <summary>
/// Keeps one sandbox account's state in one region (the engine, and in the home region the account's IAM) in its <see cref="SandboxStateFile"/>: restored at start, saved every
/// <see cref="SandboxOptions.StateSaveIntervalSeconds"/> real seconds and on stop. One per engine, so several accounts'
/// engines each keep their own file.
/// </summary>
public sealed class SandboxPersistence : IDisposable
{
    private readonly SandboxStateFile _file;
    private readonly ILogger _logger;
    private readonly Lock _saving = new();
    private SandboxEngine? _engine;
    private IamAccount? _iam;
    private ITimer? _timer;

    public SandboxPersistence(SandboxStateFile file, ILogger logger)
    {
        _file = file;
        _logger = logger;
    }

    /// <summary>The saved engine state, its timestamps moved so the saved moment is <paramref name="now"/>; null to start from the seed.</summary>
    internal (SandboxState State, IamAccountContent? Iam)? Restore(DateTimeOffset now)
    {
        if (_file.Load() is not { } snapshot)
        {
            return null;
        }

        try
        {
            // The sandbox's clock starts anew at every start; the time it was stopped does not pass for its tasks.
            var shift = now - snapshot.SavedAt;
            var state = SandboxStateSerializer.FromElement<SandboxState>(snapshot.State, shift);
            var iamContent = snapshot.Iam is { } iamElement ? SandboxStateSerializer.FromElement<IamAccountContent>(iamElement, shift) : null;
            _logger.LogInformation("Sandbox state of account {Account} restored from {File} (saved at simulated {SavedAt:u})", snapshot.AccountId, _file.Path, snapshot.SavedAt);
            return (state, iamContent);
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            _file.SetAside($"its content cannot be restored ({error.Message})");
            return null;
        }
    }

    /// <summary>Starts saving <paramref name="sandboxEngine"/> and, when given (the home region), <paramref name="account"/> periodically.</summary>
    internal void Attach(SandboxEngine sandboxEngine, IamAccount? account, TimeSpan interval)
    {
        _engine = sandboxEngine;
        _iam = account;
        if (interval > TimeSpan.Zero)
        {
            _timer = TimeProvider.System.CreateTimer(_ => SaveQuietly(), null, interval, interval);
        }
    }

    /// <summary>Writes the current state now (under the engine's lock, so it is consistent).</summary>
    public void Save()
    {
        if (_engine is null)
        {
            return;
        }

        lock (_saving)
        {
            var (savedAt, state) = _engine.Read(s => (_engine.TimeProvider.GetUtcNow(), SandboxStateSerializer.ToElement(s)));
            _file.Save(new SandboxSnapshot
            {
                AccountId = _engine.Options.AccountId,
                Region = _engine.Options.Region,
                SavedAt = savedAt,
                State = state,
                Iam = _iam is null ? null : SandboxStateSerializer.ToElement(_iam.Export()),
            });
        }
    }

    private void SaveQuietly()
    {
        try
        {
            Save();
        }
        catch (Exception error)
        {
            _logger.LogWarning(error, "Sandbox state could not be saved to {File}; the next save tries again", _file.Path);
        }
    }

    /// <summary>Stops the periodic save and saves a last time.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        _timer = null;
        SaveQuietly();
    }
}
