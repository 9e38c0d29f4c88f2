namespace EcsConsole.Aws.Budget;

/// <summary>
/// A token bucket's size: <see cref="Rate"/> requests per second sustained, at most <see cref="Burst"/> at once (the bucket's
/// capacity, full when it starts).
/// </summary>
public sealed record AwsRateLimit(double Rate, int Burst)
{
    /// <summary>Throws with what to fix when the figures cannot make a bucket.</summary>
    public AwsRateLimit Validated(string what)
    {
        if (!double.IsFinite(Rate) || Rate <= 0)
        {
            throw new ArgumentException($"{what}: Rate must be a number of requests per second above 0 (it is {Rate}).");
        }

        if (Burst < 1)
        {
            throw new ArgumentException($"{what}: Burst must be at least 1 request (it is {Burst}).");
        }

        return this;
    }

    public override string ToString() => $"{Rate:0.###}/s, burst {Burst}";
}
