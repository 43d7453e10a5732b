using Vigil.Actors;
using Vigil.Documents;

namespace Vigil.Events;

/// <summary>
/// The actor phrases of one sentence by token: the phrases the actor and agent dictionaries code, and the
/// mentions of named entities that carry an actor code. Pattern contexts ask it for "an actor here"
/// ("+" and "$"); actor coding asks it for a head's code.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly List<ActorPhrase> _phrases;
    private readonly List<(int First, int Last)> _mentions;

    public PhraseIndex(Document document, List<ActorPhrase> phrases)
    {
        _phrases = phrases;
        _mentions = document.Entities.Where(e => e.Actor is not null).SelectMany(e => e.Mentions)
            .Where(m => m.FirstToken >= 0 && m.TokenCount > 0).Select(m => (m.FirstToken, m.FirstToken + m.TokenCount - 1)).ToList();
    }

    /// <summary>The actor phrase that holds token <paramref name="token"/>: its head, first and last token.</summary>
    public (int Head, int First, int Last)? At(int token)
    {
        foreach (var phrase in _phrases)
        {
            if (phrase.First <= token && token <= phrase.Last) return (phrase.Head, phrase.First, phrase.Last);
        }
        foreach (var (first, last) in _mentions)
        {
            if (first <= token && token <= last) return (last, first, last);
        }
        return null;
    }

    /// <summary>The dictionaries' code for the phrase headed by (or holding) <paramref name="head"/>, or null.</summary>
    public string? CodeOf(int head) =>
        (_phrases.FirstOrDefault(p => p.Head == head) ?? _phrases.FirstOrDefault(p => p.First <= head && head <= p.Last))?.Code;
}
