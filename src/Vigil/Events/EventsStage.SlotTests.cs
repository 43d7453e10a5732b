using Vigil.Documents;

namespace Vigil.Events;

// The small tests of the parse that the search for an event's actors asks (is a noun locative, does a word
// name a time, which verb is a clause coordinated with), and the word lists it reads
// (see EventsStage.ActorSlots.cs).
public sealed partial class EventsStage
{
    private static readonly HashSet<string> LocativePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "across", "around", "outside", "inside", "throughout", "during", "through", "toward", "towards", "along", "behind", "beside",
    };

    /// <summary>The participle of the same sentence before the word that hangs on a verb (advcl), or -1.</summary>
    private static int PreviousParticiple(Token[] tokens, int word)
    {
        for (int t = word - 1; t >= 0 && tokens[t].Sentence == tokens[word].Sentence; t--)
        {
            if (tokens[t].Xpos == "VBG" && tokens[t].DepRel == "advcl" && tokens[t].Head >= 0 && tokens[tokens[t].Head].Upos == "VERB") return t;
        }
        return -1;
    }

    /// <summary>Whether the word is the pronoun "it", in any case.</summary>
    private static bool IsPronounIt(in Token token) => token.Form.Equals("it", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The verb a coordinated verb is coordinated with: its head, or when the parser hung it on a noun of
    /// the first verb's phrase ("... outside parliament in Tbilisi late Sunday and detained 38 people"),
    /// the nearest verb above that noun. -1 if none is near.
    /// </summary>
    private static int CoordinatedVerb(Token[] tokens, int conjunct)
    {
        int head = tokens[conjunct].Head;
        for (int depth = 0; head >= 0 && depth < 8; depth++, head = tokens[head].Head)
        {
            if (tokens[head].Upos == "VERB") return head;
        }
        return -1;
    }

    private static bool InsideLocative(Token[] tokens, List<int>[] children, int noun, int trigger)
    {
        for (int t = noun, depth = 0; t >= 0 && t != trigger && depth < 6; t = tokens[t].Head, depth++)
        {
            if (IsLocative(tokens, children, t)) return true;
        }
        return false;
    }

    /// <summary>A noun in a place or time phrase ("in Bogota", "near Gao"), or the conjunct of one.</summary>
    private static bool IsLocative(Token[] tokens, List<int>[] children, int noun)
    {
        int phraseHead = tokens[noun].DepRel == "conj" && tokens[noun].Head >= 0 ? tokens[noun].Head : noun;
        // "toward the Malian border": a nationality modifying a place noun is as locative as its noun.
        if (tokens[phraseHead].DepRel is "amod" or "compound" && tokens[phraseHead].Head >= 0) phraseHead = tokens[phraseHead].Head;
        return (tokens[phraseHead].DepRel ?? "") is var rel && (rel.StartsWith("obl", StringComparison.Ordinal) || rel == "nmod")
               && children[phraseHead].Any(c => tokens[c].DepRel == "case" && LocativePrepositions.Contains(tokens[c].Form));
    }

    /// <summary>"hundreds of soldiers": the soldiers a count counts (the count itself when it has no "of" phrase).</summary>
    private static int MembersOfACount(Token[] tokens, List<int>[] children, int count) =>
        tokens[count].Lemma is "hundred" or "thousand" or "dozen" or "score" || tokens[count].Upos == "NUM"
            ? children[count].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)), count)
            : count;

    /// <summary>The first verb above a word, within three steps (-1 if none).</summary>
    private static int VerbAbove(Token[] tokens, int word)
    {
        for (int t = tokens[word].Head, depth = 0; t >= 0 && depth < 3; t = tokens[t].Head, depth++)
        {
            if (tokens[t].Upos == "VERB") return t;
        }
        return -1;
    }

    /// <summary>The verb whose adjunct a noun is, directly or through the verb's object; -1 if none.</summary>
    private static int GoverningVerb(Token[] tokens, int noun)
    {
        int t = noun;
        for (int depth = 0; depth < 2 && tokens[t].Head >= 0 && tokens[t].DepRel is { } rel
             && (rel.StartsWith("obl", StringComparison.Ordinal) || rel == "nmod" || rel == "obj" && depth > 0); depth++)
        {
            t = tokens[t].Head;
            if (tokens[t].Upos == "VERB") return t;
        }
        return -1;
    }

    private static bool CoordinatedBetween(Token[] tokens, int first, int second)
    {
        for (int i = first + 1; i < second; i++)
        {
            if (tokens[i].Upos == "CCONJ" || tokens[i].Form is "," or ";") return true;
        }
        return false;
    }

    /// <summary>
    /// A past tense with no subordinator of its own hung as an adverbial clause: the parser's reading of
    /// "Inmates armed with guns fought each other" with "armed" as the root. The verb is the clause's own.
    /// </summary>
    private static bool IsUnmarkedPastTense(Token[] tokens, List<int>[] children, int verb) =>
        tokens[verb].Xpos == "VBD" && !children[verb].Any(c => tokens[c].DepRel is "mark" or "nsubj" or "nsubj:pass");

    /// <summary>
    /// "to have been killed", "to be arrested": a complement verb in the passive, its "be" or "been" right before it (not "an
    /// aircraft believed to be American struck a vehicle").
    /// </summary>
    private static bool IsPassiveComplement(Token[] tokens, int verb) =>
        tokens[verb].DepRel == "xcomp" && tokens[verb].Xpos == "VBN" && verb > 0 && tokens[verb - 1].DepRel == "aux:pass" && tokens[verb - 1].Head == verb;

    private static bool IsPurposeInfinitive(Token[] tokens, List<int>[] children, int verb) =>
        children[verb].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.Equals("to", StringComparison.OrdinalIgnoreCase));

    /// <summary>"the latest bloodshed", "the first group", "the deadliest attack": a noun ranked by a superlative or an ordinal.</summary>
    private static bool IsRankedNoun(Token[] tokens, List<int>[] children, int noun) =>
        children[noun].Any(c => tokens[c].DepRel == "amod" && (tokens[c].Xpos == "JJS" || tokens[c].Lemma is "first" or "second" or "third" or "last" or "next" or "only"));

    /// <summary>
    /// Whether an object is the pattern's noun: its head, or a coordinated noun or a compound the parser
    /// made of one ("fired tear gas and rubber bullets", with "gas" a compound of "bullets").
    /// </summary>
    private static bool ObjectNames(Token[] tokens, List<int>[] children, int obj, string lemma)
    {
        if (tokens[obj].Lemma == lemma) return true;
        // ("its troops had captured Novoselivka, a village about 12 kilometers northwest of Lyman": a name the noun is apposed to.)
        if (tokens[obj].Xpos == "NNP" && children[obj].Any(c => tokens[c].DepRel == "appos" && tokens[c].Lemma == lemma)) return true;
        // ("imposed a curfew on the city, which it lifted at dawn", "imposed a curfew ... and lifted it two days later": a relative
        // pronoun stands for the noun its clause is on, "it" for the object of the verb its own is coordinated with.)
        if (tokens[obj].Form.ToLowerInvariant() is "which" or "that" && tokens[obj].Head is >= 0 and var clause && tokens[clause].DepRel == "acl:relcl"
            && tokens[clause].Head is >= 0 and var noun)
            // (Hung on the place the curfew is imposed on: "a curfew on the city, which".)
            return tokens[noun].Lemma == lemma || tokens[noun].DepRel is "nmod" or "obl" && tokens[noun].Head is >= 0 and var owner
                   && (tokens[owner].Lemma == lemma || children[owner].Any(c => tokens[c].DepRel == "obj" && tokens[c].Lemma == lemma));
        if (tokens[obj].Form.Equals("it", StringComparison.OrdinalIgnoreCase) && tokens[obj].Head is >= 0 and var verb && tokens[verb].DepRel == "conj"
            && tokens[verb].Head is >= 0 and var first)
            return children[first].Any(c => tokens[c].DepRel == "obj" && tokens[c].Lemma == lemma);
        // ("launched a barrage of missiles and drones", "fired a volley of rockets", "burned dozens of houses", "sent two platoons
        // of police": the things the quantity counts.)
        if (tokens[obj].Lemma is "barrage" or "salvo" or "volley" or "wave" or "hail" or "swarm" or "series" or "round" or "dozen" or "hundred" or "score"
                or "platoon" or "squad" or "detachment"
            && children[obj].FirstOrDefault(c => tokens[c].DepRel == "nmod" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var counted)
            return ObjectNames(tokens, children, counted, lemma);
        foreach (var c in children[obj])
        {
            if (tokens[c].Upos != "NOUN" || tokens[c].Lemma != lemma) continue;
            if (tokens[c].DepRel == "conj") return true;
            // A compound with modifiers of its own is a noun phrase of its own ("tear gas"), not a modifier ("gas station").
            if (tokens[c].DepRel == "compound" && children[c].Any(g => tokens[g].DepRel is "compound" or "amod")) return true;
        }
        return false;
    }

    /// <summary>An adjunct of time or circumstance ("during a visit", "after the talks", a bare participle), not a content ("for an investigation").</summary>
    private static bool IsAdjunct(Token[] tokens, List<int>[] children, int child)
    {
        int marker = children[child].FirstOrDefault(c => tokens[c].DepRel is "case" or "mark", -1);
        // "demanded the minister's resignation, accusing authorities of ...": a bare participle beside the
        // demand says what else its subject did.
        if (tokens[child].DepRel == "advcl" && tokens[child].Xpos == "VBG" && marker < 0) return true;
        return tokens[child].DepRel is "obl" or "advcl" or "nmod" && marker >= 0
               && tokens[marker].Form.ToLowerInvariant() is "during" or "after" or "before" or "while" or "when" or "since" or "amid" or "despite";
    }

    /// <summary>A weekday, a month or a time noun, by the word or its lemma ("Saturday", "mornings").</summary>
    private static bool NamesATime(in Token token) =>
        DateResolver.NamesATime(token.Form) || token.Lemma is { } lemma && DateResolver.NamesATime(lemma);

    /// <summary>A number that tells the time of day: "10 a.m.", "22:30 GMT", "8 o'clock".</summary>
    private static bool IsAClockTime(Token[] tokens, int number) =>
        tokens[number].Xpos == "CD" && (tokens[number].Form.Contains(':') || number + 1 < tokens.Length
            && tokens[number + 1].Form.ToLowerInvariant() is "a.m." or "p.m." or "am" or "pm" or "gmt" or "utc" or "o'clock" or "hrs" or "hours" or "local");

    /// <summary>Buildings and camps named by their owners or dwellers ("the offices of the electoral commission", "an encampment of farm workers").</summary>
    private static readonly HashSet<string> OwnedPlaceNouns = new(StringComparer.Ordinal)
        { "office", "headquarters", "home", "house", "residence", "compound", "premises", "branch", "embassy", "consulate", "property",
          "encampment", "camp", "settlement", "shelter", "warehouse", "depot", "store", "facility", "clinic", "base" };

    /// <summary>PLOVER types of acts that two coordinated parties do to each other ("Israeli and Palestinian leaders met").</summary>
    private static readonly HashSet<string> MutualActs = new(StringComparer.Ordinal) { "CONSULT", "AGREE", "COOPERATE" };

    private static readonly string[] AimedTargets = ["on", "against", "at", "into"];

    private static readonly string[] ReducedRelationsTargets = ["on", "against", "to", "from", "in"];

    /// <summary>Sectors of people who do not fight: civilians, journalists, teachers, doctors, clergy, workers, refugees, aid workers.</summary>
    internal static readonly HashSet<string> NonCombatants = new(StringComparer.Ordinal) { "CVL", "MED", "EDU", "HLH", "REL", "LAB", "REF", "HRI", "NGO", "AGR", "BUS" };

    private static readonly HashSet<string> Instruments = new(StringComparer.Ordinal)
        { "gun", "rifle", "machete", "knife", "stick", "stone", "rock", "weapon", "club", "spear", "arrow", "bow", "grenade", "bomb", "mortar", "rocket", "firearm", "axe", "sword", "pistol", "fire", "gunfire", "shell", "missile", "artillery", "shelling" };

    internal static readonly HashSet<string> WeaponNouns = new(StringComparer.Ordinal)
        { "drone", "missile", "rocket", "shell", "bomb", "mortar", "warplane", "aircraft", "jet", "helicopter", "grenade", "projectile",
          "tank", "artillery", "warship", "gunboat" };

    internal static readonly HashSet<string> ActNouns = new(StringComparer.Ordinal)
        { "attack", "strike", "airstrike", "bombing", "blast", "explosion", "raid", "assault", "shelling", "fighting", "clash", "violence", "ambush",
          "insurgency", "conflict", "war", "unrest", "uprising", "rebellion" };

    private static readonly HashSet<string> AttemptNouns = new(StringComparer.Ordinal)
        { "attempt", "bid", "offensive", "advance", "incursion", "push", "infiltration" };

    private static readonly HashSet<string> GatheringNouns = new(StringComparer.Ordinal)
        { "blockade", "rally", "protest", "demonstration", "march", "sit-in", "gathering", "vigil", "strike", "occupation" };

    /// <summary>The verb whose object a noun is, through coordinated nouns ("deployed soldiers and police officers"), or -1.</summary>
    private static int SentBy(Token[] tokens, int noun)
    {
        while (tokens[noun].DepRel == "conj" && tokens[noun].Head >= 0) noun = tokens[noun].Head;
        return tokens[noun].DepRel == "obj" ? tokens[noun].Head : -1;
    }

    /// <summary>Verbs that only carry an event noun: "go on strike", "stage a protest", "hold a rally".</summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal) { "go", "stage", "hold", "begin", "start", "launch", "join", "mount", "wage" };

    /// <summary>Not a function word: a noun, a name, a number, or a word the tagger mistook ("fighters/VERB" as a subject).</summary>
    private static bool IsNominal(Token token) => token.Upos is not ("ADP" or "SCONJ" or "CCONJ" or "DET" or "PUNCT" or "PART" or "AUX" or "INTJ" or "SYM");

    /// <summary>"what he called a barbaric attack": "call" that names something, not one that asks (no "for", "on", object clause).</summary>
    private static bool Names(Token[] tokens, List<int>[] children, int verb) =>
        tokens[verb].Lemma == "call" && (tokens[verb].DepRel == "acl:relcl" || children[verb].Any(c => tokens[c].Form.ToLowerInvariant() is "what"));

    private static readonly HashSet<string> AllegationNouns = new(StringComparer.Ordinal) { "charge", "suspicion", "allegation", "accusation" };

    /// <summary>
    /// What a crowd throws or wields, which hurts but does not act: "injured by rocks and sticks", "wounded by machetes and stones".
    /// (A weapon a force fires, "struck by a tear gas canister", stays the act's uncoded doer, through which a later telling
    /// finds the act.)
    /// </summary>
    private static readonly HashSet<string> ThrownThings = new(StringComparer.Ordinal)
        { "rock", "stone", "stick", "brick", "bottle", "machete", "knife", "axe", "club", "spear", "arrow", "sword", "hatchet" };

    /// <summary>Nouns for the ways words reach the public (what they carry is someone's, not their own act), and the means a device is set off by.</summary>
    private static readonly HashSet<string> MediumNouns = new(StringComparer.Ordinal)
        { "message", "statement", "conference", "interview", "video", "speech", "letter", "broadcast", "post", "tweet", "communique", "address",
          "telephone", "phone", "email", "radio",
          // ("was detonated by remote control", "set off by a timer": means, not an agent.)
          "control", "timer" };
}
