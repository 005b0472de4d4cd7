namespace ClaimCompare.Events.Linking;

/// <summary>
/// Scores a proposed link: the cosine of the two events' content terms, raised to 1 for two recalled events of one
/// document with the same weapon, plus small bonuses for hard evidence they share (the day, a weekday, a place); and
/// the threshold a pair's score must reach.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class LinkScoring
{
    // Small beside a cosine: the kind alone never links two reports, it only tips a pair that shares some wording.
    private const double SameKindBonus = 0.05;

    private readonly EventClustererOptions options;
    private readonly ILinkPairScorer? learned;

    /// <summary>Initializes a new instance of the <see cref="LinkScoring"/> class.</summary>
    /// <param name="options">The thresholds and bonuses.</param>
    /// <param name="learned">Scores pairs in place of the hand-set sum (a learned model), or <see langword="null"/> for the hand-set sum.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bonus is negative, or the bonuses add up to more than 0.5.</exception>
    public LinkScoring(EventClustererOptions options, ILinkPairScorer? learned = null)
    {
        // Candidates are packed with scores below 2 (CandidateLink): a cosine or 1, plus the bonuses.
        if (options.SameDayBonus < 0 || options.SharedWeekdayBonus < 0 || options.SharedPlaceBonus < 0
            || options.SameDayBonus + options.SharedWeekdayBonus + options.SharedPlaceBonus > 0.5)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Link bonuses must be at least 0 and add up to at most 0.5.");
        }

        this.options = options;
        this.learned = learned;
    }

    /// <summary>Returns the least score a link between two events needs: main events' threshold, or recalled events'.</summary>
    /// <param name="keys">The events' keys.</param>
    /// <param name="x">One event.</param>
    /// <param name="y">The other event.</param>
    /// <returns>The threshold.</returns>
    public double Threshold(EventKeys keys, int x, int y) =>
        keys.IsMain(x) && keys.IsMain(y) ? options.SimilarityThreshold : options.BackgroundSimilarityThreshold;

    /// <summary>Returns the least score a candidate's packed score must reach: the learned scorer's cut, or <see cref="Threshold"/>.</summary>
    /// <param name="keys">The events' keys.</param>
    /// <param name="x">One event.</param>
    /// <param name="y">The other event.</param>
    /// <returns>The cut.</returns>
    public double Cut(EventKeys keys, int x, int y) => learned?.Cut ?? Threshold(keys, x, y);

    /// <summary>Adds the candidate links of <paramref name="a"/> to its linkable neighbours that are strong enough to try.</summary>
    /// <param name="keys">The events' keys.</param>
    /// <param name="nodes">The local events.</param>
    /// <param name="a">The event.</param>
    /// <param name="neighbours">Its linkable neighbours with their cosines.</param>
    /// <param name="scored">Receives the packed candidates (<see cref="CandidateLink"/>).</param>
    public void AddCandidates(EventKeys keys, IReadOnlyList<LocalEvent> nodes, int a, List<(int Node, double Cosine)> neighbours, List<UInt128> scored)
    {
        foreach (var (b, cosine) in neighbours)
        {
            if (learned is not null)
            {
                AddLearned(keys, nodes, a, b, cosine, scored);
                continue;
            }

            var score = cosine;

            // Two recalled events of one document with the same weapon are one recalled event, whatever their wording.
            if (keys.SameDocument(a, b) && keys.IsSpecific(keys.Family(a)) && keys.Family(a) == keys.Family(b))
            {
                score = Math.Max(score, 1);
            }

            // A recalled event that names a main event's place, its kind and a date of its own is that event, though a
            // sentence shares few words with a whole report; so is an undated report of that kind and place from that day.
            if (keys.RecallsMainEvent(a, b) || keys.ReportsSameDay(a, b))
            {
                score = Math.Max(score, Threshold(keys, a, b));
            }

            // Two main events of one specific kind whose days agree (dates are a refusing rule) are likelier one event.
            if (keys.IsMain(a) && keys.IsMain(b) && keys.IsSpecific(keys.Family(a)) && keys.Family(a) == keys.Family(b))
            {
                score += SameKindBonus;
            }

            var sameDay = keys.SameDay(a, b);
            if (sameDay)
            {
                score += options.SameDayBonus;
            }

            if ((keys.Weekdays(a) & keys.Weekdays(b)) != 0)
            {
                score += options.SharedWeekdayBonus;
            }

            if (keys.SharePlace(a, b))
            {
                score += options.SharedPlaceBonus;
            }

            // Recalled events that name the same specific place wait to see whether they belong to one story (see EventLinker).
            var bothMain = keys.IsMain(a) && keys.IsMain(b);
            if (score >= Threshold(keys, a, b) || (!keys.IsMain(a) && !keys.IsMain(b) && (keys.Series(a) || keys.SharesSpecificPlace(a, b))))
            {
                scored.Add(CandidateLink.Pack(sameDay ? CandidateLink.SameDayTier : bothMain ? CandidateLink.MainEventTier : CandidateLink.RecalledEventTier, a, b, score));
            }
        }
    }

    /// <summary>Adds the candidate (a, b) scored by the learned scorer, in the same tiers, when it reaches the scorer's cut or may belong to one story.</summary>
    private void AddLearned(EventKeys keys, IReadOnlyList<LocalEvent> nodes, int a, int b, double cosine, List<UInt128> scored)
    {
        var score = learned!.Score(keys, nodes, a, b, cosine);
        var sameDay = keys.SameDay(a, b);
        if (score >= learned.Cut || (!keys.IsMain(a) && !keys.IsMain(b) && (keys.Series(a) || keys.SharesSpecificPlace(a, b))))
        {
            var tier = sameDay ? CandidateLink.SameDayTier : keys.IsMain(a) && keys.IsMain(b) ? CandidateLink.MainEventTier : CandidateLink.RecalledEventTier;
            scored.Add(CandidateLink.Pack(tier, a, b, score));
        }
    }
}
