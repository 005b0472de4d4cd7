namespace ClaimCompare.Text;

/// <summary>Finds the sentence that holds a character position, by binary search over sentences in text order.</summary>
internal static class SentenceSearch
{
    /// <summary>Returns the index of the sentence whose span holds <paramref name="position"/>, or -1 when none does.</summary>
    /// <param name="sentences">The document's sentences, in text order and not overlapping.</param>
    /// <param name="position">A character position in the text.</param>
    /// <returns>The sentence index, or -1 (a position between sentences or outside the text).</returns>
    public static int IndexAt(IReadOnlyList<Sentence> sentences, int position)
    {
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var span = sentences[middle].Span;
            if (position < span.Start)
            {
                high = middle - 1;
            }
            else if (position >= span.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }
}
