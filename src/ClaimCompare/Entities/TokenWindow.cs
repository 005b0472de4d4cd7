using ClaimCompare.Text;
using System.Buffers;

namespace ClaimCompare.Entities;

/// <summary>
/// A sliding window over a document's words: tokens are read lazily into a ring buffer, keys are interned
/// through the scanner's vocabulary, so a scan of any length allocates no string per word.
/// </summary>
/// <remarks>Mutable, owned by one scan, never shared between threads. Callers may look at most
/// <see cref="Capacity"/>/2 tokens behind the furthest token read. The ring is rented: dispose the window when the scan ends.</remarks>
internal sealed class TokenWindow : IDisposable
{
    /// <summary>The ring size; a power of two.</summary>
    public const int Capacity = 256;

    private readonly string text;
    private readonly Dictionary<string, ScanWord>.AlternateLookup<ReadOnlySpan<char>> vocabulary;
    // Rented, so scanning a document allocates no ring of its own; a rented ring is at least Capacity long, and only
    // its first Capacity slots are used.
    private readonly ScanToken[] ring = ArrayPool<ScanToken>.Shared.Rent(Capacity);
    private readonly KeyBuffer key = new();
    private int position;
    private int previousEnd;
    private bool finished;

    /// <summary>Initializes a new instance of the <see cref="TokenWindow"/> class.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="vocabulary">The words worth a key.</param>
    public TokenWindow(string text, Dictionary<string, ScanWord> vocabulary)
    {
        this.text = text;
        this.vocabulary = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Returns the ring to the pool; the window must not be read afterwards.</summary>
    public void Dispose() => ArrayPool<ScanToken>.Shared.Return(ring);

    /// <summary>Gets the number of tokens read so far.</summary>
    public int Loaded { get; private set; }

    /// <summary>Gets token <paramref name="index"/>, which must have been made available by <see cref="Has"/>.</summary>
    /// <param name="index">The token's position in the document.</param>
    public ScanToken this[int index] => ring[index & (Capacity - 1)];

    /// <summary>Reads ahead until token <paramref name="index"/> exists or the text ends.</summary>
    /// <param name="index">The token's position in the document.</param>
    /// <returns><see langword="true"/> when the token exists.</returns>
    public bool Has(int index)
    {
        while (Loaded <= index && !finished)
        {
            if (!NameTokenizer.Next(text, ref position, key, out var start, out var end, out var flags))
            {
                finished = true;
                break;
            }

            vocabulary.TryGetValue(key.AsSpan(), out var word);
            ring[Loaded & (Capacity - 1)] = new ScanToken(start, end, word, flags, Loaded > 0 && BreaksName(previousEnd, start))
            {
                StartsWithDigit = char.IsDigit(text[start]),
            };
            previousEnd = end;
            Loaded++;
        }

        return index < Loaded;
    }

    private bool BreaksName(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '.':
                    // "U.S. Army": a dot closing a dotted acronym does not end the name.
                    if (i >= 2 && text[i - 2] == '.' && char.IsLetter(text[i - 1]))
                    {
                        continue;
                    }

                    return true;
                case ',' or ';' or ':' or '!' or '?' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\n' or '\r' or '|' or '\u2014' or '\u2013':
                    return true;
                default:
                    continue;
            }
        }

        return false;
    }
}
