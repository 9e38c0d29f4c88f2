using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using EcsConsole.Sandbox.Engine;

namespace EcsConsole.Sandbox.Protocol.Sts;

/// <summary>STS over the Query protocol: enough for a client to learn who it is (GetCallerIdentity).</summary>
public sealed class StsQueryApi : QueryApi
{
    public StsQueryApi(ArnFactory arns)
    {
        Register("GetCallerIdentity", (_, caller) =>
        [
            new XElement(Namespace + "Arn", arns.User("sandbox")),
            new XElement(Namespace + "UserId", UserId(caller.AccessKeyId)),
            new XElement(Namespace + "Account", arns.AccountId),
        ]);
    }

    public override string SigningName => "sts";

    public override string ApiVersion => "2011-06-15";

    public override XNamespace Namespace => "https://sts.amazonaws.com/doc/2011-06-15/";

    /// <summary>An IAM-user-style unique id (AIDA...) that stays the same for one access key.</summary>
    private static string UserId(string accessKeyId) =>
        "AIDA" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(accessKeyId)))[..17];
}
