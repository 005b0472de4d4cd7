using System.Globalization;
using ClaimCompare.Claims.Lexicons;
using ClaimCompare.Entities;
using ClaimCompare.Quantities;
using ClaimCompare.Text;

namespace ClaimCompare.Claims;

/// <summary>
/// Turns one article into claim records: killed and injured counts tied to their casualty predicates,
/// counts of other things, and responsibility claims with actor and polarity — each with its speaker
/// and the exact span of its evidence. Numbers that become no claim are listed with the reason.
/// </summary>
/// <remarks>Immutable once built and safe to use from many threads at once; build one and reuse it.</remarks>
public sealed class ClaimExtractor : IClaimExtractor, IAnalyzedDocumentExtractor
{
    private readonly ISentenceSegmenter _segmenter;
    private readonly IQuantityRecognizer _quantities;
    private readonly IEntityResolver _entities;
    private readonly ClaimExtractorOptions _options;
    private readonly CompiledClaimLexicon _lexicon;
    private readonly CasualtyReader _casualties;
    private readonly CountReader _counts;
    private readonly ZeroReader _zeros;
    private readonly ResponsibilityReader _responsibility;
    private readonly Responsibility.ClauseResponsibilityReader _clauseResponsibility;
    private readonly Responsibility.CueResponsibilityReader _cueResponsibility;
    private readonly SourceAttributor _sources;
    private readonly ActorPhrases _actors;

    /// <summary>Creates an extractor from its stages and lexicon.</summary>
    /// <param name="segmenter">Splits documents into sentences.</param>
    /// <param name="quantities">Reads number phrases.</param>
    /// <param name="entities">Names actors and speakers.</param>
    /// <param name="lexicon">The claims vocabulary; <see cref="ClaimLexicon.BuiltIn"/> when <see langword="null"/>.</param>
    /// <param name="options">Safety limits; <see cref="ClaimExtractorOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A stage is <see langword="null"/>.</exception>
    public ClaimExtractor(ISentenceSegmenter segmenter, IQuantityRecognizer quantities, IEntityResolver entities, ClaimLexicon? lexicon = null, ClaimExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(quantities);
        ArgumentNullException.ThrowIfNull(entities);
        _segmenter = segmenter;
        _quantities = quantities;
        _entities = entities;
        _options = options ?? ClaimExtractorOptions.Default;
        _lexicon = new CompiledClaimLexicon(lexicon ?? ClaimLexicon.BuiltIn);
        var actors = new ActorPhrases(_lexicon, entities);
        _actors = actors;
        _casualties = new CasualtyReader(_lexicon);
        _counts = new CountReader(_lexicon);
        _zeros = new ZeroReader(_lexicon);
        _responsibility = new ResponsibilityReader(_lexicon, actors);
        _clauseResponsibility = new Responsibility.ClauseResponsibilityReader(_lexicon, actors);
        _cueResponsibility = new Responsibility.CueResponsibilityReader(_lexicon);
        _sources = new SourceAttributor(_lexicon, actors);
    }

    /// <inheritdoc/>
    public DocumentClaims Extract(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document, null, cancellationToken);
    }

    /// <summary>Reads a document the pipeline has analysed, reusing its entity scan when it was made with this extractor's resolver.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>What the claims stage read.</returns>
    DocumentClaims IAnalyzedDocumentExtractor.Extract(AnalyzedDocument document, CancellationToken cancellationToken) =>
        Extract(document.Document, document, cancellationToken);

    private DocumentClaims Extract(Document document, AnalyzedDocument? analyzed, CancellationToken cancellationToken)
    {
        var diagnostics = new List<string>();
        var text = document.Text;
        if (text.Length > _options.MaxDocumentLength)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"document truncated: read {_options.MaxDocumentLength:N0} of {text.Length:N0} characters (MaxDocumentLength)"));
            text = text[.._options.MaxDocumentLength];
        }

        var sentences = SplitLongSentences(_segmenter.Segment(text));
        var quantities = _quantities.Recognize(text);
        // Mentions of the whole text serve only an untruncated one.
        var entities = new IndexedDocumentEntities((ReferenceEquals(text, document.Text) ? analyzed?.EntitiesFor(_entities) : null) ?? _entities.ScanDocument(text));
        var claims = new List<Claim>();
        var unclassified = new List<UnclassifiedMention>();
        var history = new SpeakerHistory(_sources, entities);
        var voice = OwnVoice.Of(text, document.Outlet, _lexicon.Agencies, at => _sources.SpeaksAlone(text, sentences, at, _lexicon.FirstWords));
        var quoted = new QuotedSpeech(text, sentences, entities, _lexicon.FirstWords, _sources);
        int quantityIndex = 0, mentionIndex = 0;
        var limitReported = false;
        List<int>? tentative = null; // claims that stand only if the document reports their actor denying
        var parties = new PartyMemory();
        var sentenceNumber = 0;

        // Scratch collections reused sentence after sentence: most sentences hold no claim at all.
        var sentenceQuantities = new List<Quantity>();
        var sentenceMentions = new List<EntityMention>();
        var findings = new List<ClaimFinding>();
        var used = new HashSet<LocatedQuantity>();
        var declined = new HashSet<LocatedQuantity>();
        var scratch = new SentenceScratch();
        var cut = new List<Quantity>();

        foreach (var sentence in sentences)
        {
            sentenceNumber++;
            cancellationToken.ThrowIfCancellationRequested();
            Take(quantities, ref quantityIndex, sentence.Span, q => q.Span, sentenceQuantities);
            Take(entities.Mentions, ref mentionIndex, sentence.Span, m => m.Span, sentenceMentions);

            // Numbers that fall between sentences (never, with a well-formed segmenter) are still accounted for.
            if (claims.Count >= _options.MaxClaimsPerDocument)
            {
                ReportLimit(diagnostics, ref limitReported);
                unclassified.AddRange(sentenceQuantities.Select(q => new UnclassifiedMention(document.Id, q, UnclassifiedReason.LimitReached)));
                continue;
            }

            var context = new SentenceContext(text, sentence, sentenceQuantities, sentenceMentions, _lexicon.FirstWords, scratch);
            findings.Clear();
            used.Clear();
            declined.Clear();
            cut.Clear();
            _casualties.Read(context, findings, used, declined);
            _zeros.Read(context, findings, used);
            _responsibility.Read(context, entities, findings);
            _clauseResponsibility.Read(context, findings);
            _cueResponsibility.Read(context, findings);
            _counts.Read(context, findings, used);

            // Numbers a reader declined ("three more died", "several were killed or injured") are no claim: listed below.
            if (declined.Count > 0)
            {
                used.ExceptWith(declined);
            }

            if (findings.Count == 0)
            {
                // No claim to attribute: the sentence matters only if a later "it said" refers to its speaker.
                if (_sources.HasReportingVerb(context))
                {
                    context.Keep();
                    history.Defer(context);
                }
            }
            else
            {
                var speakers = _sources.Speakers(context, entities, history.Current);
                var previous = NeedsPreviousSpeaker(findings) ? history.Current() : null;
                history.Record(speakers);
                SortByPosition(findings);
                var timing = ReadTiming(context);
                foreach (var finding in findings)
                {
                    // The limit is exact: claims of the sentence past it are dropped and their numbers listed as limit reached.
                    if (claims.Count >= _options.MaxClaimsPerDocument)
                    {
                        ReportLimit(diagnostics, ref limitReported);
                        if (finding.Quantity is { } number)
                        {
                            cut.Add(number);
                        }

                        continue;
                    }

                    var source = SourceOf(context, entities, speakers, finding, quoted, history);

                    var actor = finding.Actor;
                    if (finding.ActorFrom != ActorReference.Named)
                    {
                        actor = parties.Resolve(finding.ActorFrom, source, previous, sentenceNumber);
                        if (actor is null)
                        {
                            continue; // "it did not launch" with no one named to say it: not a claim about anyone
                        }
                    }

                    (source, actor) = ResponsibleParty(entities, finding, source, actor);

                    // A speaker the sentence names, before the article's own voice stands in for one.
                    var named = source.Speaker;
                    if (source.Speaker is null && voice is not null)
                    {
                        source = new Attribution(voice, null, source.IsHedged); // the article's own voice: its agency or outlet
                    }

                    NoteParty(parties, entities, finding, actor, sentenceNumber);

                    if (finding.OnlyIfDenied && !ResponsibilityReader.SaidByAnother(named, actor, speaker => _actors.StateFor(entities, speaker)))
                    {
                        (tentative ??= []).Add(claims.Count);
                    }

                    claims.Add(ToClaim(document, text, sentence, finding, actor, source, timing));
                }
            }

            ListUnclaimed(document.Id, sentenceQuantities, used, cut, unclassified);
        }

        // Any quantity outside every sentence (whitespace-only regions cannot hold one, but be exact).
        unclassified.AddRange(quantities.Skip(quantityIndex).Select(q => new UnclassifiedMention(document.Id, q, UnclassifiedReason.NoPredicate)));

        if (tentative is not null)
        {
            DropUndenied(claims, tentative);
        }

        PartitiveFates.Revise(claims, sentences);
        ParagraphSources.Carry(claims, sentences);
        HeadlineSources.TakeBodySpeakers(claims, text);

        return new DocumentClaims(document, sentences, claims, unclassified, diagnostics);
    }

    // Who the sentence attributes a finding to: the speaker nearest it, the subject of its own verb of blame or denial,
    // else the frame of the quotation it stands in or the speaker an earlier sentence of its paragraph named.
    private Attribution SourceOf(SentenceContext context, IndexedDocumentEntities entities, List<(int Token, Attribution Speaker)> speakers, ClaimFinding finding, QuotedSpeech quoted, SpeakerHistory history)
    {
        var source = SourceAttributor.Nearest(speakers, finding.AnchorToken);
        if (finding is { Kind: ClaimKind.Responsibility, Polarity: Polarity.Asserted or Polarity.Denied }
            && _sources.BlameSubject(context, entities, finding.AnchorToken, finding.Actor) is { } blamer)
        {
            source = blamer; // the subject of the verb of blame or denial speaks for it
        }

        if (source.Speaker is null
            && (quoted.SpeakerAt(finding.Evidence.Start, history.Current)
                ?? (finding.Kind == ClaimKind.Responsibility ? null : quoted.ParagraphSpeaker(finding.Evidence.Start, history.Current))) is { } quotedSpeaker)
        {
            source = quotedSpeaker; // reported speech across sentences: the quotation's frame or the paragraph names the speaker
        }

        return source;
    }

    private void ReportLimit(List<string> diagnostics, ref bool reported)
    {
        if (!reported)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture, $"claim limit reached: stopped after {_options.MaxClaimsPerDocument:N0} claims (MaxClaimsPerDocument)"));
            reported = true;
        }
    }

    private static Claim ToClaim(Document document, string text, Sentence sentence, ClaimFinding finding, string? actor, Attribution source, ClaimTiming timing) => new(
        document.Id,
        finding.Kind,
        finding.Evidence,
        finding.Evidence.Slice(text),
        sentence.Span,
        finding.Interval,
        finding.Quantity,
        finding.Subject,
        actor,
        finding.Polarity,
        source,
        document.Outlet,
        finding.Kind == ClaimKind.Responsibility ? ClaimTiming.Current : finding.Timing ?? timing);

    // A responsibility finding's party as the report names it (a state for its forces), and its own source when no one else is named.
    private (Attribution Source, string? Actor) ResponsibleParty(IndexedDocumentEntities entities, ClaimFinding finding, Attribution source, string? actor)
    {
        if (finding.Kind != ClaimKind.Responsibility)
        {
            return (source, actor);
        }

        if ((finding.Polarity == Polarity.Claimed || (finding.Polarity == Polarity.Denied && actor is not null && !Responsibility.FindingSink.IsCommonNoun(actor))) && source.Speaker is null)
        {
            source = new Attribution(actor); // a party claiming or denying with no one else named to say so is its own source
        }

        return (source, actor is null ? null : _actors.StateFor(entities, actor));
    }

    // Every number of the sentence not in a claim is listed, in text order, including any that did not map onto whole tokens.
    private static void ListUnclaimed(string documentId, List<Quantity> sentenceQuantities, HashSet<LocatedQuantity> used, List<Quantity> cut, List<UnclassifiedMention> unclassified)
    {
        var claimed = used.Count > 16 ? new HashSet<Quantity>(used.Select(l => l.Quantity), ReferenceEqualityComparer.Instance) : null;
        foreach (var quantity in sentenceQuantities)
        {
            if (cut.Count > 0 && cut.Contains(quantity, ReferenceEqualityComparer.Instance))
            {
                unclassified.Add(new UnclassifiedMention(documentId, quantity, UnclassifiedReason.LimitReached));
            }
            else if (!(claimed?.Contains(quantity) ?? IsUsed(used, quantity)))
            {
                unclassified.Add(new UnclassifiedMention(documentId, quantity, quantity.IsCount ? UnclassifiedReason.NoPredicate : UnclassifiedReason.NotACount));
            }
        }
    }

    // Remembers the parties a later finding may refer to without naming them.
    private void NoteParty(PartyMemory parties, IndexedDocumentEntities entities, ClaimFinding finding, string? actor, int sentenceNumber)
    {
        if (finding.Kind != ClaimKind.Responsibility || actor is null)
        {
            return;
        }

        if (finding.Polarity == Polarity.Asserted
            && (_actors.CanBePerpetrator(entities, actor)
                || (Responsibility.FindingSink.IsCommonNoun(actor) && !_lexicon.ActorNouns.ContainsWord(actor.AsSpan(actor.LastIndexOf(' ') + 1)))))
        {
            // A named group or state, or a common-noun party of an accident ("the loco pilot"); not an actor noun of an
            // attack ("international criminals"), which names no one a later dismissal is aimed at.
            parties.LastAsserted = actor;
        }

        if (finding.Polarity == Polarity.Claimed && _actors.CanBePerpetrator(entities, actor))
        {
            parties.LastClaimed = actor;
            parties.LastClaimedAt = sentenceNumber;
        }
    }

    /// <summary>The parties of a document's earlier findings that a later one refers back to: one per document read.</summary>
    private sealed class PartyMemory
    {
        /// <summary>Gets or sets the actor of the latest attribution, for a later dismissal that names none.</summary>
        public string? LastAsserted { get; set; }

        /// <summary>Gets or sets the actor of the latest claim, for a later restatement by a pronoun ("he said the attack was revenge").</summary>
        public string? LastClaimed { get; set; }

        /// <summary>Gets or sets the sentence of <see cref="LastClaimed"/>: a pronoun reaches back a few sentences, not across the article.</summary>
        public int LastClaimedAt { get; set; } = int.MinValue / 2;

        /// <summary>Returns the party a finding refers to without naming it, or <see langword="null"/> when there is none.</summary>
        public string? Resolve(ActorReference from, Attribution source, Attribution? previous, int sentenceNumber) => from switch
        {
            ActorReference.Speaker => source.Speaker,
            ActorReference.PreviousSpeaker => previous?.Speaker,
            ActorReference.LastClaim => sentenceNumber - LastClaimedAt <= Responsibility.MotiveClaimReader.PronounReach ? LastClaimed : null,
            _ => LastAsserted,
        };
    }

    private ClaimTiming ReadTiming(SentenceContext sentence)
    {
        var timing = ClaimTiming.Current;
        foreach (var match in sentence.FindAll(_lexicon.Timing))
        {
            if (match.Value == ClaimTiming.Updated)
            {
                return ClaimTiming.Updated;
            }

            timing = match.Value;
        }

        return timing;
    }

    private IReadOnlyList<Sentence> SplitLongSentences(IReadOnlyList<Sentence> sentences)
    {
        if (sentences.All(s => s.Span.Length <= _options.MaxSentenceLength))
        {
            return sentences;
        }

        var split = new List<Sentence>(sentences.Count + 16);
        foreach (var sentence in sentences)
        {
            for (var start = sentence.Span.Start; start < sentence.Span.End; start += _options.MaxSentenceLength)
            {
                var end = Math.Min(sentence.Span.End, start + _options.MaxSentenceLength);
                split.Add(new Sentence(new TextSpan(start, end), split.Count, sentence.Paragraph));
            }
        }

        return split;
    }

    /// <summary>Removes the attributions by adjective whose actor the document never reports denying.</summary>
    private static void DropUndenied(List<Claim> claims, List<int> tentative)
    {
        var denied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (claim is { Kind: ClaimKind.Responsibility, Polarity: Polarity.Denied, Actor: { } actor })
            {
                denied.Add(actor);
            }
        }

        for (var t = tentative.Count - 1; t >= 0; t--)
        {
            if (!denied.Contains(claims[tentative[t]].Actor!))
            {
                claims.RemoveAt(tentative[t]);
            }
        }
    }

    private static bool NeedsPreviousSpeaker(List<ClaimFinding> findings)
    {
        foreach (var finding in findings)
        {
            if (finding.ActorFrom == ActorReference.PreviousSpeaker)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUsed(HashSet<LocatedQuantity> used, Quantity quantity)
    {
        // A sentence uses a handful of its numbers; a scan beats hashing every quantity (the caller hashes past 16).
        foreach (var located in used)
        {
            if (ReferenceEquals(located.Quantity, quantity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sorts findings by evidence start, then kind, keeping the readers' order among equals (a stable insertion sort: a sentence has few).</summary>
    private static void SortByPosition(List<ClaimFinding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            var finding = findings[i];
            var j = i - 1;
            while (j >= 0 && (findings[j].Evidence.Start > finding.Evidence.Start || (findings[j].Evidence.Start == finding.Evidence.Start && findings[j].Kind > finding.Kind)))
            {
                findings[j + 1] = findings[j];
                j--;
            }

            findings[j + 1] = finding;
        }
    }

    private static void Take<T>(IReadOnlyList<T> items, ref int index, TextSpan sentence, Func<T, TextSpan> spanOf, List<T> taken)
    {
        taken.Clear();

        // Items that start before this sentence (between sentences) belong to the previous one's leftovers.
        while (index < items.Count && spanOf(items[index]).Start < sentence.End)
        {
            taken.Add(items[index]);
            index++;
        }
    }
}
