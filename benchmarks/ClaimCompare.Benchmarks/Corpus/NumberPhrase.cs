using System.Globalization;
using ClaimCompare.Quantities;

namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>A number phrase the generator wrote, with the interval its ground truth gives it.</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
/// <param name="Text">The phrase as written ("at least 22", "dozens of", "twenty-two").</param>
/// <param name="Hedge">The modifier used.</param>
/// <param name="Low">The smallest admitted value, or <see langword="null"/>.</param>
/// <param name="High">The largest admitted value, or <see langword="null"/>.</param>
public sealed record NumberPhrase(string Text, Hedge Hedge, double? Low, double? High)
{
    /// <summary>Writes <paramref name="n"/> with a randomly chosen hedge and form, as news copy does.</summary>
    /// <param name="random">The article's generator.</param>
    /// <param name="n">The figure the speaker has in mind, 1 or more.</param>
    /// <param name="allowVague">Whether a vague quantifier may replace the number.</param>
    /// <returns>The phrase and its interval.</returns>
    public static NumberPhrase Create(SplitMix64 random, int n, bool allowVague = true)
    {
        var roll = random.Next(100);
        if (roll < 35 || n < 3)
        {
            return new(Number(random, n), Hedge.None, n, n);
        }

        if (roll < 60)
        {
            return new((random.Chance(0.8) ? "at least " : "no fewer than ") + Number(random, n), Hedge.AtLeast, n, null);
        }

        if (roll < 68)
        {
            return new((random.Chance(0.7) ? "more than " : "over ") + Number(random, n), Hedge.MoreThan, n + 1, null);
        }

        if (roll < 73)
        {
            return new((random.Chance(0.6) ? "up to " : "as many as ") + Number(random, n), Hedge.AtMost, 0, n);
        }

        if (roll < 81)
        {
            var word = random.Pick(["about ", "around ", "some ", "roughly ", "approximately ", "an estimated "]);
            return new(word + Number(random, n), Hedge.Approximately, Math.Floor(n * 0.9), Math.Ceiling(n * 1.1));
        }

        if (roll < 85)
        {
            return new((random.Chance(0.5) ? "nearly " : "almost ") + Number(random, n), Hedge.Nearly, Math.Floor(n * 0.9), n - 1);
        }

        if (roll < 90 || !allowVague)
        {
            var high = n + 1 + random.Next(Math.Max(2, n / 4));
            var text = random.Chance(0.6)
                ? "between " + Number(random, n) + " and " + Number(random, high)
                : Digits(n) + (random.Chance(0.5) ? " to " : "-") + Digits(high);
            return new(text, Hedge.Range, n, high);
        }

        foreach (var (phrase, low, vagueHigh) in Vocabulary.VagueWords)
        {
            if (low <= n && n <= vagueHigh && random.Chance(0.7))
            {
                return new(phrase, Hedge.Vague, low, vagueHigh);
            }
        }

        var fallback = Vocabulary.VagueWords[0];
        return new(fallback.Phrase, Hedge.Vague, fallback.Low, fallback.High);
    }

    /// <summary>Writes a whole number as digits or words, the way news copy mixes them.</summary>
    /// <param name="random">The article's generator.</param>
    /// <param name="n">The number, 0 or more.</param>
    /// <returns>"22", "twenty-two", "1,200", ...</returns>
    public static string Number(SplitMix64 random, int n)
    {
        var wordChance = n <= 10 ? 0.75 : n < 100 ? 0.2 : 0.0;
        return random.Chance(wordChance) ? Words(n) : Digits(n);
    }

    /// <summary>Writes a whole number below 100 in words; larger numbers as digits.</summary>
    /// <param name="n">The number.</param>
    /// <returns>The words.</returns>
    public static string Words(int n) => n switch
    {
        < 0 or >= 100 => Digits(n),
        < 20 => Vocabulary.Units[n],
        _ when n % 10 == 0 => Vocabulary.Tens[n / 10],
        _ => Vocabulary.Tens[n / 10] + "-" + Vocabulary.Units[n % 10],
    };

    /// <summary>Writes a whole number in digits with thousands separators.</summary>
    /// <param name="n">The number.</param>
    /// <returns>The digits.</returns>
    public static string Digits(int n) => n.ToString(n >= 1000 ? "#,0" : "0", CultureInfo.InvariantCulture);
}
