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

    private readonly Dictionary<int, string> _placeCountries = [];

    /// <param name="sentence">The sentence the phrases belong to.</param>
    /// <param name="alpha3">ISO alpha-2 to alpha-3 codes, to read countries and demonyms among the places ("Israeli").</param>
    public PhraseIndex(Document document, Sentence sentence, List<ActorPhrase> phrases, IReadOnlyDictionary<string, string>? alpha3 = null)
    {
        _phrases = phrases;
        if (alpha3 is not null)
        {
            foreach (var place in document.Places)
            {
                if (place.Start < sentence.Start || place.Start >= sentence.End) continue;
                if (place.Feature != "PCLI" || place.Country is null || !alpha3.TryGetValue(place.Country, out var code)) continue;
                for (int token = sentence.FirstToken; token < sentence.EndToken; token++)
                {
                    if (document.Tokens[token].Start == place.Start) _placeCountries[token] = code;
                }
            }
        }
        // ("a Russian Su-34 fighter jet": a nationality the recognizer found where no place was resolved names its country too.)
        foreach (var entity in document.Entities.Where(e => e.Label == "NORP" && e.Actor?.Country is not null))
        {
            foreach (var mention in entity.Mentions.Where(m => m.TokenCount == 1 && m.FirstToken >= sentence.FirstToken && m.FirstToken < sentence.EndToken))
                _placeCountries.TryAdd(mention.FirstToken, entity.Actor!.Country!);
        }
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

    /// <summary>The country a token names: through the actor dictionaries, or as a country or demonym among the places.</summary>
    public string? CountryAt(int token) => SectorCodes.CountryIn(CodeOf(token)) ?? _placeCountries.GetValueOrDefault(token);
}
