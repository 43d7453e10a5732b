using Vigil.Documents;

namespace Vigil.Events;

public sealed partial class EventsStage
{
    /// <summary>
    /// "“Our men have been deployed to the area,” he said", said by a police spokesman: a speaker's "our"
    /// (or "we") is the speaker's side, coded as the speaker is (by the fullest mention of the speaker among
    /// the document's attributions: "Police spokesman Mohammed Shehu", NGACOP), not as the noun alone ("men",
    /// civilians). Anything else is returned as it is.
    /// </summary>
    /// <param name="doer">Whether the actor does the act (its subject): a body's "its forces" are the body's only there;
    /// as an object, "demanded that Rwanda withdraw its troops", they are the doer's.</param>
    private EventActor? SpeakersOwn(ActorContext context, EventActor? actor, Quote? quote, bool doer)
    {
        // ("They fired at our chests": only people the words name, "our men", "our forces", are a side.)
        if (actor is null || quote?.Source is not { } source || !SpeaksForItsSpeaker(actor.Text, doer) || actor.Sector is null && actor.Text.Contains(' ')) return actor;
        var document = context.Document;
        // ("its fighters stormed an outpost, according to the army", "activists accused the group ... and said its fighters
        // detained ...": "its" looks back, to one body; a source after it or of many is someone else.)
        if (actor.Text.StartsWith("its ", StringComparison.OrdinalIgnoreCase)
            && (source.End > actor.Start || PhraseHeadIn(document, source) is var said && (said < 0 || document.Tokens[said].Xpos is not ("NN" or "NNP")))) return actor;
        var mentions = document.Quotes.Select(q => q.Source).OfType<SpanRef>()
            .Where(s => s == source || source.Entity is not null && s.Entity == source.Entity)
            .OrderByDescending(s => s.End - s.Start);
        foreach (var mention in mentions)
        {
            int head = PhraseHeadIn(document, mention);
            if (head < 0) continue;
            var sentence = document.SentenceOf(head);
            var phrases = new PhraseIndex(document, sentence, _phraseCoder.Find(document, sentence.FirstToken, sentence.EndToken), _lexicon.Alpha3);
            var speaker = ActorAt(context with { Phrases = phrases }, new ActorSlot(head, -1));
            // ("Our soldiers were ambushed", a defence minister says: his country's military, not its government.)
            if (speaker?.Sector is "GOV" && speaker.Country is { } country && actor.Sector is "MIL" or "COP")
                return actor with { Code = country + actor.Sector, Country = country };
            // ("Our people are being slaughtered," a mayor says: the people he speaks for, civilians of his country.)
            if (speaker?.Country is { } home && actor.Sector is "CVL" && Population.Contains(actor.Text.ToLowerInvariant().Split(' ')[^1]))
                return actor with { Code = home + "CVL", Country = home };
            if (speaker?.Sector is { } sector)
                return actor with { Code = speaker.Code, Country = speaker.Country, Sector = sector };
        }
        return actor;
    }

    private static bool SpeaksForItsSpeaker(string text, bool doer)
    {
        var lower = text.ToLowerInvariant();
        if (lower is "we" or "us" || lower.StartsWith("our ", StringComparison.Ordinal)) return true;
        // ("Opposition leader Kalonzo Musyoka said his coalition would hold another rally": the speaker's own
        // political side, told in the third person; not "his men", who may be anyone's.)
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // ("Khan's party said one of its workers was killed by police gunfire": so are some of them.)
        if (words.Length == 4 && words[1] == "of" && (NumberWords.Value(words[0]) is not null || words[0] is "some" or "many" or "several" or "dozens" or "hundreds")) words = words[2..];
        // ("The RSF said in a statement that its forces had repelled an attack": a body's "its" forces or fighters are
        // the body's, where "its" can be no one else's.)
        return words.Length == 2 && (words[0] is "his" or "her" or "their" or "its" && PoliticalSides.Contains(words[1])
                                     || doer && words[0] == "its" && ArmedSides.Contains(words[1]));
    }

    private static readonly HashSet<string> ArmedSides = new(StringComparer.Ordinal)
        { "forces", "fighters", "troops", "soldiers", "men", "units", "members", "militants", "officers" };

    private static readonly HashSet<string> Population = new(StringComparer.Ordinal)
        { "people", "citizens", "population", "residents", "children", "women", "civilians", "villagers", "families" };

    private static readonly HashSet<string> PoliticalSides = new(StringComparer.Ordinal)
        { "coalition", "party", "movement", "alliance", "supporters", "followers", "activists", "workers" };

    /// <summary>The token of a span whose head lies outside it (the phrase's head), or -1.</summary>
    private static int PhraseHeadIn(Document document, SpanRef span)
    {
        var tokens = document.Tokens;
        for (int t = document.TokenStartingAt(span.Start); t >= 0 && t < tokens.Length && tokens[t].End <= span.End; t++)
        {
            int head = tokens[t].Head;
            if (head < 0 || tokens[head].Start < span.Start || tokens[head].End > span.End) return t;
        }
        return -1;
    }
}
