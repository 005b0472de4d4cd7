namespace ClaimCompare.Tests.Events;

/// <summary>
/// Pairs of place names as reports spell them, shared by the specs of <c>CueScanner.SamePlace</c> and of the
/// place ids linking compares instead (<c>EventKeys</c>): one table, so the two cannot drift apart.
/// </summary>
internal static class PlacePairs
{
    // (a, b, why the pair exists)
    public static readonly object[][] All =
    [
        ["Erbil", "Irbil", "vowels differ: same skeleton"],
        ["al-Bukamal", "Albu Kamal", "an article and a space"],
        ["El-Arish", "Arish", "the other article"],
        ["Al Qaim", "Qaim", "an article written with a space"],
        ["Kabul", "Jolo", "different places"],
        ["Ao", "Ai", "skeletons shorter than three letters never match"],
        ["Ao", "AO", "short names still match ignoring case"],
        ["Mosul", "MOSUL", "case only"],
        ["Aleppo", "Alepo", "doubled letters"],
        ["Al", "al-", "only an article"],
        ["İzmir", "izmir", "dotted capital I: case folding and lower-casing differ"],
        ["Straße", "STRASSE", "ß has no one-letter capital"],
        ["Ḥalab", "Halab", "a letter with a dot below is another consonant"],
        ["", "", "empty names"],
    ];
}
