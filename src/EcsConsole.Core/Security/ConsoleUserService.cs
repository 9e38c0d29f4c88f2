using EcsConsole.Core.Audit;
using EcsConsole.Core.Store;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EcsConsole.Core.Security;

/// <summary>
/// Local accounts: password checks with lockout, and the administrator's user management, every change of which
/// runs through <see cref="IOperationAuthorizer"/>. Scoped (it acts for the current operator).
/// </summary>
public sealed class ConsoleUserService(
    IDbContextFactory<ConsoleDbContext> contexts,
    IOperationAuthorizer guard,
    IAuditTrail auditTrail,
    IPasswordHasher<ConsoleUser> hasher,
    IOptions<LocalAccountOptions> options,
    ConsoleSessionStore sessions,
    TimeProvider timeProvider)
{
    public const string SignInOperation = "Account.SignIn";

    /// <summary>The longest user name an account can have; longer typed names are cut to it.</summary>
    public const int MaxUserNameLength = 64;

    // Verifying against a fixed hash for unknown names keeps the response time from revealing which names exist.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<ConsoleUser>().HashPassword(null!, PasswordGenerator.Generate()));

    private LocalAccountOptions Rules => options.Value;

    /// <summary>
    /// Checks a password and audits the attempt. Repeated failures make the name wait, longer each time, before its
    /// password is checked again; while it waits every attempt fails exactly like a wrong password, and an unknown
    /// name answers the same, so the answer never tells which names exist.
    /// </summary>
    public async Task<SignInResult> VerifyPasswordAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        // Whatever an unauthenticated caller typed is trimmed and capped before it reaches the store or the audit trail.
        var typedName = CapUserName(userName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = typedName.Length == 0 ? null : await FindAsync(db, typedName, cancellationToken);
        SignInResult result;
        var waiting = false;
        if (user is null)
        {
            hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
            result = new SignInResult(SignInOutcome.InvalidCredentials, null);
        }
        else if (user.LockoutEndsAt is { } until && until > now)
        {
            // The password is not checked while the name waits (guesses must not count), but the work is done so timing stays alike.
            hasher.VerifyHashedPassword(user, DecoyHash.Value, password);
            result = new SignInResult(SignInOutcome.InvalidCredentials, null);
            waiting = true;
        }
        else if (user.PasswordHash is null || hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            await CountFailureAsync(db, user.Id, now, cancellationToken);
            result = new SignInResult(SignInOutcome.InvalidCredentials, null);
        }
        else if (user.IsDisabled)
        {
            result = new SignInResult(SignInOutcome.Disabled, null);
        }
        else
        {
            user.FailedSignInCount = 0;
            user.LockoutEndsAt = null;
            user.LastSignInAt = now;
            if (hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.SuccessRehashNeeded)
            {
                user.PasswordHash = hasher.HashPassword(user, password);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            result = new SignInResult(SignInOutcome.Succeeded, new OperatorIdentity(user.UserName, user.Role, IsLocalAccount: true));
        }

        await auditTrail.RecordAsync(new AuditRecord
        {
            Actor = user?.UserName ?? typedName,
            Role = user?.Role,
            Operation = SignInOperation,
            Target = $"user/{typedName}",
            Outcome = result.Outcome switch
            {
                SignInOutcome.Succeeded => AuditOutcome.Succeeded,
                SignInOutcome.InvalidCredentials => AuditOutcome.Failed,
                _ => AuditOutcome.Denied,
            },
            Error = result.Outcome == SignInOutcome.Succeeded ? null : waiting ? "WaitingAfterFailures" : result.Outcome.ToString(),
        }, CancellationToken.None);
        return result;
    }

    /// <summary>Trims a typed user name and cuts it to the longest name an account can have.</summary>
    public static string CapUserName(string? userName)
    {
        var trimmed = (userName ?? string.Empty).Trim();
        return trimmed.Length <= MaxUserNameLength ? trimmed : trimmed[..MaxUserNameLength].TrimEnd();
    }

    // One UPDATE adds the failure, so concurrent wrong guesses each count; the wait is then set from the new count.
    private async Task CountFailureAsync(ConsoleDbContext db, int userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignInCount, u => u.FailedSignInCount + 1), CancellationToken.None);
        var failures = await db.Users.Where(u => u.Id == userId).Select(u => u.FailedSignInCount).SingleAsync(CancellationToken.None);
        var delay = Rules.DelayAfter(failures);
        if (delay > TimeSpan.Zero)
        {
            var until = now + delay;
            await db.Users.Where(u => u.Id == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEndsAt, until), CancellationToken.None);
        }
    }

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        return users
            .OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
            .Select(u => new UserSummary(u.UserName, u.Role, u.IsDisabled, u.LockoutEndsAt > now ? u.LockoutEndsAt : null, u.CreatedAt, u.LastSignInAt))
            .ToList();
    }

    public Task CreateAsync(string userName, ConsoleRole role, string password, CancellationToken cancellationToken) =>
        guard.RunAsync(MutatingOperation.UserCreate, UserRequest(userName, new { userName, role = role.ToString(), password }), async ct =>
        {
            ValidateUserName(userName);
            ValidatePassword(password);
            await using var db = await contexts.CreateDbContextAsync(ct);
            if (await FindAsync(db, userName, ct) is not null)
            {
                throw new InvalidOperationException($"A user named {userName.Trim()} already exists.");
            }

            var user = NewUser(userName, role);
            user.PasswordHash = hasher.HashPassword(user, password);
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);

    public Task SetRoleAsync(string userName, ConsoleRole role, CancellationToken cancellationToken) =>
        guard.RunAsync(MutatingOperation.UserSetRole, UserRequest(userName, new { userName, role = role.ToString() }), ct =>
            ChangeAsync(userName, user => user.Role = role, ct, endSessions: true), cancellationToken);

    public Task SetDisabledAsync(string userName, bool disabled, CancellationToken cancellationToken) =>
        guard.RunAsync(disabled ? MutatingOperation.UserDisable : MutatingOperation.UserEnable, UserRequest(userName, new { userName }), ct =>
            ChangeAsync(userName, user => user.IsDisabled = disabled, ct, endSessions: disabled), cancellationToken);

    /// <summary>Sets a new password, clears any wait after failed sign-ins and ends the user's sessions.</summary>
    public Task ResetPasswordAsync(string userName, string newPassword, CancellationToken cancellationToken) =>
        guard.RunAsync(MutatingOperation.UserResetPassword, UserRequest(userName, new { userName, password = newPassword }), ct =>
        {
            ValidatePassword(newPassword);
            return ChangeAsync(userName, user =>
            {
                user.PasswordHash = hasher.HashPassword(user, newPassword);
                user.FailedSignInCount = 0;
                user.LockoutEndsAt = null;
            }, ct, endSessions: true);
        }, cancellationToken);

    /// <summary>Lets a name whose sign-ins wait after repeated failures try again at once (its sessions are untouched).</summary>
    public Task UnlockAsync(string userName, CancellationToken cancellationToken) =>
        guard.RunAsync(MutatingOperation.UserUnlock, UserRequest(userName, new { userName }), ct =>
            ChangeAsync(userName, user =>
            {
                user.FailedSignInCount = 0;
                user.LockoutEndsAt = null;
            }, ct, endSessions: false), cancellationToken);

    /// <summary>
    /// Start-up only: makes sure the administrator account exists. A configured password is used only when the account
    /// is created (a later start never resets it); without one a password is generated once and returned for the caller
    /// to show. A configured password shorter than the minimum length is refused.
    /// </summary>
    public async Task<BootstrapResult> EnsureBootstrapAdminAsync(string userName, string? configuredPassword, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(configuredPassword) && configuredPassword.Length < Rules.MinimumPasswordLength)
        {
            throw new InvalidOperationException(
                $"Auth:BootstrapAdmin:Password has {configuredPassword.Length} characters; passwords need at least {Rules.MinimumPasswordLength}. Choose a longer one, or leave it empty to have one generated.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindAsync(db, userName, cancellationToken) is not null) return new BootstrapResult(BootstrapAction.Unchanged, null);

        var generated = string.IsNullOrEmpty(configuredPassword);
        var password = generated ? PasswordGenerator.Generate() : configuredPassword!;
        var user = NewUser(userName, ConsoleRole.Admin);
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another console instance on the same store created it at the same moment (the user name is unique): theirs
            // stands, and this instance starts as a later start would. Anything else is a real failure.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            if (await FindAsync(fresh, userName, cancellationToken) is not null) return new BootstrapResult(BootstrapAction.Unchanged, null);
            throw;
        }

        await RecordSystemAsync("Users.BootstrapAdmin", userName, cancellationToken);
        return generated ? new BootstrapResult(BootstrapAction.CreatedWithGeneratedPassword, password) : new BootstrapResult(BootstrapAction.CreatedFromConfiguration, null);
    }

    private Task RecordSystemAsync(string operation, string userName, CancellationToken cancellationToken) =>
        auditTrail.RecordAsync(new AuditRecord
        {
            Actor = "system",
            Operation = operation,
            Target = $"user/{userName}",
            Outcome = AuditOutcome.Succeeded,
        }, cancellationToken);

    private async Task ChangeAsync(string userName, Action<ConsoleUser> change, CancellationToken cancellationToken, bool endSessions)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await FindAsync(db, userName, cancellationToken) ?? throw new InvalidOperationException($"There is no user named {userName.Trim()}.");
        var wasActiveAdmin = user.Role == ConsoleRole.Admin && !user.IsDisabled;
        change(user);
        if (wasActiveAdmin && (user.Role != ConsoleRole.Admin || user.IsDisabled)
            && !await db.Users.AnyAsync(u => u.Id != user.Id && u.Role == ConsoleRole.Admin && !u.IsDisabled, cancellationToken))
        {
            // Nobody could manage users any more; only the bootstrap password in configuration would get back in.
            throw new InvalidOperationException($"{user.UserName} is the last enabled administrator; make someone else Admin first.");
        }

        await db.SaveChangesAsync(cancellationToken);
        if (endSessions) await sessions.RevokeAllAsync(user.UserName, cancellationToken);
    }

    private ConsoleUser NewUser(string userName, ConsoleRole role) => new()
    {
        UserName = userName.Trim(),
        NormalizedUserName = ConsoleUser.Normalize(userName),
        Role = role,
        CreatedAt = timeProvider.GetUtcNow(),
    };

    private static Task<ConsoleUser?> FindAsync(ConsoleDbContext db, string userName, CancellationToken cancellationToken)
    {
        var normalized = ConsoleUser.Normalize(userName);
        return db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
    }

    private static OperationRequest UserRequest(string userName, object parameters) =>
        new() { Target = $"user/{userName.Trim()}", Parameters = parameters };

    private static void ValidateUserName(string userName)
    {
        var name = userName.Trim();
        if (name.Length is < 2 or > MaxUserNameLength || !name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
        {
            throw new ArgumentException("User names are 2 to 64 letters, digits, '.', '_', '-' or '@'.", nameof(userName));
        }
    }

    private void ValidatePassword(string password)
    {
        if (password.Length < Rules.MinimumPasswordLength)
        {
            throw new ArgumentException($"Passwords need at least {Rules.MinimumPasswordLength} characters.", nameof(password));
        }
    }
}
