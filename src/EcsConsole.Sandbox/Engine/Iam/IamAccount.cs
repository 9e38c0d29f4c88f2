using System.Security.Cryptography;
using System.Text;

namespace EcsConsole.Sandbox.Engine.Iam;

/// <summary>
/// The sandbox account's IAM roles and instance profiles, with IAM's rules: names unique (case-insensitively, as IAM
/// compares them), deletes refused while something still hangs on the entity, one role per instance profile. IAM is not
/// simulated over time, so it keeps its own lock instead of the ECS engine's. Reads return immutable views made under the lock.
/// </summary>
public sealed class IamAccount
{
    private const string ExecutionPolicy = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
    private readonly Lock _gate = new();
    private readonly ArnFactory _arns;
    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, IamRoleState> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IamInstanceProfileState> _profiles = new(StringComparer.OrdinalIgnoreCase);
    private int _created;

    public IamAccount(ArnFactory arns, TimeProvider timeProvider, bool seed)
    {
        _arns = arns;
        _timeProvider = timeProvider;
        if (seed)
        {
            // Most accounts already have these two: the console's wizard must show them as existing.
            var trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs-tasks.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";
            CreateRole("ecsTaskExecutionRole", "/", trust, "Lets ECS pull images and write logs for tasks", null, new Dictionary<string, string>());
            AttachRolePolicy("ecsTaskExecutionRole", ExecutionPolicy);
            CreateServiceLinkedRole("ecs.amazonaws.com", null);
        }
    }

    public IamRoleView GetRole(string name)
    {
        lock (_gate)
        {
            return View(RoleLocked(name));
        }
    }

    public IReadOnlyList<IamRoleView> ListRoles(string pathPrefix)
    {
        lock (_gate)
        {
            return _roles.Values.Where(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal))
                .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).Select(View).ToList();
        }
    }

    public IamRoleView CreateRole(string name, string path, string trustPolicy, string? description, int? maxSessionDuration, IReadOnlyDictionary<string, string> tags)
    {
        IamValidation.Name(name, "roleName", 64);
        IamValidation.PolicyDocument(trustPolicy, "assumeRolePolicyDocument");
        IamValidation.Tags(tags, 0);
        if (maxSessionDuration is < 3600 or > 43200)
        {
            throw new SandboxApiException("ValidationError", $"1 validation error detected: Value '{maxSessionDuration}' at 'maxSessionDuration' failed to satisfy constraint: Member must have value between 3600 and 43200");
        }

        lock (_gate)
        {
            if (_roles.ContainsKey(name))
            {
                throw new SandboxApiException("EntityAlreadyExists", $"Role with name {name} already exists.", 409);
            }

            var role = new IamRoleState
            {
                Name = name,
                Id = NewId("AROA", name),
                Arn = $"arn:aws:iam::{_arns.AccountId}:role{path}{name}",
                Path = path,
                CreatedAt = _timeProvider.GetUtcNow(),
                AssumeRolePolicyDocument = trustPolicy,
                Description = description,
                MaxSessionDuration = maxSessionDuration ?? 3600,
            };
            foreach (var (key, value) in tags)
            {
                role.Tags[key] = value;
            }

            _roles[name] = role;
            return View(role);
        }
    }

    public void DeleteRole(string name)
    {
        lock (_gate)
        {
            var role = RoleLocked(name);
            if (role.LinkedService is not null)
            {
                throw new SandboxApiException("UnmodifiableEntity", $"Cannot perform the operation on the protected role '{role.Name}' - this role is only modifiable by AWS", 400);
            }

            DeleteChecked(role);
        }
    }

    public void TagRole(string name, IReadOnlyDictionary<string, string> tags)
    {
        lock (_gate)
        {
            var role = RoleLocked(name);
            IamValidation.Tags(tags, role.Tags.Keys.Count(k => !tags.ContainsKey(k)));
            foreach (var (key, value) in tags)
            {
                role.Tags[key] = value;
            }
        }
    }

    public void AttachRolePolicy(string name, string policyArn)
    {
        lock (_gate)
        {
            var role = RoleLocked(name);
            if (!IamManagedPolicies.Known.Contains(policyArn))
            {
                throw new SandboxApiException("NoSuchEntity", $"Policy {policyArn} does not exist or is not attachable.", 404);
            }

            if (!role.AttachedPolicies.Contains(policyArn))
            {
                role.AttachedPolicies.Add(policyArn);
            }
        }
    }

    public void DetachRolePolicy(string name, string policyArn)
    {
        lock (_gate)
        {
            var role = RoleLocked(name);
            if (!role.AttachedPolicies.Remove(policyArn))
            {
                throw new SandboxApiException("NoSuchEntity", $"Policy {policyArn} was not found.", 404);
            }
        }
    }

    public void PutRolePolicy(string name, string policyName, string document)
    {
        IamValidation.Name(policyName, "policyName", 128);
        IamValidation.PolicyDocument(document, "policyDocument");
        lock (_gate)
        {
            RoleLocked(name).InlinePolicies[policyName] = document;
        }
    }

    public void DeleteRolePolicy(string name, string policyName)
    {
        lock (_gate)
        {
            if (!RoleLocked(name).InlinePolicies.Remove(policyName))
            {
                throw new SandboxApiException("NoSuchEntity", $"The role policy with name {policyName} cannot be found.", 404);
            }
        }
    }

    public IReadOnlyList<string> AttachedPolicies(string name)
    {
        lock (_gate)
        {
            return RoleLocked(name).AttachedPolicies.ToList();
        }
    }

    public IReadOnlyList<string> InlinePolicyNames(string name)
    {
        lock (_gate)
        {
            return RoleLocked(name).InlinePolicies.Keys.Order(StringComparer.Ordinal).ToList();
        }
    }

    public IamInstanceProfileView CreateInstanceProfile(string name, string path, IReadOnlyDictionary<string, string> tags)
    {
        IamValidation.Name(name, "instanceProfileName", 128);
        IamValidation.Tags(tags, 0);
        lock (_gate)
        {
            if (_profiles.ContainsKey(name))
            {
                throw new SandboxApiException("EntityAlreadyExists", $"Instance Profile {name} already exists.", 409);
            }

            var profile = new IamInstanceProfileState
            {
                Name = name,
                Id = NewId("AIPA", name),
                Arn = $"arn:aws:iam::{_arns.AccountId}:instance-profile{path}{name}",
                Path = path,
                CreatedAt = _timeProvider.GetUtcNow(),
            };
            foreach (var (key, value) in tags)
            {
                profile.Tags[key] = value;
            }

            _profiles[name] = profile;
            return View(profile);
        }
    }

    public IamInstanceProfileView GetInstanceProfile(string name)
    {
        lock (_gate)
        {
            return View(ProfileLocked(name));
        }
    }

    public void DeleteInstanceProfile(string name)
    {
        lock (_gate)
        {
            var profile = ProfileLocked(name);
            if (profile.Roles.Count > 0)
            {
                throw new SandboxApiException("DeleteConflict", "Cannot delete entity, must remove roles from instance profile first.", 409);
            }

            _profiles.Remove(name);
        }
    }

    public void AddRoleToInstanceProfile(string profileName, string roleName)
    {
        lock (_gate)
        {
            var profile = ProfileLocked(profileName);
            var role = RoleLocked(roleName);
            if (profile.Roles.Contains(role.Name, StringComparer.OrdinalIgnoreCase))
            {
                throw new SandboxApiException("EntityAlreadyExists", $"The role with name {role.Name} is already in instance profile {profile.Name}.", 409);
            }

            if (profile.Roles.Count >= 1)
            {
                throw new SandboxApiException("LimitExceeded", "Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1", 409);
            }

            profile.Roles.Add(role.Name);
        }
    }

    public void RemoveRoleFromInstanceProfile(string profileName, string roleName)
    {
        lock (_gate)
        {
            var profile = ProfileLocked(profileName);
            var role = RoleLocked(roleName);
            if (profile.Roles.RemoveAll(r => string.Equals(r, role.Name, StringComparison.OrdinalIgnoreCase)) == 0)
            {
                throw new SandboxApiException("NoSuchEntity", $"The role with name {role.Name} is not in instance profile {profile.Name}.", 404);
            }
        }
    }

    public IamRoleView CreateServiceLinkedRole(string serviceName, string? description)
    {
        if (!IamManagedPolicies.ServiceLinkedRoleNames.TryGetValue(serviceName, out var name))
        {
            throw new SandboxApiException("InvalidInput", $"Unknown service principal {serviceName}; the sandbox knows {string.Join(", ", IamManagedPolicies.ServiceLinkedRoleNames.Keys)}.");
        }

        lock (_gate)
        {
            if (_roles.ContainsKey(name))
            {
                throw new SandboxApiException("InvalidInput", $"Service role name {name} has been taken in this account, please try a different suffix.");
            }
        }

        var trust = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"{{serviceName}}"},"Action":"sts:AssumeRole"}]}""";
        var path = $"/aws-service-role/{serviceName}/";
        lock (_gate)
        {
            var role = new IamRoleState
            {
                Name = name,
                Id = NewId("AROA", name),
                Arn = $"arn:aws:iam::{_arns.AccountId}:role{path}{name}",
                Path = path,
                CreatedAt = _timeProvider.GetUtcNow(),
                AssumeRolePolicyDocument = trust,
                Description = description,
                LinkedService = serviceName,
            };
            _roles[name] = role;
            return View(role);
        }
    }

    /// <summary>IAM deletes service-linked roles asynchronously; the sandbox deletes at once and answers the task id.</summary>
    public string DeleteServiceLinkedRole(string name)
    {
        lock (_gate)
        {
            var role = RoleLocked(name);
            if (role.LinkedService is null)
            {
                throw new SandboxApiException("InvalidInput", $"Role {role.Name} is not a service-linked role.");
            }

            _roles.Remove(role.Name);
            return $"task{role.Path}{role.Name}/{Guid.NewGuid()}";
        }
    }

    private void DeleteChecked(IamRoleState role)
    {
        if (role.AttachedPolicies.Count > 0)
        {
            throw new SandboxApiException("DeleteConflict", "Cannot delete entity, must detach all policies first.", 409);
        }

        if (role.InlinePolicies.Count > 0)
        {
            throw new SandboxApiException("DeleteConflict", "Cannot delete entity, must delete policies first.", 409);
        }

        if (_profiles.Values.Any(p => p.Roles.Contains(role.Name, StringComparer.OrdinalIgnoreCase)))
        {
            throw new SandboxApiException("DeleteConflict", "Cannot delete entity, must remove roles from instance profile first.", 409);
        }

        _roles.Remove(role.Name);
    }

    private static IamRoleView View(IamRoleState role) =>
        new(role.Name, role.Id, role.Arn, role.Path, role.CreatedAt, role.AssumeRolePolicyDocument, role.Description, role.MaxSessionDuration, role.Tags.ToList());

    private IamInstanceProfileView View(IamInstanceProfileState profile) =>
        new(profile.Name, profile.Id, profile.Arn, profile.Path, profile.CreatedAt, profile.Roles.Select(r => View(_roles[r])).ToList(), profile.Tags.ToList());

    private IamRoleState RoleLocked(string name) =>
        _roles.TryGetValue(name, out var role) ? role : throw new SandboxApiException("NoSuchEntity", $"The role with name {name} cannot be found.", 404);

    private IamInstanceProfileState ProfileLocked(string name) =>
        _profiles.TryGetValue(name, out var profile) ? profile : throw new SandboxApiException("NoSuchEntity", $"Instance Profile {name} cannot be found.", 404);

    // Unique ids in IAM's shape (a prefix and 17 upper-case letters and digits); stable for a name and creation order.
    private string NewId(string prefix, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{_arns.AccountId}/{name}/{++_created}"));
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        return prefix + new string(hash.Take(17).Select(b => alphabet[b % alphabet.Length]).ToArray());
    }

    /// <summary>Everything the account holds, for saving (<see cref="Persistence.SandboxStateFile"/>).</summary>
    internal IamAccountContent Export()
    {
        lock (_gate)
        {
            return new IamAccountContent { Roles = [.. _roles.Values], Profiles = [.. _profiles.Values], Created = _created };
        }
    }

    /// <summary>Replaces everything the account holds with saved content.</summary>
    internal void Import(IamAccountContent content)
    {
        lock (_gate)
        {
            _roles.Clear();
            _profiles.Clear();
            foreach (var role in content.Roles)
            {
                _roles[role.Name] = role;
            }

            foreach (var profile in content.Profiles)
            {
                _profiles[profile.Name] = profile;
            }

            _created = content.Created;
        }
    }
}

/// <summary>An IAM account's roles and instance profiles as saved.</summary>
internal sealed class IamAccountContent
{
    public List<IamRoleState> Roles { get; init; } = [];

    public List<IamInstanceProfileState> Profiles { get; init; } = [];

    public int Created { get; init; }
}
