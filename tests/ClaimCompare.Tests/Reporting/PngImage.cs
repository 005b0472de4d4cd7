using System.Buffers.Binary;
using System.IO.Compression;

namespace ClaimCompare.Tests.Reporting;

/// <summary>
/// A PNG screenshot read into RGB pixels, enough for what Chromium writes (8 bits per channel, RGB or RGBA, not
/// interlaced), so that a test can look at the pixels without an imaging package.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private readonly byte[] rgb;

    private PngImage(int width, int height, byte[] rgb)
    {
        Width = width;
        Height = height;
        this.rgb = rgb;
    }

    /// <summary>Gets the width in pixels.</summary>
    public int Width { get; }

    /// <summary>Gets the height in pixels.</summary>
    public int Height { get; }

    /// <summary>Gets the colour of a pixel; an RGBA image's alpha is dropped (a screenshot is opaque).</summary>
    public (byte R, byte G, byte B) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 3;
            return (rgb[i], rgb[i + 1], rgb[i + 2]);
        }
    }

    /// <summary>Reads a PNG file.</summary>
    public static PngImage Read(string path)
    {
        var data = File.ReadAllBytes(path);
        if (!data.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException(path + " is not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var at = 8; at + 8 <= data.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(data, at + 4, 4);
            var chunk = data.AsSpan(at + 8, length);
            if (string.Equals(type, "IHDR", StringComparison.Ordinal))
            {
                width = BinaryPrimitives.ReadInt32BigEndian(chunk);
                height = BinaryPrimitives.ReadInt32BigEndian(chunk[4..]);
                channels = (chunk[8], chunk[9], chunk[12]) switch
                {
                    (8, 2, 0) => 3,
                    (8, 6, 0) => 4,
                    var other => throw new InvalidDataException($"PNG bit depth, colour type, interlace {other} is not read here."),
                };
            }
            else if (string.Equals(type, "IDAT", StringComparison.Ordinal))
            {
                compressed.Write(chunk);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, Unfilter(inflated.GetBuffer(), width, height, channels));
    }

    /// <summary>Undoes the per-row filters of the PNG standard (None, Sub, Up, Average, Paeth) and keeps RGB.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var previous = new byte[stride];
        var line = new byte[stride];
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            var start = y * (stride + 1);
            var filter = raw[start];
            Array.Copy(raw, start + 1, line, 0, stride);
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? line[x - channels] : 0, b = previous[x], c = x >= channels ? previous[x - channels] : 0;
                line[x] = (byte)(line[x] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException("Unknown PNG filter " + filter + "."),
                });
            }

            for (var x = 0; x < width; x++)
            {
                Array.Copy(line, x * channels, pixels, ((y * width) + x) * 3, 3);
            }

            (previous, line) = (line, previous);
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
