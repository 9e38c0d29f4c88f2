using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace EcsConsole.Web.Security;

/// <summary>
/// Encrypts the data-protection keys at rest (they sign every session cookie) with a certificate named by
/// <c>DataProtection:CertificatePath</c> (a PKCS#12 file with its private key) and <c>DataProtection:CertificatePassword</c>.
/// Without it the keys sit in the store in plain XML, as ASP.NET Core warns at start.
/// </summary>
public static class DataProtectionCertificate
{
    public const string SectionName = "DataProtection";

    public static void Apply(IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var path = section["CertificatePath"];
        if (string.IsNullOrWhiteSpace(path)) return;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath names {path}, which does not exist. Point it at a PKCS#12 (.pfx) file with a private key, or remove the setting.");
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section["CertificatePassword"], X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"DataProtection:CertificatePath {path} could not be read ({ex.Message}); check DataProtection:CertificatePassword.", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The certificate in {path} has no private key, so the console could not read back the keys it encrypts. Export it with its private key.");
        }

        builder.ProtectKeysWithCertificate(certificate);
    }
}
