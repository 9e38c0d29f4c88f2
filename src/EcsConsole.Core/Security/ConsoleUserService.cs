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
    TimeProvider timeProvider)
{
    public const string SignInOperation = "Account.SignIn";

    // Verifying against a fixed hash for unknown names keeps the response time from revealing which names exist.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<ConsoleUser>().HashPassword(null!, PasswordGenerator.Generate()));

    private LocalAccountOptions Rules => options.Value;

    /// <summary>Checks a password, applying lockout after repeated failures, and audits the attempt.</summary>
    public async Task<SignInResult> VerifyPasswordAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await FindAsync(db, userName, cancellationToken);
        SignInResult result;
        if (user is null)
        {
            hasher.VerifyHashedPassword(null!, DecoyHash.Value, password);
            result = new SignInResult(SignInOutcome.InvalidCredentials, null);
        }
        else if (user.LockoutEndsAt is { } until && until > now)
        {
            // The password is not checked while locked (guesses must not count), but the work is done so timing stays alike.
            hasher.VerifyHashedPassword(user, DecoyHash.Value, password);
            result = new SignInResult(SignInOutcome.LockedOut, null, until);
        }
        else if (user.PasswordHash is null || hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            user.FailedSignInCount++;
            if (user.FailedSignInCount >= Rules.MaxFailedSignIns)
            {
                user.FailedSignInCount = 0;
                user.LockoutEndsAt = now + Rules.LockoutDuration;
                result = new SignInResult(SignInOutcome.LockedOut, null, user.LockoutEndsAt);
            }
            else
            {
                result = new SignInResult(SignInOutcome.InvalidCredentials, null);
            }
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

            result = new SignInResult(SignInOutcome.Succeeded, new OperatorIdentity(user.UserName, user.Role, IsLocalAccount: true));
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await auditTrail.RecordAsync(new AuditRecord
        {
            Actor = user?.UserName ?? userName.Trim(),
            Role = user?.Role,
            Operation = SignInOperation,
            Target = $"user/{userName.Trim()}",
            Outcome = result.Outcome switch
            {
                SignInOutcome.Succeeded => AuditOutcome.Succeeded,
                SignInOutcome.InvalidCredentials => AuditOutcome.Failed,
                _ => AuditOutcome.Denied,
            },
            Error = result.Outcome == SignInOutcome.Succeeded ? null : result.Outcome.ToString(),
        }, CancellationToken.None);
        return result;
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
            ChangeAsync(userName, user => user.Role = role, ct), cancellationToken);

    public Task SetDisabledAsync(string userName, bool disabled, CancellationToken cancellationToken) =>
        guard.RunAsync(disabled ? MutatingOperation.UserDisable : MutatingOperation.UserEnable, UserRequest(userName, new { userName }), ct =>
            ChangeAsync(userName, user => user.IsDisabled = disabled, ct), cancellationToken);

    /// <summary>Sets a new password and clears any lockout.</summary>
    public Task ResetPasswordAsync(string userName, string newPassword, CancellationToken cancellationToken) =>
        guard.RunAsync(MutatingOperation.UserResetPassword, UserRequest(userName, new { userName, password = newPassword }), ct =>
        {
            ValidatePassword(newPassword);
            return ChangeAsync(userName, user =>
            {
                user.PasswordHash = hasher.HashPassword(user, newPassword);
                user.FailedSignInCount = 0;
                user.LockoutEndsAt = null;
            }, ct);
        }, cancellationToken);

    /// <summary>
    /// Start-up only: makes sure the administrator account exists. A configured password is authoritative (setting it
    /// and restarting is the recovery path); otherwise a password is generated once and returned for the caller to show.
    /// </summary>
    public async Task<BootstrapResult> EnsureBootstrapAdminAsync(string userName, string? configuredPassword, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await FindAsync(db, userName, cancellationToken);
        if (user is not null)
        {
            if (string.IsNullOrEmpty(configuredPassword) || user.PasswordHash is not null
                && hasher.VerifyHashedPassword(user, user.PasswordHash, configuredPassword) != PasswordVerificationResult.Failed)
            {
                return new BootstrapResult(BootstrapAction.Unchanged, null);
            }

            user.PasswordHash = hasher.HashPassword(user, configuredPassword);
            user.FailedSignInCount = 0;
            user.LockoutEndsAt = null;
            await db.SaveChangesAsync(cancellationToken);
            await RecordSystemAsync("Users.BootstrapPasswordFromConfiguration", userName, cancellationToken);
            return new BootstrapResult(BootstrapAction.PasswordFromConfiguration, null);
        }

        var generated = string.IsNullOrEmpty(configuredPassword);
        var password = generated ? PasswordGenerator.Generate() : configuredPassword!;
        user = NewUser(userName, ConsoleRole.Admin);
        user.PasswordHash = hasher.HashPassword(user, password);
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
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

    private async Task ChangeAsync(string userName, Action<ConsoleUser> change, CancellationToken cancellationToken)
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
        if (name.Length is < 2 or > 64 || !name.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
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
