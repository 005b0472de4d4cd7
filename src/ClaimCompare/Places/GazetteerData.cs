using System.Buffers.Binary;
using System.Text;

namespace ClaimCompare.Places;

/// <summary>
/// The gazetteer's data file read as it lies in memory: fixed-size place records, a name table sorted by key
/// bytes, and a string pool. Nothing is parsed into objects at load time; lookups binary-search the name table
/// and decode only the places they return, which keeps the first lookup's cost to reading the bytes.
/// </summary>
/// <remarks>
/// Layout (little-endian, written by tools/lexicons/gazetteer/generate.py): "CCGZ", format version (u16),
/// reserved (u16), source count, place count, name count, pool bytes (i32 each); each source as a u16 length
/// and UTF-8; places of 28 bytes (GeoNames id, name offset, code offset or -1, population, parent index, each
/// i32; country index u16; kind u8; source u8; latitude and longitude in hundredths of a degree, i16, -32768
/// when not given); names of 10 bytes (key offset i32, place index i32, name kind u8, source u8); the pool of
/// strings, each a u8 length and UTF-8.
/// </remarks>
internal sealed class GazetteerData
{
    /// <summary>The format version this reader understands.</summary>
    internal const int FormatVersion = 1;

    private const int HeaderSize = 24;
    private const int PlaceSize = 28;
    private const int NameSize = 10;
    private const short NoCoordinate = short.MinValue;

    private readonly byte[] bytes;
    private readonly int placesStart;
    private readonly int namesStart;
    private readonly int poolStart;

    /// <summary>Initializes a new instance of the <see cref="GazetteerData"/> class over a whole data file.</summary>
    /// <param name="bytes">The file's bytes; kept, not copied.</param>
    /// <exception cref="InvalidDataException">The bytes are not a gazetteer file of this format version.</exception>
    internal GazetteerData(byte[] bytes)
    {
        this.bytes = bytes;
        if (bytes.Length < HeaderSize || !bytes.AsSpan(0, 4).SequenceEqual("CCGZ"u8))
        {
            throw new InvalidDataException("Not a ClaimCompare gazetteer file (the CCGZ header is missing).");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(4));
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Gazetteer format version {version} is not the supported version {FormatVersion}.");
        }

        var sourceCount = ReadInt32(8);
        PlaceCount = ReadInt32(12);
        NameCount = ReadInt32(16);
        var poolBytes = ReadInt32(20);
        var sources = new string[sourceCount];
        var offset = HeaderSize;
        for (var i = 0; i < sourceCount; i++)
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset));
            sources[i] = Encoding.UTF8.GetString(bytes, offset + 2, length);
            offset += 2 + length;
        }

        Sources = sources;
        placesStart = offset;
        namesStart = placesStart + (PlaceCount * PlaceSize);
        poolStart = namesStart + (NameCount * NameSize);
        if (poolStart + poolBytes != bytes.Length)
        {
            throw new InvalidDataException($"Gazetteer file is {bytes.Length} bytes, its header describes {poolStart + poolBytes}.");
        }
    }

    /// <summary>Gets the number of places.</summary>
    internal int PlaceCount { get; }

    /// <summary>Gets the number of (key, place) name entries.</summary>
    internal int NameCount { get; }

    /// <summary>Gets the source labels (package, version, licence), indexed by the source byte of places and names.</summary>
    internal IReadOnlyList<string> Sources { get; }

    /// <summary>Gets the kind of the place at <paramref name="place"/>.</summary>
    /// <param name="place">A place index.</param>
    /// <returns>Country, region or town.</returns>
    internal PlaceKind KindOf(int place) => (PlaceKind)bytes[placesStart + (place * PlaceSize) + 22];

    /// <summary>Gets the index of the place directly containing <paramref name="place"/>, -1 for a country.</summary>
    /// <param name="place">A place index.</param>
    /// <returns>The parent's index.</returns>
    internal int ParentOf(int place) => ReadInt32(placesStart + (place * PlaceSize) + 16);

    /// <summary>Gets the index of the country containing <paramref name="place"/>.</summary>
    /// <param name="place">A place index.</param>
    /// <returns>The country's index.</returns>
    internal int CountryOf(int place) => BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(placesStart + (place * PlaceSize) + 20));

    /// <summary>Gets the ranking population of <paramref name="place"/>.</summary>
    /// <param name="place">A place index.</param>
    /// <returns>The population.</returns>
    internal int PopulationOf(int place) => ReadInt32(placesStart + (place * PlaceSize) + 12);

    /// <summary>Gets the code string of <paramref name="place"/> (alpha-2 for a country, admin1 code for a region).</summary>
    /// <param name="place">A place index.</param>
    /// <returns>The code, or <see langword="null"/>.</returns>
    internal string? CodeOf(int place) => PoolString(ReadInt32(placesStart + (place * PlaceSize) + 8));

    /// <summary>Decodes the place at <paramref name="place"/>.</summary>
    /// <param name="place">A place index.</param>
    /// <returns>The place record.</returns>
    internal Place ReadPlace(int place)
    {
        var at = placesStart + (place * PlaceSize);
        var country = CountryOf(place);
        var latitude = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(at + 24));
        var longitude = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(at + 26));
        return new Place(
            place,
            ReadInt32(at),
            PoolString(ReadInt32(at + 4)) ?? string.Empty,
            (PlaceKind)bytes[at + 22],
            PoolString(ReadInt32(at + 8)),
            CodeOf(country) ?? string.Empty,
            ReadInt32(at + 16),
            country,
            ReadInt32(at + 12),
            latitude == NoCoordinate ? null : latitude / 100.0,
            longitude == NoCoordinate ? null : longitude / 100.0,
            Sources[bytes[at + 23]]);
    }

    /// <summary>Gets the key bytes of name entry <paramref name="name"/>.</summary>
    /// <param name="name">A name entry index.</param>
    /// <returns>The folded key's bytes.</returns>
    internal ReadOnlySpan<byte> KeyOf(int name)
    {
        var offset = poolStart + ReadInt32(namesStart + (name * NameSize));
        return bytes.AsSpan(offset + 1, bytes[offset]);
    }

    /// <summary>Gets the place, name kind and source of name entry <paramref name="name"/>.</summary>
    /// <param name="name">A name entry index.</param>
    /// <returns>The entry's place index, name kind and source label.</returns>
    internal (int Place, PlaceNameKind Kind, string Source) EntryOf(int name)
    {
        var at = namesStart + (name * NameSize);
        return (ReadInt32(at + 4), (PlaceNameKind)bytes[at + 8], Sources[bytes[at + 9]]);
    }

    /// <summary>Finds the first name entry whose key is not less than <paramref name="key"/> (ordinal byte order).</summary>
    /// <param name="key">A folded key.</param>
    /// <returns>The lower bound index, <see cref="NameCount"/> when every key is less.</returns>
    internal int LowerBound(ReadOnlySpan<byte> key)
    {
        int low = 0, high = NameCount;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (KeyOf(middle).SequenceCompareTo(key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private string? PoolString(int offset)
    {
        if (offset < 0)
        {
            return null;
        }

        var at = poolStart + offset;
        return Encoding.UTF8.GetString(bytes, at + 1, bytes[at]);
    }

    private int ReadInt32(int offset) => BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset));
}
