namespace ClaimCompare.Events.Linking;

/// <summary>
/// Proposed links between events A &lt; B with their scores, each packed into one 128-bit number whose ascending
/// order is the order links are tried in: tier first, then the best score, ties by the events' indexes.
/// </summary>
/// <remarks>
/// The high half is the tier above the score's bits counted down from 2⁶²: a score is from 0 to below 2 (a cosine, or 1
/// for a document's same-weapon pair, plus the bonuses of <see cref="LinkScoring"/>, at most 0.5 together), and the bits
/// of doubles from 0 to 2 rise with their values and stay below 2⁶². The low half is A above B. Sorting plain numbers is
/// several times faster than sorting four fields with a comparer, and the score read back is the same double. Stateless.
/// </remarks>
internal static class CandidateLink
{
    /// <summary>Links of two events dated to the same day, tried first.</summary>
    public const int SameDayTier = 0;

    /// <summary>Links of two main events, tried next.</summary>
    public const int MainEventTier = 1;

    /// <summary>Links that involve a recalled event, tried last.</summary>
    public const int RecalledEventTier = 2;

    private const ulong ScoreBits = (1UL << 62) - 1;

    public static UInt128 Pack(int tier, int a, int b, double score)
    {
        System.Diagnostics.Debug.Assert(score is >= 0 and < 2, "Scores are cosines with bonuses of at most 0.5.");
        var high = ((ulong)tier << 62) | (ScoreBits - (ulong)BitConverter.DoubleToInt64Bits(score));
        return new UInt128(high, ((ulong)(uint)a << 32) | (uint)b);
    }

    public static (int A, int B, double Score) Unpack(UInt128 candidate) =>
        ((int)(uint)((ulong)candidate >> 32), (int)(uint)(ulong)candidate, BitConverter.Int64BitsToDouble((long)(ScoreBits - ((ulong)(candidate >> 64) & ScoreBits))));
}
