using System.Buffers;
using ClaimCompare.Entities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Reported speech across sentences. A quotation names its speaker once, in the frame right after its closing mark
/// (“… in the gunfight. Another policeman was wounded,” Khan said.) or right before its opening mark (Nugroho said:
/// “…”), however many sentences it holds. A claim inside a quotation whose own sentence names no speaker takes the
/// quotation's speaker: the closing frame first, then the opening frame. A quotation with no frame of its own (a
/// quoted paragraph after the one that named its speaker) continues the speaker before it.
/// </summary>
/// <remarks>
/// Quotations are read per line (a paragraph of plain text): curly marks open and close, a straight mark toggles, and
/// a quotation left open runs to the end of its line, as news copy leaves a quote open across paragraphs. Built per
/// document and used by the one thread that reads it; quotation spans are found only when first asked for.
/// </remarks>
internal sealed class QuotedSpeech(string text, IReadOnlyList<Sentence> sentences, DocumentEntities entities, FirstWordIndex firstWords, SourceAttributor sources)
{
    // How far a frame may stand from its quotation mark, in tokens: ", Khan said", "" Pentagon spokesman John Kirby said", "said:".
    private const int FrameReach = 8;

    // The characters that open, close or end a quotation.
    private static readonly SearchValues<char> Marks = SearchValues.Create("\n“”\"");

    // How long a subject of the closing frame may be when no punctuation breaks it, in tokens.
    private const int MaxSubjectLength = 20;

    private List<TextSpan>? _quotations;

    /// <summary>Returns the speaker of the quotation holding <paramref name="position"/>, or <see langword="null"/> outside one or when it names none.</summary>
    /// <param name="position">A character position in the text (a claim's evidence start).</param>
    /// <param name="previous">Gives the speaker before the claim's sentence.</param>
    public Attribution? SpeakerAt(int position, Func<Attribution?> previous)
    {
        if (QuotationAt(position) is not { } quotation)
        {
            return null;
        }

        return ClosingFrame(quotation, previous) ?? OpeningFrame(quotation, previous) ?? previous();
    }

    /// <summary>
    /// The speaker an earlier sentence of the same paragraph named: "The trains overshot the signal, officials said. At
    /// least five were killed …". News English names the speaker once and goes on in reported speech; a figure in the
    /// article's own voice after it takes that speaker, as long as the paragraph lasts.
    /// </summary>
    /// <param name="position">A character position in the text (a claim's evidence start).</param>
    /// <param name="previous">Gives the speaker before the claim's sentence.</param>
    public Attribution? ParagraphSpeaker(int position, Func<Attribution?> previous)
    {
        var at = SentenceSearch.IndexAt(sentences, position);
        if (at <= 0 || previous() is not { Speaker: not null, SpeakerSpan: { } named } speaker)
        {
            return null;
        }

        var from = SentenceSearch.IndexAt(sentences, named.Start);
        return from >= 0 && from < at && sentences[from].Paragraph == sentences[at].Paragraph ? speaker : null;
    }

    /// <summary>The quotation (inside its marks) that holds <paramref name="position"/>.</summary>
    internal TextSpan? QuotationAt(int position)
    {
        _quotations ??= Quotations(text);

        // Quotations come in text order and never overlap (each opens after the mark or line end that closed the one
        // before), so the only one that can hold the position is the last to start at or before it.
        int low = 0, high = _quotations.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_quotations[mid].Start <= position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low > 0 && position < _quotations[low - 1].End ? _quotations[low - 1] : null;
    }

    /// <summary>Finds the quotations of a text, each from after its opening mark to its closing mark or the end of its line.</summary>
    internal static List<TextSpan> Quotations(string text)
    {
        var quotations = new List<TextSpan>();
        var open = -1;
        var span = text.AsSpan();

        // Only line ends and quotation marks change the state: a vectorised search skips the rest of the text.
        for (var i = span.IndexOfAny(Marks); i >= 0; i = NextMark(span, i + 1))
        {
            var c = text[i];
            if (c == '\n')
            {
                if (open >= 0)
                {
                    quotations.Add(new TextSpan(open, i));
                    open = -1;
                }
            }
            else if (c == '“' || (c == '"' && open < 0))
            {
                open = i + 1;
            }
            else if ((c == '”' || c == '"') && open >= 0)
            {
                quotations.Add(new TextSpan(open, i));
                open = -1;
            }
        }

        if (open >= 0)
        {
            quotations.Add(new TextSpan(open, text.Length));
        }

        return quotations;
    }

    private static int NextMark(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var found = text[from..].IndexOfAny(Marks);
        return found < 0 ? -1 : from + found;
    }

    // The speaker of a reporting verb just after the closing mark, in the sentence holding the mark or the next one of its paragraph.
    private Attribution? ClosingFrame(TextSpan quotation, Func<Attribution?> previous)
    {
        var close = quotation.End;
        if (close >= text.Length || text[close] is not ('”' or '"'))
        {
            return null;
        }

        var at = SentenceSearch.IndexAt(sentences, close);
        if (at < 0)
        {
            return null;
        }

        for (var s = at; s <= at + 1 && s < sentences.Count && sentences[s].Paragraph == sentences[at].Paragraph; s++)
        {
            var (context, speakers) = Read(sentences[s], previous);
            var first = context.FirstTokenAtOrAfter(close + 1);
            if (first >= context.Tokens.Count)
            {
                continue; // the mark ends its sentence: the frame opens the next one
            }

            foreach (var (token, speaker) in speakers)
            {
                if (token >= first && (token - first <= FrameReach || IsOnePhrase(context, first, token)) && speaker.Speaker is not null)
                {
                    return speaker;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// A long subject between the closing mark and its verb, with no punctuation inside: "…,” Chief of the Public Relations
    /// Division of the National Police Inspector General Dedi Prasetyo said. One noun phrase, however long, is the frame.
    /// </summary>
    private static bool IsOnePhrase(SentenceContext context, int first, int verb)
    {
        if (verb - first > MaxSubjectLength)
        {
            return false;
        }

        for (var i = first + 1; i < verb; i++)
        {
            if (context.IsPunctuation(i))
            {
                return false;
            }
        }

        return true;
    }

    // The speaker of a reporting verb just before the opening mark: "Nugroho said: “…", "the minister told reporters, “…".
    private Attribution? OpeningFrame(TextSpan quotation, Func<Attribution?> previous)
    {
        var at = SentenceSearch.IndexAt(sentences, quotation.Start - 1);
        if (at < 0)
        {
            return null;
        }

        var (context, speakers) = Read(sentences[at], previous);
        var opening = context.FirstTokenAtOrAfter(quotation.Start - 1);
        Attribution? best = null;
        foreach (var (token, speaker) in speakers)
        {
            if (token < opening && opening - token <= FrameReach && speaker.Speaker is not null)
            {
                best = speaker;
            }
        }

        return best;
    }

    private (SentenceContext Context, List<(int Token, Attribution Speaker)> Speakers) Read(Sentence sentence, Func<Attribution?> previous)
    {
        var context = Read(sentence);
        return (context, sources.Speakers(context, entities, previous));
    }

    private SentenceContext Read(Sentence sentence)
    {
        var mentions = new List<EntityMention>();
        foreach (var mention in entities.Mentions)
        {
            if (mention.Span.Start >= sentence.Span.Start && mention.Span.End <= sentence.Span.End)
            {
                mentions.Add(mention);
            }
        }

        return new SentenceContext(text, sentence, [], mentions, firstWords, new SentenceScratch());
    }
}
