namespace EcsConsole.Core.Security.Iam;

public enum AwsOperationAccess
{
    /// <summary>Reads state; in the read-only policy.</summary>
    Read,

    /// <summary>Changes state; only in the full policy.</summary>
    Write,

    /// <summary>Needs no IAM permission (e.g. sts:GetCallerIdentity); in no policy.</summary>
    Unauthenticated,
}
