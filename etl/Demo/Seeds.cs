namespace PortfolioAnalytics.Etl.Demo;

/// <summary>
/// Independent, reproducible random streams derived from the one seed (SplitMix64), so a student's records do not
/// change when some other part of the school is generated differently. string.GetHashCode is randomised per process,
/// so it is never used here.
/// </summary>
internal static class Seeds
{
    public static Random Stream(int seed, params int[] parts) => new(Derive(seed, parts));

    public static int Derive(int seed, params int[] parts)
    {
        var x = (ulong)(uint)seed;
        foreach (var p in parts) x = Mix(x ^ (ulong)(uint)p * 0x9E3779B97F4A7C15UL);
        return (int)(Mix(x) & 0x7FFFFFFF);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An exponential draw with the given mean (in days).</summary>
    public static double Exponential(this Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public static bool Chance(this Random random, double p) => random.NextDouble() < p;
}
