using System.Security.Cryptography;

namespace EcsConsole.Core.Security;

/// <summary>Random passwords for the bootstrap administrator and resets, without look-alike characters.</summary>
public static class PasswordGenerator
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";

    public static string Generate(int length = 24) => RandomNumberGenerator.GetString(Alphabet, length);
}
