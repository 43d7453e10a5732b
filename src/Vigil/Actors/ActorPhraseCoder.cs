using Vigil.Documents;
using Vigil.Places;

namespace Vigil.Actors;

/// <summary>A noun phrase that names an actor: its tokens, its syntactic head and its CAMEO code.</summary>
public sealed record ActorPhrase(int First, int Last, int Head, string Code);

/// <summary>
/// Codes noun phrases from the actor and agent dictionaries alone, without the entity recognizer, the
/// way PETRARCH codes them: the longest dictionary names in a sentence, grouped by the noun phrase they
/// belong to (found by climbing the parse from each name to the phrase's head), then combined:
/// "Dagolath's first Deputy Prime Minister Telemar" holds the actor Dagolath (DAG) and the agent
/// "prime minister" (GOV), so the phrase is DAGGOV. A named actor with a full code of its own keeps it.
/// </summary>
public sealed class ActorPhraseCoder(ActorDictionary actors, AgentDictionary agents)
{
    private static readonly HashSet<string> PhraseInternal =
        ["compound", "flat", "flat:name", "amod", "nmod:poss", "nmod:desc", "det", "det:poss", "nummod", "case", "compound:prt", "fixed"];

    /// <summary>The coded noun phrases of one sentence (tokens first..end-1), in reading order.</summary>
    public List<ActorPhrase> Find(Document document, int first, int end)
    {
        var tokens = document.Tokens;
        var matches = new List<(int First, int Last, string Code, bool IsAgent)>();
        for (int i = first; i < end;)
        {
            var match = LongestMatch(tokens, i, end, document.Published);
            if (match is null)
            {
                i++;
                continue;
            }
            matches.Add(match.Value);
            i = match.Value.Last + 1;
        }
        var phrases = new List<ActorPhrase>();
        foreach (var group in matches.GroupBy(m => PhraseHead(tokens, HeadWithin(tokens, m.First, m.Last), first, end)))
        {
            int head = group.Key;
            // The first name speaks for the phrase ("Ithilen's minister Calimehtar" is Ithilen's); an agent adds the role to a bare country.
            var actor = group.Where(m => !m.IsAgent).OrderBy(m => m.First).Select(m => m.Code).FirstOrDefault();
            // ("---": a compound the agent list says names no actor, "a family party".)
            var agents = group.Where(m => m.IsAgent && m.Code != "---").ToList();
            // ("Student groups", "Workers' groups", "a criminal group": a bare group is of the people its modifier names; an
            // armed modifier leaves it the armed group it is, "a local group" names no people.)
            var ofPeople = tokens[head].Lemma == "group" ? agents.Where(m => m.Last < head && tokens[m.Last].Head == head && OfPeople(tokens[m.Last], m.Code)).ToList() : [];
            // ("the rebels' Leyte regional command", "the army's command": a command is of the force its modifier names; so is a
            // chief, "the army chief", "the rebel chief".)
            var ofForce = tokens[head].Lemma is "command" or "chief" ? agents.Where(m => m.Last < head).ToList() : [];
            // ("six suspected cartel gunmen", "militia gunmen": armed men of no known side are of the group their modifier names.)
            var ofGroup = agents.Count > 1 && agents.Any(m => m.Code == "UAF" && Distance(m, head) == 0)
                ? agents.Where(m => m.Last < head && tokens[m.Last].Head == head && m.Code is "CRM" or "REB" or "INS" or "SEP").ToList() : [];
            var agent = (ofPeople.Count > 0 ? ofPeople : ofForce.Count > 0 ? ofForce : ofGroup.Count > 0 ? ofGroup : agents).OrderBy(m => Distance(m, head)).Select(m => m.Code).FirstOrDefault();
            string? code = (actor, agent) switch
            {
                (null, null) => null,
                ({ } a, null) => a,
                (null, { } g) => g.TrimEnd('~'),
                // Every agent of a country's phrase adds its role, in reading order ("The Danish Islamist media":
                // DNK, MUS, MED), one written before the country ("[NGO~]": "An MSF Arnor diplomat" is NGOARNGOV).
                ({ } a, _) when a.Length == 3 && !SectorCodes.IsSector(a) =>
                    string.Concat(agents.Where(m => m.Code.EndsWith('~')).Select(m => m.Code.TrimEnd('~'))) + a
                    + string.Concat(agents.Where(m => !m.Code.EndsWith('~')).OrderBy(m => m.First).Select(m => m.Code).Distinct()),
                ({ } a, _) => a,
            };
            if (code is null || code.StartsWith("---", StringComparison.Ordinal)) continue;
            var (from, to) = Extent(tokens, head, first, end);
            // "former Gondor prosecutors", "Former security officials in White House": a role someone held is
            // an elite's, not the role's (TABARI's conversion of "former" agents to ELI).
            if (agent is not null && FormerRole(tokens, head, from)) code = (actor ?? "") + "ELI";
            phrases.Add(new ActorPhrase(Math.Min(from, group.Min(m => m.First)), Math.Max(to, group.Max(m => m.Last)), head, code));
        }
        phrases.Sort((a, b) => a.First.CompareTo(b.First));
        return phrases;
    }

    private static bool OfPeople(Token modifier, string code) =>
        code.TrimEnd('~') is var sector && (sector == "CRM" || !SectorCodes.Armed.Contains(sector)) && (sector != "CVL" || modifier.Upos == "NOUN");

    private static bool FormerRole(Token[] tokens, int head, int from)
    {
        for (int i = from; i < head; i++)
        {
            if (tokens[i].Form.Equals("former", StringComparison.OrdinalIgnoreCase) && tokens[i].Head == head) return true;
        }
        return false;
    }

    private static int Distance((int First, int Last, string Code, bool IsAgent) match, int head) =>
        head >= match.First && head <= match.Last ? 0 : Math.Min(Math.Abs(match.First - head), Math.Abs(match.Last - head));

    /// <summary>The longest actor name or agent noun starting at token <paramref name="i"/>.</summary>
    private (int First, int Last, string Code, bool IsAgent)? LongestMatch(Token[] tokens, int i, int end, DateOnly? date)
    {
        // Most words start no name and no agent: rule them out before building any multi-word key.
        bool actorStart = actors.MayStartWith(tokens[i].Form);
        bool agentStart = agents.MayStartWith(tokens[i].Form.ToLowerInvariant()) || tokens[i].Lemma is { } lemma && agents.MayStartWith(lemma.ToLowerInvariant())
                          || tokens[i].Upos == "PROPN" && agents.MayStartWith(Singular(tokens[i].Form.ToLowerInvariant()));
        if (!actorStart && !agentStart) return null;
        int longest = Math.Min(Math.Max(actorStart ? actors.MaxWords : 0, agentStart ? agents.MaxWords : 0), end - i);
        for (int length = longest; length >= 1; length--)
        {
            var forms = string.Join(' ', Enumerable.Range(i, length).Select(t => tokens[t].Form));
            if (actorStart && length <= actors.MaxWords && actors.CodeFor(forms, date) is { } code) return (i, i + length - 1, code, false);
            // ("deployed to guard factories": a verb names no actor, whatever noun it is spelt like; participles may, "the displaced".)
            if (!agentStart || length > agents.MaxWords || tokens[i + length - 1].Xpos is "VB" or "VBP" or "VBZ" or "VBD") continue;
            // Agents match by lemma on the last word ("ministers" is "minister"), by form elsewhere.
            var words = Enumerable.Range(i, length).Select(t => t == i + length - 1 ? tokens[t].Lemma ?? tokens[t].Form : tokens[t].Form);
            if (agents.Exact(string.Join(' ', words).ToLowerInvariant()) is { } agent) return (i, i + length - 1, agent, true);
            if (agents.Exact(forms.ToLowerInvariant()) is { } agentForm) return (i, i + length - 1, agentForm, true);
            // "Gunmen ambushed ...": a capitalized common noun the tagger took for a name has no noun lemma.
            if (length == 1 && tokens[i].Upos == "PROPN" && agents.Exact(Singular(tokens[i].Form.ToLowerInvariant())) is { } capitalized)
                return (i, i, capitalized, true);
        }
        return null;
    }

    /// <summary>An English plural's singular by the regular rules ("gunmen" → "gunman", "militias" → "militia").</summary>
    internal static string Singular(string word) =>
        word.EndsWith("men", StringComparison.Ordinal) ? word[..^3] + "man"
        : word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("ses", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    /// <summary>The token of a multi-word name whose head lies outside it ("ministry" in "ministry of silly walks").</summary>
    private static int HeadWithin(Token[] tokens, int from, int to)
    {
        for (int i = from; i <= to; i++)
        {
            if (tokens[i].Head < from || tokens[i].Head > to) return i;
        }
        return to;
    }

    /// <summary>Climbs from a name to the head of its noun phrase (compounds, possessors, modifiers).</summary>
    private static int PhraseHead(Token[] tokens, int token, int first, int end)
    {
        int head = token;
        for (int steps = 0; steps < 6; steps++)
        {
            var rel = tokens[head].DepRel ?? "";
            int up = tokens[head].Head;
            if (up < first || up >= end || !PhraseInternal.Contains(rel)) break;
            head = up;
        }
        return head;
    }

    /// <summary>The tokens of the head's phrase: the head and its phrase-internal dependents, transitively.</summary>
    private static (int From, int To) Extent(Token[] tokens, int head, int first, int end)
    {
        int from = head, to = head;
        bool grew = true;
        while (grew)
        {
            grew = false;
            for (int i = first; i < end; i++)
            {
                if (i >= from && i <= to) continue;
                int h = tokens[i].Head;
                if (h < from || h > to || !PhraseInternal.Contains(tokens[i].DepRel ?? "") || tokens[i].DepRel == "case" && h == head) continue;
                from = Math.Min(from, i);
                to = Math.Max(to, i);
                grew = true;
            }
        }
        return (from, to);
    }
}
