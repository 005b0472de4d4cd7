using ClaimCompare.Entities;

namespace ClaimCompare.Claims;

/// <summary>
/// The speaker that "it said" and "he added" refer back to, worked out only when a sentence needs it.
/// Sentences without claims are kept unread; when a pronoun asks for its antecedent they are read from the
/// latest back, each from its last reporting verb, stopping at the first speaker found. The answer equals
/// reading every sentence's speakers in order, at a fraction of the cost (most sentences hold no claim).
/// </summary>
/// <remarks>Owned by the one thread that reads a document; not thread-safe.</remarks>
internal sealed class SpeakerHistory
{
    // Sentences kept unread before the history is settled, so a long document holds a bounded number.
    private const int MaxDeferred = 64;

    private readonly SourceAttributor _sources;
    private readonly DocumentEntities _entities;
    private readonly List<SentenceContext> _deferred = [];
    private Attribution? _settled;

    public SpeakerHistory(SourceAttributor sources, DocumentEntities entities)
    {
        _sources = sources;
        _entities = entities;
        Current = Settle;
    }

    /// <summary>Gets the speaker after every sentence recorded so far, worked out when called.</summary>
    public Func<Attribution?> Current { get; }

    /// <summary>Records a sentence without claims whose reporting verbs may name the speaker later pronouns refer to.</summary>
    public void Defer(SentenceContext sentence)
    {
        _deferred.Add(sentence);
        if (_deferred.Count >= MaxDeferred)
        {
            Settle();
        }
    }

    /// <summary>Records the speakers a sentence was read with: the last one is the new antecedent.</summary>
    public void Record(List<(int Token, Attribution Speaker)> speakers)
    {
        if (speakers.Count > 0)
        {
            _deferred.Clear();
            _settled = speakers[^1].Speaker;
        }
    }

    private Attribution? Settle()
    {
        if (_deferred.Count > 0)
        {
            _settled = After(_deferred.Count);
            _deferred.Clear();
        }

        return _settled;
    }

    private Attribution? After(int count) =>
        count == 0 ? _settled : _sources.LastSpeaker(_deferred[count - 1], _entities, () => After(count - 1));
}
