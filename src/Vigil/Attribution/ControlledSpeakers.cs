using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>
/// Who speaks through a cue verb that has no subject of its own: an infinitive or a gerund says what the one who
/// controls it says ("Trump avoids condemning", "the senator spoke ... to discuss", "He was able to tout"), and a
/// participle that modifies a noun says what the noun says ("footage of Trump saying", "a union representing
/// flight attendants endorsed"). English leaves these subjects out; PolNeAR's annotators write them in.
/// </summary>
internal static class ControlledSpeakers
{
    /// <summary>
    /// A verb's subject, or for an open complement or a conjunct without one, its governor's ("has tried to use
    /// ...": Trump's), with the verb that has it; (-1, -1) when there is none within three steps.
    /// </summary>
    public static (int Subject, int Owner) ControlledSubject(Token[] tokens, DependencyTree tree, int verb)
    {
        for (int v = verb, depth = 0; v >= 0 && depth < 3; depth++, v = tokens[v].Head)
        {
            if (tree.Child(v, "nsubj") is >= 0 and var subject) return (subject, v);
            if (tokens[v].DepRel is not ("xcomp" or "conj")) break;
        }
        return (-1, -1);
    }

    /// <summary>
    /// Whether the object of <paramref name="verb"/>, not its subject, controls an infinitive after it: a verb that
    /// asks, tells or makes someone act ("urged the council to act", "forced Stumpf, ..., to admit"). ("blocked the
    /// main road to demand" is the blockers' demand.)
    /// </summary>
    public static bool ObjectControls(Token verb) => verb.Lemma?.ToLowerInvariant() is "ask" or "urge" or "tell" or "invite"
        or "encourage" or "order" or "allow" or "persuade" or "force" or "call" or "press" or "want" or "expect" or "instruct" or "warn";

    /// <summary>
    /// The speaker of a subjectless cue the other rules of <see cref="AttributionStage"/> leave without one, with the
    /// word whose dependent it is (for a name split in two); (-1, -1) when the parse shows none.
    /// </summary>
    public static (int Subject, int Owner) Of(Token[] tokens, DependencyTree tree, int cue)
    {
        var (subject, owner) = Controller(tokens, tree, cue);
        // ("a series of postings that included one saying ...": a relative pronoun that controls a gerund is a misparse
        // of the gerund's noun; 'After saying her foot was "so swollen I could barely get my shoe on," she was': and so
        // is a speaker inside a quotation after the cue.)
        if (subject >= 0 && (tokens[subject].Xpos == "WDT" || subject > cue && tokens[subject].Form.ToLowerInvariant() is "i" or "we" or "you"))
            return (-1, -1);
        return (subject, owner);
    }

    private static (int Subject, int Owner) Controller(Token[] tokens, DependencyTree tree, int cue)
    {
        if (tokens[cue].Head is not (>= 0 and var governor)) return (-1, -1);
        int mark = tree.Child(cue, "mark");
        string? marker = mark >= 0 && mark < cue ? tokens[mark].Form.ToLowerInvariant() : null;
        bool commaBefore = CommaBefore(tokens, cue, mark);
        switch (tokens[cue].DepRel)
        {
            // "Trump avoids condemning ...", "it is steering clear of criticizing ...", "sings to Clinton before asking her",
            // "refuses to discuss appointees, aside from saying ...": a gerund adjunct's subject is its verb's; after "for",
            // "of" or "from" a verb with an object gives it its object ("criticized Clinton for saying").
            case "advcl" when tokens[cue].Xpos == "VBG" && tokens[governor].Upos is "VERB" or "AUX" or "ADJ":
                if (marker is "for" or "of" or "from" && !(mark > 0 && tokens[mark - 1].Form.ToLowerInvariant() is "aside" or "apart")
                    && tree.Child(governor, "obj") is >= 0 and var objectOfTheVerb && objectOfTheVerb < cue)
                    return (objectOfTheVerb, governor);
                return marker is null or "before" or "after" or "while" or "by" or "without" or "when" or "upon" or "in" or "on" or "since"
                    or "through" or "from" or "of" or "for" or "about" or "besides" ? ControlledSubject(tokens, tree, governor) : (-1, -1);
            // "Attorney General Roy Cooper (D), ..., called Friday for releasing the videos, saying ...": a participle the
            // parser hung on a subject it made the root of a verbless sentence.
            case "advcl" when tokens[cue].Xpos == "VBG" && tokens[governor].DepRel == "root" && tokens[governor].Upos is "NOUN" or "PROPN"
                              && governor < cue && commaBefore:
                return (governor, -1);
            // "the senator spoke at a gathering to discuss ...", "forced Stumpf, who was under questioning, to admit ...":
            // a purpose infinitive is its verb's subject's, or the object's after a verb that makes someone act.
            case "advcl" when tokens[cue].Xpos == "VB" && marker == "to" && tokens[governor].Upos is "VERB" or "AUX":
                // (Not "call", "want" or "tell" here: "called Alicia Machado on Friday to express gratitude" is the caller's.)
                if (tokens[governor].Lemma?.ToLowerInvariant() is "ask" or "urge" or "encourage" or "order" or "persuade" or "force" or "press"
                    or "instruct" or "invite" && tree.Child(governor, "obj") is >= 0 and var made && made < cue) return (made, governor);
                return ControlledSubject(tokens, tree, governor);
            // "He was able to tout his polling strength", "came away convinced that ...", "kept saying": an open
            // complement of an adjective, or one without "to", is its governor's subject's.
            case "xcomp" when marker == "to" && tokens[governor].Upos == "ADJ":
            case "xcomp" when marker is null && tokens[cue].Xpos is "VBG" or "VBN" && tokens[governor].Upos is "VERB" or "AUX"
                              && tree.Child(governor, "obj") < 0:
                return ControlledSubject(tokens, tree, governor);
            // "footage of Trump saying ...", "left many E.U. nations feeling that ...": a participle right after its noun
            // says what the noun says; after a comma it is the clause's ("called Clinton a champion ..., citing her work").
            case "acl" when tokens[cue].Xpos == "VBG" && tokens[governor].Upos is "NOUN" or "PROPN" or "PRON" && governor < cue:
                // (Only a name, a pronoun or a word for people or a body speaks so: "tweets accusing Machado", "a news
                // conference announcing", "reports alleging" were no attributions PolNeAR's annotators saw.)
                if (!commaBefore) return tokens[governor].Upos is "PROPN" or "PRON" || SpeaksAsAGroup(tokens[governor]) ? (governor, -1) : (-1, -1);
                for (int t = governor, depth = 0; t >= 0 && depth < 4; t = tokens[t].Head, depth++)
                {
                    if (tokens[t].DepRel is "nsubj") return (t, tokens[t].Head);
                    if (tokens[t].Upos is "VERB" or "AUX") return ControlledSubject(tokens, tree, t);
                }
                return (-1, -1);
            // "Minyon Moore, a senior adviser to the Clinton campaign, called/VBN Mr. Obama's remarks ...", "A union
            // representing flight attendants endorsed/VBD Hillary Clinton": a verb the parser hung on a noun as its
            // modifier, in the past tense or after the noun's apposition and a comma with an object of its own, is the
            // clause's verb, and the noun phrase it hangs in is its subject.
            case "acl" when tokens[cue].Xpos is "VBD" or "VBN" && governor < cue && tokens[governor].Upos is "NOUN" or "PROPN"
                            && (tokens[cue].Xpos == "VBD" || commaBefore && tree.Child(cue, "obj", "ccomp", "obl") >= 0):
                return SpeakingNounPhrase(tokens, governor) is var speaker && (tokens[speaker].Upos == "PROPN" || SpeaksAsAGroup(tokens[speaker]))
                    ? (speaker, -1) : (-1, -1);   // ("a meandering mountain stream, called ...": no speaker)
            default:
                return (-1, -1);
        }
    }

    /// <summary>
    /// The head of the noun phrase a noun stands in, through appositions, names and modifiers ("adviser" in "Minyon
    /// Moore, a senior adviser": Moore; "attendants" in "A union representing flight attendants": union).
    /// </summary>
    private static int SpeakingNounPhrase(Token[] tokens, int noun)
    {
        int top = noun;
        for (int depth = 0; depth < 4 && tokens[top].Head >= 0 && tokens[top].DepRel is "appos" or "flat" or "obj" or "nmod" or "acl" or "compound"
                            && tokens[tokens[top].Head].Upos is "NOUN" or "PROPN" or "VERB"; depth++)
            top = tokens[top].Head;
        while (tokens[top].Upos == "VERB" && tokens[top].DepRel == "acl" && tokens[top].Head >= 0) top = tokens[top].Head;
        return tokens[top].Upos is "NOUN" or "PROPN" ? top : noun;
    }

    private static bool SpeaksAsAGroup(Token noun) => Actors.AgentDictionary.Default.SectorOf(noun.Lemma?.ToLowerInvariant()) is not null;

    /// <summary>A comma right before the cue, or before its subordinator, or before an adverb there ("..., perhaps recognizing").</summary>
    private static bool CommaBefore(Token[] tokens, int cue, int mark)
    {
        int before = mark >= 0 && mark == cue - 1 ? mark - 1 : cue - 1;
        if (before >= 0 && tokens[before].Upos == "ADV") before--;
        return before >= 0 && tokens[before].Form == ",";
    }
}
