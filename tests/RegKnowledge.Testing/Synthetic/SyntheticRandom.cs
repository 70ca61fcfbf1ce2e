namespace RegKnowledge.Testing.Synthetic;

/// <summary>A small, fully specified pseudo-random generator (SplitMix64), so a seed yields the same corpus on every
/// .NET version and machine. <see cref="System.Random"/> makes no such promise across versions.</summary>
public sealed class SyntheticRandom
{
    private ulong state;

    /// <summary>A stream seeded with <paramref name="seed"/>.</summary>
    public SyntheticRandom(ulong seed) => state = seed;

    /// <summary>An independent stream per (seed, purpose, index): each item draws from its own stream, so adding a
    /// field to one kind's writer never changes what another kind's writer produces.</summary>
    public static SyntheticRandom For(int seed, string purpose, int index)
    {
        // FNV-1a over the purpose, mixed with the seed and index; stable by construction.
        var hash = 14695981039346656037UL;
        foreach (var c in purpose)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        var random = new SyntheticRandom(hash ^ ((ulong)(uint)seed << 32) ^ (uint)index);
        random.NextUInt64();
        return random;
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < p;

    /// <summary>One item of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items of <paramref name="items"/>, in the list's order.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        count = Math.Clamp(count, 0, items.Count);
        var chosen = new SortedSet<int>();
        while (chosen.Count < count)
        {
            chosen.Add(Next(items.Count));
        }

        return chosen.Select(i => items[i]).ToList();
    }

    /// <summary>A date <paramref name="minDaysBefore"/> to <paramref name="maxDaysBefore"/> days before <paramref name="reference"/>.</summary>
    public DateOnly DaysBefore(DateOnly reference, int minDaysBefore, int maxDaysBefore) =>
        reference.AddDays(-Between(minDaysBefore, maxDaysBefore));
}
