namespace ClaimCompare.Diff;

/// <summary>Lists lent out for one group of the diff and all taken back at once when it is done.</summary>
/// <remarks>Not thread-safe: each <see cref="EventDiffWorker"/> owns its pools.</remarks>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ListPool<T>
{
    private readonly List<List<T>> lists = [];
    private int used;

    /// <summary>Lends an empty list until <see cref="ReturnAll"/>.</summary>
    /// <returns>The list.</returns>
    public List<T> Rent()
    {
        if (used == lists.Count)
        {
            lists.Add([]);
        }

        var list = lists[used++];
        list.Clear();
        return list;
    }

    /// <summary>Takes back every list lent since the last call.</summary>
    public void ReturnAll() => used = 0;
}
