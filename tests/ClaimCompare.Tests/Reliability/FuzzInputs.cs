using System.Text;

namespace ClaimCompare.Tests.Reliability;

/// <summary>
/// Seeded generator of hostile texts: mutations of the seed articles and random Unicode. The same seed
/// always gives the same input, so a failure can be replayed from its number. Not thread-safe: one
/// instance per thread.
/// </summary>
internal sealed class FuzzInputs
{
    // Fragments that steer mutations into the parts of the grammar where bugs hide: hedges, number words,
    // casualty and reporting verbs, quotes, brackets, abbreviations, separators.
    private static readonly string[] Fragments =
    [
        "at least ", "up to ", "more than ", "nearly ", "about ", "some ", "dozens of ", "hundreds of ", "a handful of ",
        "between 10 and 20 ", "10-20 ", "1,000 ", "1.5 million ", "2.000.000 ", "three ", "twenty-one ", "a dozen ", "zero ",
        "no one ", "1e308 ", "99999999999999999999999 ", "0.0000001 ", "-5 ", "½ ", "٣ ", "三 ", "1st ", "12:30 ", "2024 ",
        "killed ", "wounded ", "injured ", "dead ", "died ", "were killed ", "people ", "civilians ", "soldiers ", "fighters ",
        "said ", "told ", "according to ", "claimed responsibility ", "denied ", "blamed ", "the ministry said ",
        "\"", "“", "”", "'", "‘", "’", "«", "»", "(", ")", "[", "]", "{", "}", " - ", " — ", "–", "...", "…", ". ", "? ", "! ",
        "\n", "\n\n", "\r\n", "\t", "U.S. ", "Dr. ", "St. ", "Jan. ", "e.g. ", "Mr. ", "No. 5 ",
        "Hamas ", "al-Shabaab ", "Islamic State ", "IS ", "Kyiv ", "Gaza ", "Syria ",
    ];

    private static readonly string[] Scripts =
    [
        "مقتل ٢٠ شخصا", "שלום עולם", "Погибли 12 человек", "死亡人数 ३४", "ভুল ১২৩", "Ελλάδα 7", "😀👍🏽", "e\u0301\u0301\u0301",
        "\u202Eevil\u202C", "\u200B\u200C\u200D\uFEFF", "\u0000\u0001\u0007\u001B", "\uFFFD\uFFFE\uFFFF", "\u2028\u2029", "\u00A0\u2009\u3000",
    ];

    private readonly Random _random;
    private readonly IReadOnlyList<string> _seeds;

    public FuzzInputs(int seed, IReadOnlyList<string> seeds)
    {
        _random = new Random(seed); // deterministic on purpose: failures replay from the seed
        _seeds = seeds;
    }

    /// <summary>Loads the seed articles copied to the test output.</summary>
    public static IReadOnlyList<string> LoadSeeds()
    {
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seeds");
        return [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    /// <summary>The next input; <paramref name="allowHuge"/> permits megabyte-sized tokens.</summary>
    public string Next(bool allowHuge)
    {
        var kind = _random.Next(10);
        return kind switch
        {
            < 6 => Mutate(_seeds[_random.Next(_seeds.Count)]),
            6 => Splice(),
            7 => RandomUnicode(_random.Next(1, 400)),
            8 => FragmentSoup(),
            _ => allowHuge && _random.Next(20) == 0 ? HugeToken() : Mutate(RandomUnicode(_random.Next(1, 60)) + _seeds[_random.Next(_seeds.Count)]),
        };
    }

    /// <summary>The next input as raw bytes (possibly invalid UTF-8).</summary>
    public byte[] NextBytes()
    {
        var bytes = Encoding.UTF8.GetBytes(Mutate(_seeds[_random.Next(_seeds.Count)]));
        var flips = _random.Next(1, 20);
        for (var i = 0; i < flips && bytes.Length > 0; i++)
        {
            bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
        }

        return bytes;
    }

    private string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        var count = _random.Next(1, 12);
        for (var i = 0; i < count; i++)
        {
            var at = builder.Length == 0 ? 0 : _random.Next(builder.Length + 1);
            switch (_random.Next(8))
            {
                case 0:
                    builder.Insert(at, Fragments[_random.Next(Fragments.Length)]);
                    break;
                case 1:
                    builder.Insert(at, Scripts[_random.Next(Scripts.Length)]);
                    break;
                case 2 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), Math.Min(_random.Next(1, 200), builder.Length - Math.Min(at, builder.Length - 1)));
                    break;
                case 3 when builder.Length > 0:
                    var start = _random.Next(builder.Length);
                    var length = Math.Min(_random.Next(1, 300), builder.Length - start);
                    var piece = builder.ToString(start, length);
                    builder.Insert(at, string.Concat(Enumerable.Repeat(piece, _random.Next(1, 5))));
                    break;
                case 4 when builder.Length > 0:
                    builder[Math.Min(at, builder.Length - 1)] = RandomChar();
                    break;
                case 5:
                    builder.Insert(at, string.Concat(Enumerable.Repeat(Fragments[_random.Next(Fragments.Length)], _random.Next(1, 50))));
                    break;
                case 6:
                    builder.Insert(at, _random.NextInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Insert(at, RandomUnicode(_random.Next(1, 10)));
                    break;
            }
        }

        return builder.ToString();
    }

    private string Splice()
    {
        var a = _seeds[_random.Next(_seeds.Count)];
        var b = _seeds[_random.Next(_seeds.Count)];
        return a[.._random.Next(a.Length + 1)] + b[_random.Next(b.Length + 1)..];
    }

    private string FragmentSoup()
    {
        var builder = new StringBuilder();
        var count = _random.Next(1, 200);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Fragments[_random.Next(Fragments.Length)]);
        }

        return builder.ToString();
    }

    private string RandomUnicode(int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(RandomChar());
        }

        return builder.ToString();
    }

    private char RandomChar() => _random.Next(8) switch
    {
        0 => (char)_random.Next(0xD800, 0xE000), // lone surrogates, high or low
        1 => (char)_random.Next(0, 0x20), // control characters
        2 => (char)_random.Next(0x0590, 0x0700), // Hebrew and Arabic, right to left
        3 => (char)_random.Next(0x2000, 0x2070), // spaces, dashes, quotes, bidi controls
        4 => (char)_random.Next(0x30, 0x3A), // digits
        5 => (char)_random.Next(0x4E00, 0x4F00), // CJK
        6 => (char)_random.Next(0x20, 0x7F),
        _ => (char)_random.Next(0, 0x10000),
    };

    private string HugeToken()
    {
        var unit = _random.Next(4) switch
        {
            0 => "9",
            1 => "a",
            2 => "\"",
            _ => "\uD800",
        };
        return "Officials said " + new string(unit[0], 1 << 20) + " people were killed.";
    }
}
