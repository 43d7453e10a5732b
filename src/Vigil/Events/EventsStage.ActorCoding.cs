using Vigil.Actors;
using Vigil.Documents;

namespace Vigil.Events;

// How the words found as an event's source or target become a coded actor: entity, country, sector
// (see EventsStage.cs and EventsStage.ActorSlots.cs).
public sealed partial class EventsStage
{
    /// <summary>What coding an actor phrase needs beyond its head: the parse, the sentence's coded phrases, the document's country.</summary>
    private sealed record ActorContext(Document Document, List<int>[] Children, PhraseIndex Phrases, string? Country);

    /// <summary>
    /// The source actor, none when the phrase names an event: "the strikes killed four people", "fighting
    /// that killed at least 11 people", "the curfew, which bans motorcycle traffic". Such an event is the
    /// consequence or a description of the event it names, which folding gives its toll (EventMentions).
    /// </summary>
    private EventActor? SourceAt(ActorContext context, ActorSlot slot) =>
        !_petrarchConventions && slot.Head >= 0 && (NamesAnEvent(context.Document.Tokens[slot.Head]) || NamesTheLand(context, slot.Head)) ? null : ActorAt(context, slot);

    /// <summary>
    /// "Troops pursuing the attackers into the Mayombe forest killed seven rebels", parsed with the forest as
    /// the subject: a stretch of land or a time of day, coded as nobody, does nothing.
    /// </summary>
    private static bool NamesTheLand(ActorContext context, int head) =>
        context.Document.Tokens[head] is { Upos: "NOUN" } token && LandNouns.Contains(token.Lemma ?? "")
        && EntityAt(context.Document, head)?.Actor is null && context.Phrases.CodeOf(head) is null;

    private static readonly HashSet<string> LandNouns = new(StringComparer.Ordinal)
        { "forest", "estuary", "river", "mountain", "hill", "valley", "road", "highway", "street", "square", "field", "bush", "desert",
          "dusk", "dawn", "foot", "night", "morning" };

    private bool NamesAnEvent(in Token token) =>
        token.Upos == "NOUN" && token.Lemma is { } lemma && _lexicon.PatternsFor(lemma).Any(p => !p.VerbOnly && p.ObjectLemma is null && p.Cameo is not null);

    /// <summary>
    /// The dictionaries' code for a name that a pronoun stands for in an earlier sentence ("The RSF denied attacking civilians.
    /// ... it said ..."), read in that sentence: the phrase index of the event's sentence does not reach it.
    /// </summary>
    private string? NameCodedInItsOwnSentence(Document document, int head)
    {
        if (document.Tokens[head].Upos != "PROPN") return null;
        var sentence = document.SentenceOf(head);
        return _phraseCoder.Find(document, sentence.FirstToken, sentence.EndToken).FirstOrDefault(p => p.Head == head || p.First <= head && head <= p.Last)?.Code;
    }

    private EventActor? ActorAt(ActorContext context, ActorSlot slot)
    {
        var (head, owner) = (slot.Head, slot.Owner);
        if (head < 0) return null;
        var (document, children) = (context.Document, context.Children);
        var tokens = document.Tokens;
        // ("Investigators have not said which group was behind the massacre": a phrase asked about names no one.)
        if (children[head].Any(c => tokens[c].DepRel == "det" && tokens[c].Form.ToLowerInvariant() is "which" or "what")) return null;
        // "By Saturday afternoon, volunteers were handing out ...", parsed with the time as the subject: a
        // time is never an actor. (PETRARCH's records code the names such a misparse hangs on a time: "fired
        // two artillery shells at New Zealand on Thursday", with "Thursday" heading "New Zealand".)
        if (!_petrarchConventions && NamesATime(tokens[head])) return null;
        // "Thousands of protesters", "a convoy of soldiers": the actor is the group's members, the phrase both.
        int collective = head;
        // Nested counts: "tens of thousands of Colombians".
        // ("treated dozens of wounded", with "wounded" read as a participle clause "of" opens: the wounded counted.)
        for (int depth = 0; depth < 3 && (_lexicon.Collectives.Contains(tokens[head].Lemma?.ToLowerInvariant() ?? "") || tokens[head].Upos == "NUM")
             && children[head].FirstOrDefault(c => tokens[c].DepRel is "nmod" or "acl" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var members; depth++)
            head = members;
        // "Gunmen from the Knights Templar cartel", "fighters of the RSF", "Gunmen believed to belong to the
        // Jalisco New Generation Cartel": armed men nobody names, from a known group, are that group's.
        // ("masked men who said they belonged to Carteles Unidos": men who say whose they are too; not men others name so,
        // "nine men suspected of links to Islamic State", "accused the men of being soldiers".)
        if (head == collective && (SectorOfAgent(tokens[head]) == "UAF" ? GroupOfArmedMen(context, head) : tokens[head].Lemma == "man" ? GroupOfArmedMen(context, head, ownWordsOnly: true) : -1)
                is >= 0 and var group)
            head = group;
        // "Teams from the medical charity MSF treated ...", "members of the Red Cross": people nothing else
        // describes, from a group the dictionaries know, act for it.
        if (head == collective && GroupMembers.Contains(tokens[head].Lemma ?? "")
            && children[head].FirstOrDefault(c => tokens[c].DepRel == "nmod" && context.Phrases.CodeOf(c) is not null
                   && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "from" or "of"), -1) is >= 0 and var organisation)
            head = organisation;
        // "to break up a blockade by truck drivers", "a rally by protesters": a gathering's actors are its people.
        if (head == collective && GatheringNouns.Contains(tokens[head].Lemma ?? "")
            && children[head].FirstOrDefault(c => tokens[c].DepRel == "nmod" && tokens[c].Upos is "NOUN" or "PROPN"
                   && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var people)
            head = people;
        // "torched a branch office of the ruling CCM party": an attack on a building is aimed at its owner.
        if (head == collective && OwnedPlaceNouns.Contains(tokens[head].Lemma ?? "")
            && children[head].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase))
                   && context.Phrases.At(c) is not null, -1) is >= 0 and var buildingOwner)
        {
            // ("the embassies of India, the United States and the European Union urged": an embassy that acts is told with its
            // words, as a country's government abroad.)
            if (tokens[collective].Lemma is "embassy" or "consulate") head = buildingOwner;
            else head = collective = buildingOwner;
        }
        // The phrase: the head with its compounds, modifiers, determiners, names and numbers.
        int first = Math.Min(head, collective), last = head;
        foreach (var c in children[collective])
        {
            if (collective != head && tokens[c].DepRel is "det" or "amod" or "nummod") first = Math.Min(first, c);
        }
        foreach (var c in children[head])
        {
            if (tokens[c].DepRel is "compound" or "amod" or "det" or "flat" or "nummod" or "nmod:poss" or "flat:name" or "det:poss"
                && !(c < head && DateResolver.NamesATime(tokens[c].Form))   // "last month gunmen abducted": the time is no part of the actor
                && !(c > head && tokens[c].DepRel == "amod")   // "Gunmen armed with rifles": a modifier after the noun is a clause of its own
                && tokens[c].Upos != "ADV"   // "hours later gunmen abducted", with "later" parsed as the gunmen's modifier
                && tokens[c].Xpos != "WP$"   // "whose leader Mahrang Baloch was arrested": the relative word is the clause's, not the actor's
                && tokens[c].Form.ToLowerInvariant() is not ("dead" or "alive"))   // "shot dead a community leader"
            {
                // ("United Nations agencies", "Amnesty International's Nigeria office": a name before the noun, whole.)
                // ("stone-throwing youths": a modifier before the noun with its own words.)
                // ("The factory owners' association": a common noun's possessor with its own words.)
                // ("Security Belt forces", with the name's words tagged as common nouns: a capitalised compound's name, whole;
                // "Air force jets": a compound's own compounds.)
                first = Math.Min(first, c < head && (tokens[c].DepRel is "compound" or "nmod:poss" && tokens[c].Upos == "PROPN"
                                                     || tokens[c].DepRel == "compound" && char.IsUpper(tokens[c].Form[0])) ? NameStart(tokens, children, c)
                                        : c < head && tokens[c].DepRel == "compound" ? CompoundStart(tokens, children, c)
                                        : c < head && tokens[c].DepRel == "amod" || c < head && tokens[c].DepRel == "nmod:poss" && tokens[c].Upos == "NOUN" ? SubtreeStart(children, c) : c);
                // ("Sinaloa Gov. Elena Barraza", parsed as a chain of flat names: the whole chain, but not the
                // phrases the parser hung on a part of it: "el-Sissi in Cairo on Wednesday".)
                last = Math.Max(last, tokens[c].DepRel is "flat" or "flat:name" ? NameEnd(tokens, children, c) : c);
            }
        }
        // "A Myanmar military airstrike": a force named by a modifier of an act takes the country's word before it.
        string? countryBefore = null;
        if (tokens[head].DepRel is "amod" or "compound" && first == head && head > 0 && tokens[head - 1].DepRel is "amod" or "compound"
            && context.Phrases.CountryAt(head - 1) is { } modifiersCountry)
        {
            first = head - 1;
            countryBefore = modifiersCountry;
        }
        // "Public Security Minister Abdelkerim Mahamat Idriss": the title before a name is part of the actor
        // and gives the sector when the name has none ("Junta spokesman Major/ADJ General Zaw Min Tun": also of a name tagged as an adjective).
        int title = tokens[head].Upos == "PROPN" || tokens[head].Xpos == "NNP" ? children[head].FirstOrDefault(c => tokens[c].DepRel == "nmod:desc" && c < head, -1) : -1;
        if (title >= 0)
        {
            // ("according to Col. Abdoulaye Hamani", with the preposition hung on the title: not the preposition.)
            int titleStart = SubtreeStart(children, title);
            while (titleStart < title && tokens[titleStart].DepRel is "case" or "fixed" or "mark" or "cc" or "punct") titleStart++;
            first = Math.Min(first, titleStart);
        }
        // "Tumaco Mayor Jhon Jairo Cortes", parsed with the name as a modifier of the town: a run of proper
        // nouns after a proper-noun head is one name with it.
        if (tokens[head].Upos == "PROPN")
        {
            foreach (var c in children[head].Where(c => c > last && tokens[c].DepRel == "nmod" && tokens[c].Upos == "PROPN" && !children[c].Any(g => tokens[g].DepRel == "case")))
            {
                int nameEnd = SubtreeEnd(children, c);
                if (Enumerable.Range(head + 1, nameEnd - head).All(t => tokens[t].Upos == "PROPN")) last = Math.Max(last, nameEnd);
            }
        }
        // "the Group for the Support of Islam and Muslims": a name goes on through "of" and "for" while its
        // words are capitalised (function words aside).
        if (tokens[head].Upos == "PROPN" || tokens[head].Xpos == "NNP")
        {
            foreach (var c in children[head].Where(c => c > last && tokens[c].DepRel == "nmod" && tokens[c].Upos == "PROPN"
                         && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form is "of" or "for")))
            {
                int nameEnd = SubtreeEnd(children, c);
                if (Enumerable.Range(last + 1, nameEnd - last).All(t => tokens[t].Upos is "PROPN" or "DET" or "ADP" or "CCONJ" && (tokens[t].Upos != "PROPN" || char.IsUpper(tokens[t].Form[0]))))
                    last = nameEnd;
            }
        }
        // (Whatever the parse made of it, "for the Support ..." hung on the verb: the capitalised run itself.)
        if (tokens[head].Upos == "PROPN" && last + 2 < tokens.Length && tokens[last + 1].Form is "of" or "for")
        {
            int runEnd = last, t = last + 1;
            while (t < tokens.Length && (tokens[t].Form is "of" or "for" or "the" or "and" || tokens[t].Upos is "PROPN" or "NOUN" or "ADJ" && char.IsUpper(tokens[t].Form[0])))
            {
                if (char.IsUpper(tokens[t].Form[0])) runEnd = t;
                t++;
            }
            if (runEnd > last + 1 && tokens[runEnd].Sentence == tokens[head].Sentence) last = runEnd;
        }
        // "Human Rights Watch accused", with "Watch" read as a pronoun and the name split: a name the actor
        // dictionaries know, holding the head, is whole.
        // ("Al Qaeda in the Arabian Peninsula (AQAP)": its acronym in brackets, which the next rule adds, does not count.)
        if (context.Phrases.At(head) is { } known && known.First <= head && head <= known.Last
            && WithoutBracketedAcronym(tokens, known.First, known.Last) is var knownLast && knownLast - known.First <= 6 && head <= knownLast
            && Enumerable.Range(known.First, knownLast - known.First + 1).All(t => char.IsUpper(tokens[t].Form[0]) || tokens[t].Upos is "ADP" or "DET" or "CCONJ"))
        {
            first = Math.Min(first, known.First);
            last = Math.Max(last, knownLast);
        }
        // "The head of the ECOWAS Commission", "the leader of the Arakan Army": an office is known by whose it is.
        // ("The Plateau chapter of the Christian Association of Nigeria": so is a part of a body.)
        // ("Officials from INCRA, the federal land reform agency, met ...": and officials or representatives from a body.)
        bool fromABody = tokens[head].Lemma is "official" or "representative" or "delegate";
        if (tokens[head].Upos == "NOUN" && (OfficeNouns.Contains(tokens[head].Lemma) || IsPartOfABody(tokens[head].Lemma) || fromABody)
            && children[head].FirstOrDefault(c => c > last && tokens[c].DepRel == "nmod" && tokens[c].Upos == "PROPN"
                   && children[c].Any(g => tokens[g].DepRel == "case" && (tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)
                                                                          || fromABody && tokens[g].Form.Equals("from", StringComparison.OrdinalIgnoreCase))), -1) is >= 0 and var whose
            && Enumerable.Range(last + 1, Math.Max(0, whose - last)).All(t => tokens[t].Upos is "ADP" or "DET" or "PROPN" or "ADJ" or "NOUN"))
            last = Math.Max(last, NameEnd(tokens, children, whose));
        // ("delivered ... kits to shelters for displaced families": a place kept for people is known by them.)
        if (tokens[head].Lemma is "shelter" or "camp" or "centre" or "center" or "home" && last == head
            && children[head].FirstOrDefault(c => c > head && tokens[c].DepRel == "nmod" && tokens[c].Xpos is "NNS" && SectorOfAgent(tokens[c]) is not null
                   && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("for", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var keptFor)
            last = keptFor;
        // "The West African bloc ECOWAS condemned": an acronym right after its noun names it.
        if (last == head && tokens[head].Upos == "NOUN" && last + 1 < tokens.Length && tokens[last + 1].Upos == "PROPN"
            && tokens[last + 1].Form.Length >= 2 && tokens[last + 1].Form.All(char.IsUpper) && tokens[last + 1].Sentence == tokens[head].Sentence)
            last++;
        // "the Allied Democratic Forces (ADF)": an acronym in brackets right after the name is part of it.
        if (last + 3 < tokens.Length && tokens[last + 1].Form == "(" && tokens[last + 3].Form == ")" && tokens[last + 2].Form.All(char.IsUpper))
            last += 3;
        // ("the State Committee for National Security, or GKNB": so is one after ", or".)
        else if (last + 3 < tokens.Length && tokens[last + 1].Form == "," && tokens[last + 2].Form == "or" && tokens[last + 3].Form.Length >= 2
                 && tokens[last + 3].Form.All(char.IsUpper) && tokens[last + 3].Sentence == tokens[head].Sentence)
            last += 3;
        // "Pakistan's prime minister, Imran Khan": the name in apposition is part of the actor, and its entity.
        // (Not an "according to" source the parser put in apposition: "killed a woman, according to Oleh Syniehubov".)
        // ("Police spokesman Assistant/ADJ Commissioner Tendai Moyo said": also a name whose first word was tagged as an adjective.)
        int name = children[head].FirstOrDefault(c => tokens[c].DepRel == "appos" && (tokens[c].Upos == "PROPN" || tokens[c].Xpos == "NNP") && c > head
                                                      && !children[c].Any(g => tokens[g].DepRel == "case"), -1);
        // ("The U.N. peacekeeping mission in Congo, MONUSCO, urged ...", "The UN humanitarian coordinator for
        // Burkina Faso, Marie-Claire Dubuisson, appealed ...": the parser hangs the name on the place; before
        // the subject's verb, it is the subject's.)
        if (name < 0 && tokens[head].Upos == "NOUN" && tokens[head].DepRel == "nsubj" && tokens[head].Head > head)
            name = children[head].Where(n => tokens[n].DepRel == "nmod" && n > head)
                .SelectMany(n => children[n].Where(c => tokens[c].DepRel == "appos" && tokens[c].Upos == "PROPN" && c > n && c < tokens[head].Head))
                .FirstOrDefault(-1);
        // (So is a person's name after an object's office: "detained the co-mayor of Yuksekova, Serhat Aydin".)
        // (Not the name of an "according to" source hung on the object: "killing a woman, according to regional head Oleh Syniehubov".)
        if (name < 0 && tokens[head].Upos == "NOUN" && tokens[head].DepRel == "obj")
            name = children[head].Where(n => tokens[n].DepRel == "nmod" && n > head && children[n].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)))
                .SelectMany(n => children[n].Where(c => tokens[c].DepRel == "appos" && tokens[c].Upos == "PROPN" && c > n && EntityAt(document, c)?.Label == "PER"))
                .FirstOrDefault(-1);
        // ("Indonesia's National Commission on Human Rights, known as Komnas HAM, sent": so is the name it is "known as".)
        // (However the parser hung "known" inside the phrase: on "Rights".)
        if (name < 0)
            name = children[head].Where(n => n > head && tokens[n].DepRel == "nmod").Append(head).SelectMany(n => children[n])
                .Where(k => k > head && tokens[k].DepRel == "acl" && tokens[k].Form.Equals("known", StringComparison.OrdinalIgnoreCase))
                .SelectMany(k => children[k].Where(c => c > k && tokens[c].DepRel == "obl" && tokens[c].Upos == "PROPN"
                                                        && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("as", StringComparison.OrdinalIgnoreCase))))
                .FirstOrDefault(-1);
        // ("Israeli Defence Minister Israel Katz", parsed with the title as the head of the name's words: the
        // person those words name is the actor's entity.)
        if (name < 0 && EntityAt(document, head) is null)
            name = children[head].FirstOrDefault(c => c > head && tokens[c].DepRel is "flat" or "flat:name" && EntityAt(document, c)?.Label == "PER", -1);
        // (The name's own words: not "for a month yesterday", hung on it by the parser; a name after a title is the
        // name's, "Maj. Gen. Placide Lubamba" read as "Maj." with the name in apposition.)
        if (name >= 0) last = Math.Max(last, children[name].Where(c => c > name && (tokens[c].DepRel is "flat" or "flat:name" or "compound"
                || tokens[c].DepRel == "appos" && tokens[c].Upos == "PROPN"))
            .Select(c => SubtreeEnd(children, c)).DefaultIfEmpty(name).Max());
        // "Ernesto Villalobos, the mayor of nearby Chilapa": so is a role in apposition to a name, which gives
        // the sector when the name has none.
        int role = tokens[head].Upos == "PROPN" ? children[head].FirstOrDefault(c => tokens[c].DepRel == "appos" && tokens[c].Upos == "NOUN" && c > head, -1) : -1;
        // (Not a clause on the role, nor what the parser hung on it past its closing comma: "UNMISS, the U.N. mission, which met chiefs
        // ..., said", "blamed the SPLA-IO, the armed opposition loyal to Riek Machar, for the attack".)
        if (role >= 0)
        {
            int comma = role + 1;
            while (comma < tokens.Length && tokens[comma].Sentence == tokens[role].Sentence && tokens[comma].Form != ",") comma++;
            last = Math.Max(last, children[role].Where(c => c > role && c < comma && tokens[c].DepRel is not ("acl:relcl" or "punct"))
                .Select(c => SubtreeEnd(children, c)).DefaultIfEmpty(role).Max());
        }
        // "The U.N. peacekeeping mission in Congo, known as MONUSCO": the name it is known by is part of the actor.
        int alias = children[head].Where(c => tokens[c].DepRel == "acl" && tokens[c].Lemma is "know" or "call")
            .SelectMany(c => children[c]).FirstOrDefault(c => tokens[c].Upos == "PROPN" && children[c].Any(g => tokens[g].Form.Equals("as", StringComparison.OrdinalIgnoreCase)), -1);
        if (alias >= 0 && tokens[alias].Sentence == tokens[head].Sentence) last = Math.Max(last, SubtreeEnd(children, alias));
        // ("The commander-in-chief of ...", with "-in-chief" the head's modifier: words glued to its last word by hyphens are one word with it.)
        while (last + 2 < tokens.Length && tokens[last + 1].Form == "-" && tokens[last + 1].Start == tokens[last].End && tokens[last + 2].Start == tokens[last + 1].End
               && tokens[last + 2].Sentence == tokens[last].Sentence) last += 2;
        // ("Fighters from the Arakan Rohingya Salvation Army and the rival Rohingya Solidarity Organisation clashed": the side a
        // role's first owner makes runs to the end of that owner's name; the owner after "and" is the other side.)
        if (owner > head && !slot.OwnerModifies && tokens[owner].Head == head && children[owner].Any(c => tokens[c].DepRel == "conj"))
            last = Math.Max(last, children[owner].Where(c => c > owner && tokens[c].DepRel is "flat" or "flat:name" or "compound").Select(c => SubtreeEnd(children, c)).DefaultIfEmpty(owner).Max());
        while (last > first && tokens[last].Upos == "PUNCT") last--;
        // "The National Commission on Human Rights (Komnas HAM)": a bracket opened in the phrase closes in it.
        for (int k = first + 1; k < last; k++)
        {
            if (tokens[k].Form != "(") continue;
            if (last + 1 < tokens.Length && tokens[last + 1].Form == ")" && !Enumerable.Range(k + 1, last - k).Any(j => tokens[j].Form == ")")) last++;
            break;
        }
        // "The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) ... threatened": a name the parser
        // split at its "and" runs to the end of the recognizer's mention of it.
        var headMention = document.Entities.SelectMany(e => e.Mentions).FirstOrDefault(m => m.FirstToken <= head && head < m.FirstToken + m.TokenCount);
        // ("The Committee to Protect Journalists called", parsed with "Journalists" the head: an organisation's name starts at its start.)
        if (headMention is not null && headMention.FirstToken < first && tokens[headMention.FirstToken].Sentence == tokens[head].Sentence && EntityAt(document, head)?.Label == "ORG")
        {
            first = headMention.FirstToken;
            if (first > 0 && tokens[first - 1].Form is "The" or "the" && tokens[first - 1].Sentence == tokens[head].Sentence) first--;
        }
        if (headMention is not null && headMention.FirstToken >= first && headMention.FirstToken + headMention.TokenCount - 1 > last)
        {
            last = headMention.FirstToken + headMention.TokenCount - 1;
            // (with the appositions hung on its words: "(BGMEA), the main factory owners' group")
            foreach (int apposition in Enumerable.Range(headMention.FirstToken, headMention.TokenCount).SelectMany(t => children[t])
                         .Where(c => c > last && tokens[c].DepRel == "appos").ToList())
                last = Math.Max(last, SubtreeEnd(children, apposition));
        }
        // "masked men who identified themselves as Barrio 18 members threatened", "a man presenting himself as a JNIM
        // commander": who they said they were is coded, told with the people who said it (their claim, not a fact).
        if (IdentityClaimedBy(tokens, children, collective) is >= 0 and var claimant)
            first = Math.Min(first, children[claimant].Where(c => c < claimant && tokens[c].DepRel is "det" or "amod" or "nummod" or "compound").DefaultIfEmpty(claimant).Min());
        // (A comma the parser hung inside the phrase does not open it: "At the meeting, Catholic and Protestant clergy".)
        while (first < head && tokens[first].Upos == "PUNCT" && tokens[first].Form is "," or ";") first++;
        int start = tokens[first].Start, end = tokens[last].End;
        var entity = EntityAt(document, head) ?? (name >= 0 ? EntityAt(document, name) : null) ?? (alias >= 0 ? EntityAt(document, alias) : null);
        // ("Medecins Sans Frontieres (MSF) said its teams treated 31 wounded people": "its" people in what a body says are the body's;
        // "the Arrow Boys ... freed 11 people whom its fighters had abducted": so are they in a relative clause on what it acted on.)
        if (entity is null && children[head].Any(c => tokens[c].DepRel == "nmod:poss" && tokens[c].Form.ToLowerInvariant() is "its" or "their")
            && tokens[head].Head is >= 0 and var act && VerbAboveTheClause(tokens, act) is >= 0 and var above)
            entity = children[above].Where(c => c < act && tokens[c].DepRel == "nsubj").Select(c => EntityAt(document, c)).FirstOrDefault(e => e?.Label == "ORG");
        // ("the Karen National Union (KNU), the ethnic armed group that has fought ..., said", parsed with the group the subject: a
        // noun of bodies right after a name and its comma is the name's apposition.)
        if (entity is null && tokens[head].Upos == "NOUN" && Entities.BodyNouns.Contains(tokens[head].Lemma ?? "")) entity = OrganisationNamedRightBefore(document, first);
        // ("Fighters of the 444 Combat Brigade clashed": members of a named body are that body.)
        if (entity is null && tokens[head].Upos == "NOUN" && MemberNouns.Contains(tokens[head].Lemma ?? ""))
            entity = children[head].Where(c => c > head && tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "of" or "from"))
                .Select(c => EntityAt(document, c)).FirstOrDefault(e => e?.Label == "ORG");
        // A named entity's code first, then the dictionaries' code for the phrase, a country the words name, the kind the
        // story gave the name before ("the Georgian Dream party"), then the head noun as an agent.
        string? code = entity?.Actor?.Code ?? context.Phrases.CodeOf(head) ?? CountryNamedBy(document, head) ?? NamedEarlierWithItsKind(context, first, last)
                       ?? NameCodedInItsOwnSentence(document, head);
        // ("a family party": a compound the agent list marks "---" names no actor, whatever its head word names.)
        bool namesNoActor = code is null && head > 0 && AgentDictionary.Default.CodeOf(tokens[head].Lemma, tokens[head - 1].Form + " " + tokens[head].Lemma) == "---";
        string? sector = namesNoActor ? null
            : code is not null ? SectorCodes.FirstSectorIn(code)
            : _lexicon.AgentSectors.GetValueOrDefault(tokens[head].Lemma ?? "") is { } agent ? AgentDictionary.SectorOfCode(agent)
            // ("Fortify Rights, a human rights group": the role's last two words first, "rights group", not "group" alone.)
            : role >= 0 && AgentDictionary.Default.CodeOf(tokens[role].Lemma, role > 0 ? tokens[role - 1].Form + " " + tokens[role].Form : null) is { } roleAgent
                ? AgentDictionary.SectorOfCode(roleAgent)
            : title >= 0 && _lexicon.AgentSectors.GetValueOrDefault(tokens[title].Lemma?.ToLowerInvariant() ?? "") is { } titleAgent ? AgentDictionary.SectorOfCode(titleAgent) : null;
        // "Odinga's coalition": a coalition or an alliance a person leads is a political one, not an armed force.
        if (sector == "MIL" && code is "MIL" or null && entity is null && tokens[head].Lemma is "coalition" or "alliance"
            && children[head].Any(c => tokens[c].DepRel == "nmod:poss" && EntityAt(document, c)?.Label == "PER"))
            (code, sector) = ("PTY", "PTY");
        // ("Its leader, Jimmy "Barbecue" Cherizier, warned that his men would march": an armed group's leader's men, or
        // fighters, are the group, not civilians.)
        if (!_petrarchConventions && entity is null && (code is null || sector == "CVL") && tokens[head].Lemma is "man" or "fighter" or "gunman"
            && children[head].Any(c => tokens[c].DepRel == "nmod:poss" && tokens[c].Form.ToLowerInvariant() is "his" or "her" or "their")
            && LeaderOfAnArmedGroupBefore(document, head) is { } leadersGroup)
            (code, sector) = (leadersGroup, SectorCodes.FirstSectorIn(leadersGroup));
        // The code of the first coded phrase after the head that a preposition the test accepts opens.
        string? CodeOfAPhraseAfterTheHead(Func<string, bool> preposition, Func<int, string?> codeOf) =>
            children[head].Where(c => c > head && tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && preposition(tokens[g].Form)))
                .Select(codeOf).FirstOrDefault(c => c is not null);
        // (PETRARCH's coding takes the first actor in a phrase whose head names none: "goats of Gondor" are Gondor's.)
        if (_petrarchConventions && code is null && sector is null && entity is null)
            code = CodeOfAPhraseAfterTheHead(form => form == "of", context.Phrases.CodeOf);
        // ("The leader of the Arakan Army", "a spokesman for the army": an office is coded as the body whose it is.)
        // (Also with the office-holder's uncoded name apposed: "the head of the UN peacekeeping mission MINUSCA, Valentine Rugwabiza".)
        if (!_petrarchConventions && code is null && entity?.Actor?.Code is null && tokens[head].Upos == "NOUN" && (OfficeNouns.Contains(tokens[head].Lemma) || IsPartOfABody(tokens[head].Lemma))
            && CodeOfAPhraseAfterTheHead(form => form.ToLowerInvariant() is "of" or "for", c => EntityAt(document, c)?.Actor?.Code ?? context.Phrases.CodeOf(c)) is { } body)
            (code, sector) = (body, SectorCodes.FirstSectorIn(body));
        // "Israeli warplanes", "RSF drones", "government aircraft": a weapon is its owner's, coded as the
        // owner, or as the military of the owner's country.
        if (code is null && entity is null && WeaponNouns.Contains(tokens[head].Lemma ?? "")
            && OwnerOfActOrWeapon(tokens, children, head, context.Phrases) is >= 0 and var weaponOwner)
        {
            string? ownerCode = EntityAt(document, weaponOwner)?.Actor?.Code ?? context.Phrases.CodeOf(weaponOwner);
            string? ownerSector = (ownerCode is null ? null : SectorCodes.FirstSectorIn(ownerCode)) ?? SectorOfAgent(tokens[weaponOwner]);
            string? ownersCountry = context.Phrases.CountryAt(weaponOwner) ?? SectorCodes.CountryIn(ownerCode) ?? context.Country;
            code = ownersCountry is not null ? ownersCountry + (ownerSector ?? "MIL") : ownerSector;
            sector = code is null ? null : SectorCodes.FirstSectorIn(code);
        }
        // A coordinated modifier's country may also come from the places ("Palestinian"), a role owner's from the dictionaries.
        // ("Diplomats from Manila and Beijing": a capital standing for its country owns the role too.)
        // (A coordinated modifier stands for a country only when it names one, "Israeli and Palestinian leaders"; a named group
        // coded with its country is a side of its own: "ARSA and RSO fighters clashed".)
        string? ownerCountry = owner < 0 ? null : slot.OwnerModifies ? (context.Phrases.CodeOf(owner) is not { Length: > 3 } ? context.Phrases.CountryAt(owner) : null)
            : SectorCodes.CountryIn(context.Phrases.CodeOf(owner))
              ?? (children[owner].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.ToLowerInvariant() is "from" or "of")
                  || tokens[owner].DepRel == "conj" && tokens[owner].Head >= 0 && children[tokens[owner].Head].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.ToLowerInvariant() is "from" or "of")
                  ? CountryNamedBy(document, owner) : null);
        // ("Egyptian President Abdel Fattah el-Sissi": the nationality may modify the title before the name.)
        string? actorCountry = entity?.Actor?.Country ?? SectorCodes.CountryIn(code) ?? ownerCountry ?? CountryOfModifier(document, children, head) ?? countryBefore
                               ?? (title >= 0 ? CountryOfModifier(document, children, title) : null) ?? PossessorsCountry(context, head)
                               // ("Human Rights Watch urged the authorities": a name the dictionaries know as international has no country.)
                               ?? (entity?.Actor is { Country: null, Code: { } international } && SectorCodes.RolesOnly(international) ? null : context.Country);
        if (slot.OwnerModifies && ownerCountry is not null)
        {
            // The coordinated modifier is this actor's country ("Palestinian" in "Israeli and Palestinian leaders").
            actorCountry = ownerCountry;
            if (SectorCodes.CountryIn(code) is not null) code = code!.Length > 3 ? code[3..] : null;
            code ??= sector is null ? ownerCountry : null;
        }
        // "Armed herders stormed a farming village": people who do not fight, armed, are an armed group.
        if (sector is not null && NonCombatants.Contains(sector) && entity is null
            && children[head].Any(c => tokens[c].DepRel == "amod" && tokens[c].Form.Equals("armed", StringComparison.OrdinalIgnoreCase)))
        {
            if (code is not null && code.EndsWith(sector, StringComparison.Ordinal)) code = code[..^sector.Length] + "UAF";
            sector = "UAF";
        }
        if (code is null && sector is not null) code = (actorCountry ?? "") + sector;
        else if (code is not null && SectorCodes.RolesOnly(code) && actorCountry is not null) code = actorCountry + code;
        // "Garre and Degodia clan militias clashed": each coordinated name that modifies the head is a side of its
        // own, its phrase running from its name to the head ("Degodia clan militias"; the first keeps the whole),
        // coded by its entity when it has one, else as the phrase.
        if (slot.OwnerModifies && ownerCountry is null && owner >= 0 && tokens[owner].Upos == "PROPN" && tokens[owner].Start > start)
        {
            var ownerEntity = EntityAt(document, owner);
            // (From the name's first word: "the Bu Salih and Albu Ghazzi clans".)
            int ownersFirst = owner;
            while (ownersFirst > 0 && tokens[ownersFirst - 1].Head == owner && tokens[ownersFirst - 1].DepRel is "compound" or "flat" && tokens[ownersFirst - 1].Upos == "PROPN") ownersFirst--;
            start = tokens[ownersFirst].Start;
            entity = ownerEntity ?? entity;
            code = ownerEntity?.Actor?.Code ?? code;
        }
        return new EventActor(start, end, document.Slice(start, end), entity?.Id, code, sector is null && SectorCodes.CountryIn(code) is null ? null : actorCountry, sector);
    }

    /// <summary>The organisation whose name (or its short form in brackets) ends right before the phrase's comma, or null.</summary>
    private static Entity? OrganisationNamedRightBefore(Document document, int phraseStart)
    {
        var tokens = document.Tokens;
        if (phraseStart < 3 || tokens[phraseStart - 1].Form != ",") return null;
        int named = tokens[phraseStart - 2].Form == ")" ? phraseStart - 3 : phraseStart - 2;
        return document.Entities.FirstOrDefault(e => e.Label == "ORG" && e.Mentions.Any(m => m.FirstToken >= 0 && m.FirstToken + m.TokenCount - 1 == named));
    }

    /// <summary>The verb a reported clause or a relative clause on its object hangs under ("said" of "said its teams treated"), or -1.</summary>
    private static int VerbAboveTheClause(Token[] tokens, int clause)
    {
        if (tokens[clause].DepRel == "ccomp") return tokens[clause].Head;
        if (tokens[clause].DepRel != "acl:relcl" || tokens[clause].Head is not (>= 0 and var noun)) return -1;
        while (tokens[noun].DepRel == "conj" && tokens[noun].Head >= 0) noun = tokens[noun].Head;
        return tokens[noun].DepRel == "obj" && tokens[noun].Head is >= 0 and var verb && tokens[verb].Upos == "VERB" ? verb : -1;
    }

    private static readonly HashSet<string> MemberNouns = new(StringComparer.Ordinal)
        { "fighter", "member", "soldier", "troop", "militiaman", "gunman", "combatant", "guerrilla", "militant", "commando", "unit", "element" };

    /// <summary>The known group armed men are said to be from or to belong to, or -1.</summary>
    /// <param name="ownWordsOnly">Only a group the men say they belong to ("who said they belonged to").</param>
    private int GroupOfArmedMen(ActorContext context, int men, bool ownWordsOnly = false)
    {
        var (document, children) = (context.Document, context.Children);
        var tokens = document.Tokens;
        // (Not people who do not fight: "gunmen from the Shaitat tribe" stay gunmen.)
        bool KnownGroup(int c) => context.Phrases.CodeOf(c) is { } code && SectorCodes.FirstSectorIn(code) is not ("UAF" or "CVL")
                                  || EntityAt(document, c)?.Actor is not null || SectorOfAgent(tokens[c]) is not (null or "UAF" or "CVL");
        bool Introduced(int c, string a, string b) => children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is var word && (word == a || word == b));
        int direct = ownWordsOnly ? -1 : children[men].FirstOrDefault(c => tokens[c].DepRel == "nmod" && Introduced(c, "from", "of") && KnownGroup(c), -1);
        if (direct >= 0) return direct;
        // "Gunmen believed to be Boko Haram fighters", "Men believed to be cartel members": what the men are said to be, when
        // that is an armed group's people (not "Gunmen suspected to be herders", who stay gunmen, nor "suspected to be jihadists").
        foreach (var hedge in children[men].Where(c => tokens[c].DepRel == "acl" && tokens[c].Lemma is "believe" or "think" or "suspect" or "say" or "allege" or "report" or "presume"))
        {
            if (children[hedge].FirstOrDefault(c => tokens[c].DepRel == "xcomp" && children[c].Any(g => tokens[g].DepRel == "cop"), -1) is >= 0 and var identity
                && (context.Phrases.CodeOf(identity) ?? EntityAt(document, identity)?.Actor?.Code) is { } code
                && SectorCodes.FirstSectorIn(code) is { } sector && sector != "UAF" && SectorCodes.Armed.Contains(sector))
                return identity;
        }
        foreach (var said in children[men].Where(c => tokens[c].DepRel is "acl" or "acl:relcl"
                     && (ownWordsOnly ? tokens[c].Lemma is "say" : tokens[c].Lemma is "believe" or "think" or "suspect" or "say" or "know" or "report")))
        {
            for (int t = said + 1; t <= SubtreeEnd(children, said); t++)
            {
                if (tokens[t].Upos is "NOUN" or "PROPN" && Introduced(t, "to", "of") && KnownGroup(t)) return t;
            }
        }
        return -1;
    }

    /// <summary>
    /// The noun whose claimed identity <paramref name="identity"/> is, or -1: the "as" phrase of a clause of identifying or
    /// presenting on that noun ("men who identified themselves as members of X", "a man presenting himself as a commander"),
    /// or hung on the noun itself.
    /// </summary>
    private static int IdentityClaimedBy(Token[] tokens, List<int>[] children, int identity)
    {
        if (!children[identity].Any(c => tokens[c].DepRel is "case" or "mark" && tokens[c].Form.Equals("as", StringComparison.OrdinalIgnoreCase))
            || tokens[identity].Head is not (>= 0 and var above)) return -1;
        // (Of the people themselves, "identified themselves", "presenting himself", or a participle, "identified by police as";
        // not what someone else is called in a clause on it: "the prison, which he described as the gangs' headquarters".)
        bool ofAClause = tokens[above].DepRel is "acl:relcl" or "acl" && tokens[above].Lemma is "identify" or "describe" or "present"
                         && (tokens[above].DepRel == "acl" || children[above].Any(c => tokens[c].DepRel == "obj" && tokens[c].Form.EndsWith("self", StringComparison.OrdinalIgnoreCase)
                                                                                    || tokens[c].Form.EndsWith("selves", StringComparison.OrdinalIgnoreCase)));
        if (!ofAClause && tokens[identity].DepRel != "nmod") return -1;
        int claimant = ofAClause ? tokens[above].Head : above;
        return claimant >= 0 && claimant < identity && tokens[claimant].Upos == "NOUN" ? claimant : -1;
    }

    /// <summary>The sector of an agent noun ("gunmen": UAF), also when the tagger took it for a name ("Gunmen/NNP").</summary>
    private string? SectorOfAgent(in Token token) =>
        (_lexicon.AgentSectors.GetValueOrDefault(token.Lemma?.ToLowerInvariant() ?? "")
         ?? (token.Upos == "PROPN" ? _lexicon.AgentSectors.GetValueOrDefault(ActorPhraseCoder.Singular(token.Form.ToLowerInvariant())) : null)) is { } agent
            ? AgentDictionary.SectorOfCode(agent) : null;

    /// <summary>The first word of a proper noun's own name: its compounds and modifiers that are names too.</summary>
    private static int NameStart(Token[] tokens, List<int>[] children, int name)
    {
        int start = name;
        foreach (var c in children[name])
        {
            if (c < start && tokens[c].DepRel is "compound" or "amod" or "flat" && char.IsUpper(tokens[c].Form[0])) start = NameStart(tokens, children, c);
        }
        return start;
    }

    /// <summary>The last token of a phrase without the acronym in brackets that ends it, or without the bracket it was cut at.</summary>
    private static int WithoutBracketedAcronym(Token[] tokens, int first, int last)
    {
        if (last > first && tokens[last].Form == ")") last--;
        if (last > first + 1 && tokens[last - 1].Form == "(" && tokens[last].Form.All(char.IsUpper)) last -= 2;
        else if (last > first && tokens[last].Form == "(") last--;
        return last;
    }

    /// <summary>A part of a body known by whose it is, as an office is ("the Plateau chapter of the Christian Association of Nigeria").</summary>
    private static bool IsPartOfABody(string? lemma) => lemma is "chapter" or "branch" or "wing";

    /// <summary>The first word of a compound's own compounds ("Air" of "force" in "Air force jets").</summary>
    private static int CompoundStart(Token[] tokens, List<int>[] children, int compound) =>
        children[compound].Where(c => c < compound && tokens[c].DepRel == "compound").Select(c => CompoundStart(tokens, children, c)).DefaultIfEmpty(compound).Min();

    private static int NameEnd(Token[] tokens, List<int>[] children, int name) =>
        children[name].Where(c => c > name && tokens[c].DepRel is "flat" or "flat:name" or "compound").Select(c => NameEnd(tokens, children, c)).DefaultIfEmpty(name).Max();

    private static int SubtreeStart(List<int>[] children, int token)
    {
        int start = token;
        foreach (var c in children[token]) start = Math.Min(start, SubtreeStart(children, c));
        return start;
    }

    private static Entity? EntityAt(Document document, int token) =>
        document.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Start <= document.Tokens[token].Start && document.Tokens[token].End <= m.End));

    /// <summary>
    /// A bare country or capital as the actor ("Kyiv accused Moscow"), resolved by the places stage when the
    /// recognizer did not make it an entity: the country's code, by the rule the actors stage codes entities with.
    /// </summary>
    private string? CountryNamedBy(Document document, int head)
    {
        var token = document.Tokens[head];
        if (token.Upos != "PROPN") return null;
        var place = document.Places.FirstOrDefault(p => p.Start <= token.Start && token.End <= p.End);
        return place is not null && CountryStandIn.CountryOf(place, _gazetteer) is { } country ? _lexicon.Alpha3.GetValueOrDefault(country) : null;
    }

    /// <summary>
    /// "... a critic of the ruling Georgian Dream party ... Georgian Dream has accused the opposition": a name with no
    /// code of its own that the story wrote earlier with the word for its kind after it ("party", "movement",
    /// "militia") is of that kind, and of the country its words or the story give.
    /// </summary>
    private string? NamedEarlierWithItsKind(ActorContext context, int first, int last)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        // (Capitalised past the sentence's first word, however tagged: "Georgian/JJ Dream/NN".)
        if (!char.IsUpper(tokens[last].Form[0]) || last == document.SentenceOf(last).FirstToken) return null;
        // (Not a place: "Huancayo" after "the Huancayo hospital".)
        if (document.Places.Any(p => p.Start <= tokens[last].Start && tokens[last].End <= p.End)) return null;
        int nameStart = first;
        while (nameStart < last && !char.IsUpper(tokens[nameStart].Form[0])) nameStart++;
        var name = document.Slice(tokens[nameStart].Start, tokens[last].End);
        for (int at = document.Text.IndexOf(name, StringComparison.Ordinal); at >= 0 && at < tokens[first].Start;
             at = document.Text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            int kind = document.TokenStartingAt(at + name.Length + 1);
            if (kind < 0 || tokens[kind].Upos != "NOUN" || !KindNouns.Contains(tokens[kind].Lemma ?? "") || AgentDictionary.Default.CodeOf(tokens[kind].Lemma) is not { } agent) continue;
            string sector = AgentDictionary.SectorOfCode(agent);
            if (sector is "CVL" or "MIL" or "COP") continue;
            int from = document.TokenStartingAt(at) is >= 0 and var opening ? opening : kind;
            string? country = Enumerable.Range(from, kind - from + 1).Select(t => EntityAt(document, t)?.Actor?.Country).FirstOrDefault(c => c is not null) ?? context.Country;
            return country + sector;
        }
        return null;
    }

    /// <summary>The code of the nearest person before the word in its sentence who speaks for an armed group (a code with an armed sector), or null.</summary>
    private static string? LeaderOfAnArmedGroupBefore(Document document, int word)
    {
        var tokens = document.Tokens;
        for (int t = word - 1; t >= document.SentenceOf(word).FirstToken; t--)
        {
            if (EntityAt(document, t) is { Label: "PER", Actor.Code: { } code } && SectorCodes.FirstSectorIn(code) is { } sector && SectorCodes.Armed.Contains(sector))
                return code;
        }
        return null;
    }

    /// <summary>Nouns for the kind of body a name is (not for its people: "LNA officials" say nothing of what the LNA is).</summary>
    private static readonly HashSet<string> KindNouns = new(StringComparer.Ordinal)
        { "party", "movement", "group", "gang", "cartel", "militia", "coalition", "alliance", "front", "government", "organisation", "organization", "faction", "network" };

    /// <summary>
    /// "The Royal Thai Army said that its troops had responded": "its" or "their" is the nearest actor
    /// before it in the sentence with a country, and gives the phrase that country.
    /// </summary>
    private static string? PossessorsCountry(ActorContext context, int head)
    {
        var (document, children) = (context.Document, context.Children);
        var tokens = document.Tokens;
        int possessive = children[head].FirstOrDefault(c => tokens[c].DepRel is "nmod:poss" or "det:poss" && tokens[c].Form.ToLowerInvariant() is "its" or "their", -1);
        if (possessive < 0) return null;
        int sentenceStart = document.SentenceOf(head).FirstToken;
        for (int t = possessive - 1; t >= sentenceStart; t--)
        {
            if ((EntityAt(document, t)?.Actor?.Country ?? context.Phrases.CountryAt(t)) is { } country) return country;
        }
        return null;
    }

    /// <summary>
    /// A nationality adjective on the actor ("Mexican soldiers") gives its country, and so does the country
    /// that leads it ("the Saudi-led coalition", "US-led forces"; not the one that backs it: "Iran-backed rebels").
    /// </summary>
    private string? CountryOfModifier(Document document, List<int>[] children, int head)
    {
        var tokens = document.Tokens;
        foreach (var c in children[head])
        {
            // ("insurgents ... near the border with Cameroon": a country the actor is beside is not its own.)
            if (children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Lemma is "with" or "near" or "along" or "across")) continue;
            if (CountryAt(c) is { } country) return country;
            // ("a Syrian government convoy": or the country of a compound that says whose it is.)
            if (tokens[c].DepRel == "compound" && c < head && children[c].FirstOrDefault(g => g < c && tokens[g].DepRel == "amod" && CountryAt(g) is not null, -1) is >= 0 and var owner)
                return CountryAt(owner);
            if (tokens[c].Form == "led" && c > 0 && tokens[c - 1].Form == "-" && children[c].Select(CountryAt).FirstOrDefault(l => l is not null) is { } leader) return leader;
        }
        return null;

        string? CountryAt(int token)
        {
            var place = document.Places.FirstOrDefault(p => p.Start == tokens[token].Start && p.Feature == "PCLI");
            return place?.Country is { } alpha2 && _lexicon.Alpha3.TryGetValue(alpha2, out var alpha3) ? alpha3 : null;
        }
    }

    /// <summary>Words for people who stand for the group they are "from" or "of" and for nothing else.</summary>
    private static readonly HashSet<string> GroupMembers = new(StringComparer.Ordinal)
        { "team", "member", "staff", "delegation", "representative", "volunteer", "crew", "unit", "chapter", "branch" };
}
