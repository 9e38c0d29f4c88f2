namespace EcsConsole.Sandbox.Engine;

/// <summary>Identifiers drawn from the simulation's seeded random numbers, so runs with one seed repeat exactly.</summary>
public sealed class SandboxIds(Random random)
{
    public Random Random { get; } = random;

    public string Hex(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = "0123456789abcdef"[Random.Next(16)];
        }

        return new string(chars);
    }

    public string Digits(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)('0' + Random.Next(i == 0 ? 1 : 0, 10));
        }

        return new string(chars);
    }

    public string Guid()
    {
        var bytes = new byte[16];
        Random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    public string Alphanumeric(int length)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[Random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    public string DeploymentId() => "ecs-svc/" + Digits(19);
}
