using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Entities;

/// <summary>
/// Pipeline stage: a definite description that stands for an organisation named before ("The brigade sent
/// reinforcements" after "the 444 Combat Brigade"; "the group threatened" after "the Gulf Clan drug trafficking
/// group") becomes one more mention of that organisation's entity, so an event's actor says which body it is
/// while its words stay the sentence's own. Runs after the actors stage: a bare "the group" or "the militia"
/// joins the nearest armed group the story named, which only actor codes tell.
/// </summary>
public sealed class DescriptionCoreferenceStage : IPipelineStage
{
    public string Name => "description coreference";

    /// <summary>Nouns of bodies a definite description may stand for (singular lemmas).</summary>
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "brigade", "battalion", "regiment", "division", "group", "militia", "front", "movement", "council", "committee", "commission",
        "ministry", "office", "agency", "mission", "clan", "gang", "cartel", "party", "coalition", "alliance", "union", "network",
        "organisation", "organization", "federation", "association",
    };

    /// <summary>Sectors of armed groups, which a bare "the group" or "the militia" may stand for.</summary>
    private static readonly HashSet<string> ArmedSectors = new(StringComparer.Ordinal) { "REB", "INS", "SEP", "UAF", "CRM" };

    /// <summary>How many sentences back an antecedent may be (a story calls its brigade "the brigade" to the end).</summary>
    private const int Reach = 12;

    public void Process(Document document)
    {
        var tokens = document.Tokens;
        if (tokens.Length == 0 || document.Entities.Count == 0) return;
        var covered = new bool[tokens.Length];
        foreach (var mention in document.Entities.SelectMany(e => e.Mentions).Where(m => m.FirstToken >= 0))
        {
            for (int t = mention.FirstToken; t < mention.FirstToken + mention.TokenCount && t < tokens.Length; t++) covered[t] = true;
        }
        var descriptions = new HashSet<Mention>();
        for (int noun = 1; noun < tokens.Length; noun++)
        {
            if (covered[noun] || DescriptionStart(tokens, noun) is not (>= 0 and var article)) continue;
            var entity = Antecedent(document, article, noun, descriptions);
            if (entity is null) continue;
            int start = tokens[article].Start, end = tokens[noun].End;
            var mention = new Mention(start, end, document.Slice(start, end)) { FirstToken = article, TokenCount = noun - article + 1 };
            entity.Mentions.Add(mention);
            descriptions.Add(mention);
        }
        foreach (var (entity, mention) in SelfNamedDescriptions(document, covered)) entity.Mentions.Add(mention);
        foreach (var entity in document.Entities) entity.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Whether a noun can name one person: singular, and no noun of bodies ("militia", "group").</summary>
    private static bool IsAPerson(Token noun) => noun.Upos == "NOUN" && noun.Xpos == "NN" && !BodyNouns.Contains(noun.Lemma ?? "");

    /// <summary>The sentence's first subject before <paramref name="word"/> when it is a noun, or -1.</summary>
    private static int FirstSubjectBefore(Document document, int word)
    {
        var tokens = document.Tokens;
        for (int t = document.SentenceOf(word).FirstToken; t < word; t++)
        {
            if (tokens[t].DepRel == "nsubj") return tokens[t].Upos == "NOUN" ? t : -1;
        }
        return -1;
    }

    /// <summary>
    /// "A spokesman for the ADF, who identified himself only as Colonel Ikome, ...", "said the spokesman, who gave his name as
    /// Comandante Tomás": a person described, then named by a relative clause in which he gives his name, is the person named; the
    /// description ("A spokesman") becomes a mention of that person's entity, so "he" in the next sentence is the spokesman.
    /// </summary>
    private static IEnumerable<(Entity Entity, Mention Mention)> SelfNamedDescriptions(Document document, bool[] covered)
    {
        var tokens = document.Tokens;
        for (int verb = 1; verb < tokens.Length; verb++)
        {
            if (tokens[verb].DepRel != "acl:relcl" || tokens[verb].Head is not (>= 0 and var noun) || noun > verb || covered[noun] || tokens[noun].Upos != "NOUN"
                || tokens[verb].Lemma is not ("identify" or "introduce" or "give")) continue;
            // ("A spokesman for the ADF, one of the main separatist militias, who gave his name as General Mbah": a clause the parser hung
            // on a body or on people is the person's the sentence opened with.)
            if (!IsAPerson(tokens[noun]))
            {
                int described = FirstSubjectBefore(document, verb);
                if (described < 0 || covered[described] || !IsAPerson(tokens[described])) continue;
                noun = described;
            }
            // ("gave his name as": giving, only one's name.)
            if (tokens[verb].Lemma == "give" && !Enumerable.Range(verb + 1, Math.Min(3, tokens.Length - verb - 1)).Any(t => tokens[t].Lemma == "name" && tokens[t].Head == verb)) continue;
            int named = -1;
            for (int t = verb + 1; t < tokens.Length && t <= verb + 5 && tokens[t].Sentence == tokens[verb].Sentence && named < 0; t++)
            {
                if (tokens[t].Form.Equals("as", StringComparison.OrdinalIgnoreCase)) named = t + 1;
            }
            if (named < 0) continue;
            // (The name may follow a title: "as Colonel Ikome"; a title in quotation marks too: 'as "General" Shabani Kalunga'.)
            var person = document.Entities.FirstOrDefault(e => e.Label == "PER" && e.Mentions.Any(m => m.FirstToken >= named && (m.FirstToken <= named + 2
                || m.FirstToken <= named + 4 && Enumerable.Range(named, m.FirstToken - named).All(t => tokens[t].Xpos is "``" or "''" || char.IsUpper(tokens[t].Form[0])))));
            if (person is null) continue;
            int first = noun;
            while (first > 0 && tokens[first - 1].Head == noun && tokens[first - 1].DepRel is "det" or "amod" or "compound") first--;
            int start = tokens[first].Start, end = tokens[noun].End;
            yield return (person, new Mention(start, end, document.Slice(start, end)) { FirstToken = first, TokenCount = noun - first + 1 });
        }
    }

    /// <summary>
    /// Where a definite description of a body opens ("the" and a singular noun of a body, with nothing else that would make it a
    /// body of its own: not "the council of elders"), or -1.
    /// </summary>
    private static int DescriptionStart(Token[] tokens, int noun)
    {
        ref readonly var word = ref tokens[noun];
        if (word.Upos != "NOUN" || word.Xpos != "NN" || !Kinds.Contains(word.Lemma ?? "")) return -1;
        // ("fighters from the same brigade": "same" says it is the one told before.)
        int opening = noun - 1;
        if (opening > 0 && tokens[opening].Form.Equals("same", StringComparison.OrdinalIgnoreCase) && tokens[opening].Head == noun) opening--;
        ref readonly var article = ref tokens[opening];
        if (!article.Form.Equals("the", StringComparison.OrdinalIgnoreCase) || article.Head != noun || article.Sentence != word.Sentence) return -1;
        // (A phrase after it says which body: "the office of the governor", "the group's" is still the group.)
        for (int t = noun + 1; t < tokens.Length && tokens[t].Sentence == word.Sentence; t++)
        {
            if (tokens[t].Head == noun && tokens[t].DepRel is "nmod" or "compound" or "flat" or "appos" or "amod") return -1;
        }
        return opening;
    }

    /// <summary>The nearest organisation named before whose name, or the noun it stands with, is the description's noun.</summary>
    /// <param name="descriptions">The descriptions joined so far, which hold the noun by being descriptions, not names.</param>
    private static Entity? Antecedent(Document document, int article, int noun, HashSet<Mention> descriptions)
    {
        var tokens = document.Tokens;
        string kind = tokens[noun].Lemma!;
        int earliestSentence = tokens[noun].Sentence - Reach;
        var candidates = document.Entities.Where(e => e.Label == "ORG")
            .SelectMany(e => e.Mentions.Where(m => m.FirstToken >= 0 && m.FirstToken + m.TokenCount <= article && tokens[m.FirstToken].Sentence >= earliestSentence).Select(m => (Entity: e, Mention: m)))
            .OrderByDescending(c => c.Mention.FirstToken).ToList();
        foreach (var (entity, mention) in candidates)
        {
            // (A body whose own name holds the noun is "the brigade" to the end of the story; one only told with the noun, "the
            // RSF, a paramilitary group", must have been named in the three sentences before: "The group threatened", five
            // sentences on, is more likely a group the recognizer missed.)
            if (!NameHolds(tokens, mention, kind) && !NamedAs(document, mention, kind)) continue;
            bool namedSo = entity.Mentions.Any(m => m.FirstToken >= 0 && !descriptions.Contains(m) && NameHolds(tokens, m, kind));
            if (namedSo || entity.Mentions.Any(m => m.FirstToken >= 0 && m.FirstToken < article && tokens[m.FirstToken].Sentence >= tokens[noun].Sentence - 3))
                return entity;
        }
        // ("the SPLA-IO, the armed opposition loyal to Riek Machar ... The group also threatened": a bare "group" or "militia" is
        // the last armed group named, within the sentence before.)
        // (A subject first: "JNIM, al Qaeda's Sahel affiliate, claimed the attack ... the group threatened" means JNIM.)
        if (kind is "group" or "militia")
        {
            var armed = candidates.Where(c => c.Entity.Actor?.Sector is { } sector && ArmedSectors.Contains(sector)
                                              && tokens[c.Mention.FirstToken].Sentence >= tokens[noun].Sentence - 1).ToList();
            return (armed.FirstOrDefault(c => IsASubject(tokens, c.Mention)) is { Entity: { } subject } ? subject : null) ?? armed.FirstOrDefault().Entity;
        }
        return null;
    }

    /// <summary>Whether the mention's own words hold the noun ("the 444 Combat Brigade").</summary>
    private static bool NameHolds(Token[] tokens, Mention mention, string kind)
    {
        for (int t = mention.FirstToken; t < mention.FirstToken + mention.TokenCount; t++)
        {
            if (tokens[t].Form.Equals(kind, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Whether a word of the mention is a clause's subject.</summary>
    private static bool IsASubject(Token[] tokens, Mention mention)
    {
        for (int t = mention.FirstToken; t < mention.FirstToken + mention.TokenCount; t++)
        {
            if (tokens[t].DepRel is "nsubj" or "nsubj:pass") return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the noun the mention modifies ("the Gulf Clan drug trafficking group") or has in apposition ("Plataforma Decide, a
    /// local election monitoring group") is the description's.
    /// </summary>
    private static bool NamedAs(Document document, Mention mention, string kind)
    {
        var tokens = document.Tokens;
        int last = mention.FirstToken + mention.TokenCount - 1;
        int head = BodyNouns.NameHead(tokens, mention);
        // (Up the compounds the name stands in: "Gulf Clan" -> "drug trafficking group".)
        for (int steps = 0; steps < 4 && tokens[head].DepRel == "compound" && tokens[head].Head > head && tokens[head].Head - last <= 4; steps++)
        {
            head = tokens[head].Head;
            if (tokens[head].Lemma == kind) return true;
        }
        return BodyNouns.NounNamedBy(document, mention) is >= 0 and var named && tokens[named].Lemma == kind;
    }
}
