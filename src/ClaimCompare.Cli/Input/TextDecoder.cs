using System.Text;

namespace ClaimCompare.Cli.Input;

/// <summary>
/// Decodes bytes as <see cref="Document.FromFile"/> does (UTF-8 unless a byte-order mark says UTF-16 LE/BE or
/// UTF-32 LE/BE; invalid bytes become U+FFFD), but counts the invalid sequences so they can be warned about, and
/// stops after a number of characters so a huge input is never read whole.
/// </summary>
internal static class TextDecoder
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Decoded text.</summary>
    /// <param name="Text">The text, at most the limit long.</param>
    /// <param name="Truncated">Whether the input went on past the limit.</param>
    /// <param name="InvalidSequences">Byte sequences that were not valid in the encoding, each now U+FFFD.</param>
    /// <param name="EncodingName">The encoding used ("UTF-8", "UTF-16 LE"...).</param>
    internal sealed record Decoded(string Text, bool Truncated, int InvalidSequences, string EncodingName);

    /// <summary>Reads and decodes <paramref name="stream"/> up to <paramref name="maxChars"/> characters.</summary>
    public static Decoded Read(Stream stream, int maxChars)
    {
        var head = new byte[4];
        var headLength = ReadAtLeast(stream, head);
        var (encoding, name, bomLength) = Detect(head.AsSpan(0, headLength));
        var fallback = new CountingFallback();
        var decoding = (Encoding)encoding.Clone();
        decoding.DecoderFallback = fallback;
        var decoder = decoding.GetDecoder();

        var text = new StringBuilder();
        var bytes = new byte[ChunkBytes];
        var chars = new char[decoding.GetMaxCharCount(ChunkBytes)];
        text.Append(chars, 0, decoder.GetChars(head, bomLength, headLength - bomLength, chars, 0, flush: false));
        while (text.Length <= maxChars)
        {
            var read = stream.Read(bytes, 0, bytes.Length);
            text.Append(chars, 0, decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0));
            if (read == 0)
            {
                break;
            }
        }

        var truncated = text.Length > maxChars;
        if (truncated)
        {
            // Never end on half a surrogate pair.
            var cut = maxChars > 0 && char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars;
            text.Length = cut;
        }

        return new Decoded(text.ToString(), truncated, fallback.Count, name);
    }

    /// <summary>The byte-order marks <see cref="StreamReader"/> honours, checked in its order (UTF-32 LE before UTF-16 LE).</summary>
    private static (Encoding Encoding, string Name, int BomLength) Detect(ReadOnlySpan<byte> head) => head switch
    {
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), "UTF-16 BE", 2),
        [0xFF, 0xFE, 0x00, 0x00] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), "UTF-32 LE", 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), "UTF-16 LE", 2),
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), "UTF-8", 3),
        [0x00, 0x00, 0xFE, 0xFF] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), "UTF-32 BE", 4),
        _ => (new UTF8Encoding(false), "UTF-8", 0),
    };

    private static int ReadAtLeast(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>Replaces each invalid sequence with one U+FFFD, as the default fallback does, and counts them.</summary>
    private sealed class CountingFallback : DecoderFallback
    {
        public int Count { get; private set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
        {
            private int _remaining;

            public override int Remaining => _remaining;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count++;
                _remaining = 1;
                return true;
            }

            public override char GetNextChar()
            {
                if (_remaining == 0)
                {
                    return '\0';
                }

                _remaining--;
                return '\uFFFD';
            }

            public override bool MovePrevious()
            {
                if (_remaining != 0)
                {
                    return false;
                }

                _remaining = 1;
                return true;
            }

            public override void Reset() => _remaining = 0;
        }
    }
}
