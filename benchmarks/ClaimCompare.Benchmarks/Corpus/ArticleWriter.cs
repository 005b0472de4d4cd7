using System.Globalization;
using System.Text;
using ClaimCompare.Claims;
using ClaimCompare.Quantities;

namespace ClaimCompare.Benchmarks.Corpus;

/// <summary>Writes one article sentence by sentence, recording the ground truth of every claim as it goes.</summary>
/// <remarks>Mutable and single-use: one instance per article, on one thread.</remarks>
internal sealed class ArticleWriter
{
    private readonly StringBuilder _text = new(3600);
    private readonly List<TruthClaim> _claims = [];
    private readonly SplitMix64 _random;
    private int _sentenceStart;

    public ArticleWriter(SplitMix64 random) => _random = random;

    public int Length => _text.Length;

    public IReadOnlyList<TruthClaim> Claims => _claims;

    public override string ToString() => _text.ToString();

    /// <summary>Starts a sentence: remembers where it begins so claims can point at it.</summary>
    public ArticleWriter Begin()
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append(' ');
        }

        _sentenceStart = _text.Length;
        return this;
    }

    public ArticleWriter Append(string text)
    {
        _text.Append(text);
        return this;
    }

    public ArticleWriter Append(char c)
    {
        _text.Append(c);
        return this;
    }

    /// <summary>Ends a paragraph: articles separate them with a blank line or, like the seeds, a single line break.</summary>
    public ArticleWriter EndParagraph(bool blankLine)
    {
        _text.Append(blankLine ? "\n\n" : "\n");
        return this;
    }

    /// <summary>Records a number claim whose sentence is the one being written; call after the sentence's text is appended.</summary>
    public void Number(string eventId, ClaimKind kind, NumberPhrase phrase, string subject, string? source, ClaimTiming timing = ClaimTiming.Current) =>
        _claims.Add(new TruthClaim(eventId, kind, phrase.Hedge, phrase.Low, phrase.High, subject, null, null, source, timing, phrase.Text, _sentenceStart, _text.Length));

    /// <summary>Records a responsibility claim whose sentence is the one being written.</summary>
    public void Responsibility(string eventId, string? actor, Polarity polarity, string? source, string evidence) =>
        _claims.Add(new TruthClaim(eventId, ClaimKind.Responsibility, Hedge.None, null, null, null, actor, polarity, source, ClaimTiming.Current, evidence, _sentenceStart, _text.Length));

    public static string Capitalize(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    public static string Date(DateOnly date, bool withYear) =>
        withYear
            ? date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)
            : date.ToString("MMMM d", CultureInfo.InvariantCulture);
}
