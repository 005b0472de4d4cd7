namespace ClaimCompare.Text;

/// <summary>A growable character buffer the tokenizer writes token keys into, so scanning a document allocates no string per word.</summary>
/// <remarks>Mutable scratch space owned by one call; never shared between threads.</remarks>
internal sealed class KeyBuffer
{
    private char[] data = new char[64];

    /// <summary>Gets the number of characters written.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the number of characters the buffer holds before it grows.</summary>
    public int Capacity => data.Length;

    /// <summary>Empties the buffer.</summary>
    public void Clear() => Length = 0;

    /// <summary>Appends one character.</summary>
    /// <param name="c">The character.</param>
    public void Append(char c)
    {
        if (Length == data.Length)
        {
            Array.Resize(ref data, data.Length * 2);
        }

        data[Length++] = c;
    }

    /// <summary>Appends characters.</summary>
    /// <param name="chars">The characters.</param>
    public void Append(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            Append(c);
        }
    }

    /// <summary>Returns the characters written.</summary>
    /// <returns>A view that is valid until the next write.</returns>
    public ReadOnlySpan<char> AsSpan() => data.AsSpan(0, Length);

    /// <inheritdoc/>
    public override string ToString() => new(data, 0, Length);
}
