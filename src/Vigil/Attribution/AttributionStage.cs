using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Vigil.Actors;
using Vigil.Documents;
using Vigil.Entities;
using Vigil.Pipeline;

namespace Vigil.Attribution;

/// <summary>
/// Pipeline stage: attributions (who says what, through whom) from the dependency parse.
/// <list type="bullet">
/// <item>A cue verb (Data/cue-words.txt) with a clausal complement: "X said (that) ...", "X told Y ...":
/// the source is the subject, the content the complement.</item>
/// <item>A cue verb attached to the clause it reports: "..., X said." or "“...,” said X": the content is the
/// rest of that clause.</item>
/// <item>"according to X, ..." anywhere in a clause: the source is X, the content the clause.</item>
/// <item>A quotation with no cue of its own continues the previous attribution's speaker.</item>
/// </list>
/// The listener of "told" and any "according to" source outside the speaker's own clause are the
/// relaying chain (<see cref="Quote.Via"/>), outermost last.
/// </summary>
public sealed class AttributionStage : IPipelineStage
{
    private readonly HashSet<string> _cues;
    private readonly CueClassifier? _classifier;

    /// <param name="cueLemmas">The cue verbs; by default the built-in Data/cue-words.txt.</param>
    /// <param name="learnedCues">Cue verbs learned from an annotated corpus (models/attribution-cues.txt), added to those.</param>
    /// <param name="classifier">
    /// Decides which verbs in a reporting frame are cues (models/attribution-cues.bin); without it a
    /// verb is a cue when it is on the lists.
    /// </param>
    public AttributionStage(IEnumerable<string>? cueLemmas = null, IEnumerable<string>? learnedCues = null, CueClassifier? classifier = null)
    {
        _cues = (cueLemmas ?? LoadCues()).Concat(learnedCues ?? []).ToHashSet(StringComparer.Ordinal);
        _classifier = classifier;
    }

    public string Name => "attribution";

    private static IEnumerable<string> LoadCues()
    {
        using var stream = typeof(AttributionStage).Assembly.GetManifestResourceStream("Vigil.Attribution.Data.cue-words.txt")!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#')) lines.Add(line.Trim());
        }
        return lines;
    }

    public void Process(Document document)
    {
        document.Quotes.Clear();
        var tokens = document.Tokens;
        if (tokens.Length == 0 || tokens[0].Upos is null) return;
        var tree = new DependencyTree(tokens);
        // Quotations with their attribution next to them first: the parse of quoted speech is the least reliable.
        var quotations = QuotationSpans(document.Text).ToList();
        var quoted = new QuotationCues(_cues).Find(document, tree, quotations);
        foreach (var match in quoted)
        {
            // ("“...,” Kolo told Reuters by phone": the listener of "told" relays the quotation, as for reported speech.)
            int listener = tokens[match.CueToken].Lemma == "tell" ? tree.Child(match.CueToken, "obj", "iobj") : -1;
            if (listener > match.CueToken && match.Quote.Via.Count == 0 && IsAMedium(document, tree, listener)) match.Quote.Via.Add(PhraseRef(document, tree, listener));
            Add(document, match.Quote);
        }
        foreach (var labelled in LabelledSpeech.Find(document))
        {
            if (!document.Quotes.Any(q => Overlaps(q.Content, labelled.Content))) Add(document, labelled);
        }
        var cuesUsed = quoted.Select(m => m.CueToken).ToHashSet();
        var entityLabels = _classifier is null ? null : CueClassifier.EntityLabels(document);
        foreach (var sentence in document.Sentences)
        {
            var accordingTo = AccordingTo(document, tree, sentence);
            int accordingVerb = accordingTo?.Modified ?? -1;
            bool relayed = false;
            foreach (var (i, quote) in Frames(document, tree, sentence, cuesUsed, verb => IsCue(document, tree, entityLabels, verb, quotations)))
            {
                // "Beltran told a radio station the soldiers opened fire, according to the AP": the AP relays
                // what the cue reports, and every cue coordinated with the verb it governs ("According to police,
                // officers saw Scott ..., and they ordered him ..."); one that governs a clause above the cue is an
                // attribution of its own, and so is one deeper in the clause ("The Greater Wisconsin Committee, which
                // supported Kloppenburg, spent $345,430 ..., according to the Brennan Center": the spending is the Center's).
                if (accordingTo?.Source is { } via && (accordingVerb < 0 || accordingVerb == i || ConjunctOf(tokens, accordingVerb, i)
                    || tokens[accordingVerb].Start >= quote.Content.Start && tokens[accordingVerb].End <= quote.Content.End))
                {
                    // "... the soldiers opened fire, according to the AP": the relay is not part of the content.
                    if (Overlaps(via, quote.Content)) quote.Content = CutBefore(document, quote.Content, via);
                    quote.Via.Add(via);
                    relayed = true;
                }
                Add(document, quote);
            }
            if (accordingTo is { } phrase && !relayed) AddAccordingTo(document, tree, sentence, phrase);
            // Nouns of saying, adjectives of knowing, polls and figures put at a number, where no verb's attribution
            // already covers them.
            foreach (var worded in NominalCues.Find(document, tree, sentence).Concat(AdjectivalCues.Find(document, tree, sentence))
                         .Concat(SurveyCues.Find(document, tree, sentence)))
            {
                if (!document.Quotes.Any(q => Overlaps(q.Content, worded.Content) && q.Cue is { } cue && Overlaps(cue, worded.Cue!))) Add(document, worded);
            }
            foreach (var estimate in EstimateCues.Find(document, tree, sentence))
            {
                var covering = document.Quotes.FirstOrDefault(q => Overlaps(q.Content, estimate.Content) && q.Cue is { } cue && Overlaps(cue, estimate.Cue!));
                if (covering is null) Add(document, estimate);
                // ("put the death toll at 43 and said ...", where the verb's own attribution stopped at "the death
                // toll": the figure goes on to where it is put, or its count is lost.)
                else if (covering.Content.Start == estimate.Content.Start && covering.Content.End < estimate.Content.End)
                    covering.Content = estimate.Content;
            }
        }
        ExtendToWholeQuotations(document, quotations);
        ContinueQuotations(document, quotations);
        EndBeforeContrastedReports(document);
        SourcesCited(document);
        AddRelays(document);
        AddListenersOfTheSource(document, tree);
        LinkEntities(document);
        QuotedParts.Mark(document, quotations);
    }

    private static readonly Regex ContrastBefore = new(@",\s*(while|whereas|but|though|although)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// "A nurse said 12 bodies had been brought in, while the governor's office put the toll at nine": a report
    /// of another source set against the first by "while", "but" or "though" is not part of the first one's
    /// content, whatever clause the parser hung it on (and the first source does not relay it).
    /// </summary>
    private static void EndBeforeContrastedReports(Document document)
    {
        foreach (var inner in document.Quotes)
        {
            if (inner.Source is not { } source || inner.Cue is null) continue;
            int windowStart = Math.Max(0, source.Start - 20);
            var match = ContrastBefore.Match(document.Text, windowStart, source.Start - windowStart);
            if (!match.Success) continue;
            int comma = match.Index;
            foreach (var outer in document.Quotes)
            {
                if (outer == inner || outer.Cue is not { } cue || cue.End > comma || outer.Content.Start >= comma || outer.Content.End < inner.Cue.End) continue;
                if (outer.Source is { } speaker && Overlaps(speaker, source)) continue;
                outer.Content = outer.Content with { End = comma };
            }
        }
    }

    /// <summary>
    /// The verbs of the sentence that <paramref name="isCue"/> accepts, each with the attribution it makes
    /// (verbs without a reporting frame make none). Verbs already used by a quotation's typography are
    /// skipped. The test comes first: it is cheaper than building the attribution.
    /// </summary>
    private IEnumerable<(int Cue, Quote Quote)> Frames(Document document, DependencyTree tree, Sentence sentence, HashSet<int> cuesUsed,
        Func<int, bool> isCue)
    {
        var tokens = document.Tokens;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Upos is not ("VERB" or "AUX") || cuesUsed.Contains(i) || !MayReport(tokens, tree, i) || InWritersCaveat(tokens, sentence, i) || !isCue(i)) continue;
            var quote = Parenthetical(document, tree, sentence, i) ?? FromCueVerb(document, tree, sentence, i);
            if (quote is not null && !Anonymity.IsAskedFor(tokens, i) && !GivesAName(tokens, i) && !WeaponsDeed(tokens, tree, i) && !ArmedDeed(tokens, tree, i)
                && !CallsAGathering(tokens, tree, i) && !ObservesAnObservance(tokens, tree, i)) yield return (i, quote);
        }
    }

    /// <summary>
    /// "the National Liberation Army, known as the ELN, ...", "the attackers, believed to belong to the Gran Grif
    /// gang, ...": a participle on a noun that names it or hedges what it is reports no one's words.
    /// </summary>
    private static bool GivesAName(Token[] tokens, int verb) =>
        tokens[verb].Xpos == "VBN" && tokens[verb].DepRel == "acl" && verb + 1 < tokens.Length
        && (tokens[verb + 1].Form.Equals("as", StringComparison.OrdinalIgnoreCase)
            || tokens[verb + 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase) && tokens[verb].Lemma is "believe" or "think" or "suspect" or "say" or "report" or "understand");

    /// <summary>
    /// "A Russian missile slammed into a building", "was hit by several bullets": a weapon says nothing, whatever
    /// its verb can mean of people, as the subject or as the passive's agent. (A "said" with a weapon for subject
    /// is a misparse of "A bomb exploded ..., police said", whose report stays.)
    /// </summary>
    private static bool WeaponsDeed(Token[] tokens, DependencyTree tree, int verb) =>
        tokens[verb].Lemma != "say" && (IsWeapon(tokens, tree.Child(verb, "nsubj")) || IsWeapon(tokens, tree.Child(verb, "obl:agent")));

    private static bool IsWeapon(Token[] tokens, int word) =>
        word >= 0 && tokens[word].Lemma?.ToLowerInvariant() is "missile" or "rocket" or "shell" or "bomb" or "drone"
            or "mortar" or "grenade" or "projectile" or "bullet" or "blast" or "explosion" or "airstrike" or "strike";

    /// <summary>
    /// "Transport workers had called a 48-hour strike": a strike or a protest called is convened, a deed, not words reported
    /// (a meeting called is one PolNeAR counts; "called the protest a success" names it, and is).
    /// </summary>
    private static bool CallsAGathering(Token[] tokens, DependencyTree tree, int verb) =>
        tokens[verb].Lemma == "call" && tree.Child(verb, "obj", "xcomp") is >= 0 and var called
        && tokens[called].Lemma?.ToLowerInvariant() is "strike" or "walkout" or "shutdown" or "boycott" or "sit-in" or "protest" or "rally" or "march" or "demonstration"
        && !tree.Children(verb).Any(c => c > called && tokens[c].DepRel is "obj" or "xcomp" or "obl");

    /// <summary>
    /// "Traders observed a shutter-down strike to protest against worsening insecurity", "observed a ceasefire", "observed a
    /// minute's silence": a strike, a truce or a silence observed is kept, no one's remark.
    /// </summary>
    private static bool ObservesAnObservance(Token[] tokens, DependencyTree tree, int verb) =>
        tokens[verb].Lemma == "observe" && tree.Child(verb, "obj") is >= 0 and var observed
        && tokens[observed].Lemma?.ToLowerInvariant() is "strike" or "shutdown" or "walkout" or "boycott" or "ceasefire" or "cease-fire" or "truce"
            or "silence" or "minute" or "holiday" or "curfew" or "fast" or "vigil" or "day";

    /// <summary>
    /// "Jihadists attacked the army base", "Protesters attacked the embassy": an attack by an armed group, or on
    /// a place, is a deed, not a verbal attack ("Trump attacked his wife", which PolNeAR counts as attribution).
    /// </summary>
    private static bool ArmedDeed(Token[] tokens, DependencyTree tree, int verb)
    {
        if (tokens[verb].Lemma?.ToLowerInvariant() is not ("attack" or "hit" or "strike" or "target" or "raid" or "storm" or "assault" or "ambush" or "shell" or "fire"))
            return false;
        int subject = tree.Child(verb, "nsubj");
        if (subject >= 0 && Actors.AgentDictionary.Default.SectorOf(tokens[subject].Lemma?.ToLowerInvariant()) is "MIL" or "REB" or "UAF" or "CRM" or "INS" or "SEP" or "COP") return true;
        int target = tree.Child(verb, "obj");
        return target >= 0 && tokens[target].Lemma?.ToLowerInvariant() is "base" or "post" or "outpost" or "camp" or "village" or "town" or "city" or "checkpoint"
            or "convoy" or "position" or "barracks" or "patrol" or "embassy" or "station" or "building" or "school" or "hospital" or "market" or "mosque"
            or "church" or "compound" or "headquarters" or "office" or "home" or "house" or "vehicle" or "bus" or "train";
    }

    /// <summary>
    /// Whether the verb has what a frame needs (something it reports, or a clause it interrupts or
    /// follows): a cheap test that spares the classifier and the frame the other verbs.
    /// </summary>
    private static bool MayReport(Token[] tokens, DependencyTree tree, int verb) =>
        tokens[verb].DepRel is "parataxis" or "advcl" or "conj" or "acl" || FollowedBy(tokens, verb, ",") || IsTrailingCueReadAsAClause(tokens, tree, verb)
        || verb + 2 < tokens.Length && tokens[verb + 1].Xpos is "RB" or "RP" && tokens[verb + 2].Form == ","  // ("said then,", "pointed out,")
        || tree.Child(verb, "ccomp", "xcomp", "obj", "obl") >= 0 || FollowedBy(tokens, verb, ":") || GerundAfterForOrAbout(tokens, tree, verb) >= 0;

    /// <summary>Whether the next token is <paramref name="form"/>: "He said:", a cue handing over to a colon.</summary>
    private static bool FollowedBy(Token[] tokens, int verb, string form) => verb + 1 < tokens.Length && tokens[verb + 1].Form == form;

    /// <summary>A verb is a cue by the classifier's judgement, or without one when it is on the lists.</summary>
    private bool IsCue(Document document, DependencyTree tree, string?[]? entityLabels, int verb, IReadOnlyList<(int Start, int End)> quotations) =>
        _classifier is null ? _cues.Contains(document.Tokens[verb].Lemma ?? "")
            : !APlaceHasSeen(document.Tokens, tree, entityLabels!, verb) && _classifier.IsCue(CollectionsMarshal.AsSpan(CueFeatures(document, tree, entityLabels!, verb, quotations)));

    /// <summary>
    /// "..., police said, the latest in a string of attacks": the writer's summing up of what the cue reports, a noun
    /// or a superlative starting at <paramref name="next"/> (after the cue's comma), which the parser hangs on the cue
    /// or beside it.
    /// </summary>
    private static bool SumsUpAfter(Token[] tokens, int cue, int next)
    {
        int after = next < tokens.Length && tokens[next].DepRel == "det" ? next + 1 : next;
        return after < tokens.Length && tokens[after].Sentence == tokens[cue].Sentence && (tokens[after].Head == cue || tokens[after].Head == tokens[cue].Head)
               && tokens[after].DepRel == "parataxis" && tokens[after].Upos is "NOUN" or "ADJ";
    }

    /// <summary>
    /// "Ecuador has seen a surge in violence", "the region has witnessed": what a place saw is what happened
    /// there, no one's account of it (the classifier reads a name seeing something as a person's testimony).
    /// </summary>
    private static bool APlaceHasSeen(Token[] tokens, DependencyTree tree, string?[] entityLabels, int verb) =>
        tokens[verb].Lemma is "see" or "witness" or "experience" && tree.Child(verb, "nsubj") is >= 0 and var place
        && (entityLabels[place] is "LOC" or "GPE" || tokens[place].Lemma?.ToLowerInvariant() is "country" or "region" or "city" or "town" or "province" or "state" or "area");

    private List<ulong> CueFeatures(Document document, DependencyTree tree, string?[] entityLabels, int verb, IReadOnlyList<(int Start, int End)> quotations)
    {
        int at = document.Tokens[verb].Start;
        return CueClassifier.Features(document, tree, entityLabels, verb, listed: _cues.Contains(document.Tokens[verb].Lemma ?? ""),
            quoted: quotations.Any(q => q.Start <= at && at < q.End));
    }

    /// <summary>
    /// For training the classifier: every verb with a reporting frame that the stage would ask it about,
    /// with the frame's features (the document must be parsed; entities help).
    /// </summary>
    public IEnumerable<(int Cue, Quote Quote, List<ulong> Features)> CueCandidates(Document document)
    {
        var tokens = document.Tokens;
        if (tokens.Length == 0 || tokens[0].Upos is null) yield break;
        var tree = new DependencyTree(tokens);
        var quotations = QuotationSpans(document.Text).ToList();
        var cuesUsed = new QuotationCues(_cues).Find(document, tree, quotations).Select(m => m.CueToken).ToHashSet();
        var entityLabels = CueClassifier.EntityLabels(document);
        foreach (var sentence in document.Sentences)
        {
            foreach (var (i, quote) in Frames(document, tree, sentence, cuesUsed, isCue: _ => true))
                yield return (i, quote, CueFeatures(document, tree, entityLabels, i, quotations));
        }
    }

    /// <summary>
    /// "the Punch newspaper reported, citing a police spokeswoman, Funmilayo Odunlami": the one cited is the source
    /// of what was reported, and the outlet that cites her relays it (nearest first); "citing" is no attribution of
    /// its own. (Not a document cited, "citing a report by the U.N.": the outlet stays the source.)
    /// </summary>
    private static void SourcesCited(Document document)
    {
        var tokens = document.Tokens;
        var cited = new List<Quote>();
        foreach (var citing in document.Quotes)
        {
            if (citing.Cue is not { } cue || document.TokenStartingAt(cue.Start) is not (>= 0 and var cite) || tokens[cite].Lemma != "cite" || tokens[cite].Xpos != "VBG"
                || tokens[cite].Head is not (>= 0 and var verb) || document.TokenEndingAt(citing.Content.End) is not (>= 0 and var last)) continue;
            // ("The state-affiliated Fana broadcaster, citing a regional security official, reported that ...": "citing" hung on
            // the outlet that is the subject of the verb of reporting.)
            if (tokens[verb].Upos is "NOUN" or "PROPN" && tokens[verb].DepRel == "nsubj" && tokens[verb].Head >= 0) verb = tokens[verb].Head;
            int speaker = document.TokenStartingAt(citing.Content.Start);
            while (speaker >= 0 && speaker < last && tokens[speaker].Head > speaker && tokens[speaker].Head <= last && tokens[speaker].DepRel is "det" or "amod" or "compound" or "nmod:poss" or "nummod") speaker = tokens[speaker].Head;
            if (speaker < 0 || !(tokens[speaker].Upos == "PROPN" && !NamesAMedium(tokens, speaker) || CitedSpeakers.Contains(tokens[speaker].Lemma ?? ""))) continue;
            var reported = document.Quotes.FirstOrDefault(q => q != citing && q.Source is not null && q.Cue is { } said && document.TokenStartingAt(said.Start) == verb);
            if (reported is null) continue;
            reported.Via.Insert(0, reported.Source!);
            reported.Source = citing.Content with { Text = document.Text[citing.Content.Start..citing.Content.End] };
            cited.Add(citing);
        }
        if (cited.Count == 0) return;
        // (The quotes are numbered again, in order, without the citations.)
        var kept = document.Quotes.Except(cited).ToList();
        document.Quotes.Clear();
        foreach (var quote in kept) Add(document, quote);
    }

    private static readonly HashSet<string> CitedSpeakers = new(StringComparer.Ordinal)
    {
        "spokeswoman", "spokesman", "spokesperson", "official", "officer", "police", "source", "witness", "resident", "commander", "minister",
        "ministry", "governor", "mayor", "chief", "lawmaker", "doctor", "survivor", "villager",
    };

    /// <summary>
    /// "The army said its troops killed 15 bandits, the state news agency NAN reported": an attribution whose
    /// source, cue and content all lie inside another's content is relayed by that other's source; the
    /// relays go into <see cref="Quote.Via"/> from the nearest to the outermost.
    /// </summary>
    private static void AddRelays(Document document)
    {
        foreach (var inner in document.Quotes)
        {
            if (inner.Cue is not { } cue || inner.Source is not { } source) continue;
            var relays = document.Quotes
                .Where(outer => outer != inner && outer.Source is { } relay && !Overlaps(relay, source) && Inside(cue, outer.Content)
                                && Inside(source, outer.Content) && Inside(inner.Content, outer.Content) && !PronounFor(document, source, relay))
                .OrderBy(outer => outer.Content.End - outer.Content.Start);
            foreach (var outer in relays)
            {
                if (!inner.Via.Any(v => Overlaps(v, outer.Source!))) inner.Via.Add(outer.Source!);
            }
        }
    }

    /// <summary>
    /// "The governor also called on the government to send more troops to the Atrato, where she said the state had
    /// practically disappeared", "The United Nations called on ... Rakhine, where it has warned": a pronoun that can
    /// stand for the outer source (a person for "he" or "she", a body for "it") is that source speaking again, not
    /// one it relays ("Police said he told investigators ..." still relays: police are no "he").
    /// </summary>
    private static bool PronounFor(Document document, SpanRef pronoun, SpanRef source)
    {
        var word = pronoun.Text?.ToLowerInvariant();
        if (word is not ("he" or "she" or "it") || document.TokenEndingAt(source.End) is not (>= 0 and var last)) return false;
        bool person = document.Entities.Any(e => e.Label == "PER" && e.Mentions.Any(m => m.Start >= source.Start && m.End <= source.End));
        var head = document.Tokens[last];
        if (word == "it") return !person && (head.Upos == "PROPN" || head.Lemma is "ministry" or "government" or "army" or "military" or "agency" or "group"
            or "organization" or "organisation" or "diocese" or "church" or "council" or "committee" or "office" or "commission" or "party" or "union" or "company");
        return person || head.Xpos == "NN" && (OfficeNouns.Contains(head.Lemma) || head.Lemma is "governor" or "mayor" or "president" or "minister" or "official"
            or "officer" or "prosecutor" or "judge" or "senator" or "ambassador" or "witness" or "resident");
    }

    private static bool Inside(SpanRef span, SpanRef outer) => span.Start >= outer.Start && span.End <= outer.End;

    /// <summary>
    /// "..., according to a local official who spoke to The Associated Press": a source described as having spoken to
    /// or told a news outlet is relayed by that outlet, the outermost relay of what it says.
    /// </summary>
    private static void AddListenersOfTheSource(Document document, DependencyTree tree)
    {
        var tokens = document.Tokens;
        foreach (var quote in document.Quotes)
        {
            if (quote.Source is not { } source || document.TokenStartingAt(source.Start) is not (>= 0 and var first)) continue;
            for (int t = first; t < tokens.Length && tokens[t].End <= source.End; t++)
            {
                if (tokens[t].DepRel != "acl:relcl" || tokens[t].Lemma is not ("speak" or "talk" or "tell")) continue;
                int listener = tokens[t].Lemma == "tell" ? tree.Child(t, "obj", "iobj")
                    : tree.Children(t).FirstOrDefault(c => tokens[c].DepRel == "obl" && tree.Children(c).Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("to", StringComparison.OrdinalIgnoreCase)), -1);
                if (listener < 0 || !IsAMedium(document, tree, listener)) continue;
                // (The outlet's words, without the "to" before them.)
                var phrase = PhraseRef(document, tree, listener);
                int start = Math.Max(phrase.Start, tree.Subtree(listener, exclude: tree.Child(listener, "case")).First is var named && named >= 0 ? tokens[named].Start : phrase.Start);
                var outlet = new SpanRef(start, phrase.End, document.Slice(start, phrase.End));
                if (!quote.Via.Any(v => Overlaps(v, outlet))) quote.Via.Add(outlet);
            }
        }
    }

    private static bool Overlaps(SpanRef a, SpanRef b) => a.Start < b.End && b.Start < a.End;

    /// <summary>The content up to the "according to" phrase, without trailing punctuation and quotes.</summary>
    private static SpanRef CutBefore(Document document, SpanRef content, SpanRef via)
    {
        int end = document.Text.LastIndexOf("according", via.Start, StringComparison.OrdinalIgnoreCase);
        if (end <= content.Start) return content;
        while (end > content.Start && (char.IsWhiteSpace(document.Text[end - 1]) || document.Text[end - 1] is ',' or ';')) end--;
        return content with { End = end };
    }

    private static void Add(Document document, Quote quote)
    {
        document.Quotes.Add(new Quote
        {
            Id = "Q" + (document.Quotes.Count + 1),
            Direct = quote.Direct,
            Content = quote.Content,
            Cue = quote.Cue,
            Source = quote.Source,
            Via = quote.Via,
        });
    }

    /// <summary>
    /// "The museum, Mr. Bush said, celebrated ...": a short "source cue" between commas inside a clause
    /// reports the whole sentence around it. Read off the commas, since parsers often make the cue the
    /// root and the rest of the clause its conjunct.
    /// </summary>
    private Quote? Parenthetical(Document document, DependencyTree tree, Sentence sentence, int cue)
    {
        var tokens = document.Tokens;
        // ("The truth, the senator said then, was ...", "Hawaii, as one of Mr. Obama's advisers pointed out,
        // normally does not ...": a particle or an adverb may stand between the cue and its comma.)
        int cueEnd = cue;
        while (cueEnd + 1 < sentence.EndToken && cueEnd - cue < 2 && tokens[cueEnd + 1].Upos is "ADV" or "ADP" && tokens[cueEnd + 1].Xpos is "RB" or "RP") cueEnd++;
        if (cueEnd + 2 >= sentence.EndToken || tokens[cueEnd + 1].Form != ",") return null;
        int next = cueEnd + 2;
        // "..., the coalition said, adding that both were intercepted": a participle of the cue's own after the
        // comma goes on with what the source said; the cue trails its clause, not interrupts it.
        // ("..., he said, replacing Clinton would be ...": a gerund opening the next clause does not.)
        if (tokens[next].Xpos == "VBG" && tokens[next].Head == cue && _cues.Contains(tokens[next].Lemma ?? "")) return null;
        // ("..., the ministry said, a claim Reuters could not verify": nor does the writer's comment on the report.)
        // ("..., local officials said, though a rights group put the toll at five": nor does a concession.)
        if (tokens[next].Form.ToLowerInvariant() is "though" or "although") return null;
        // ("..., the ministry said, in a statement on its website." / "..., in one of the deadliest attacks since ...":
        // a prepositional phrase of the cue's that ends the sentence tells where or how the report was made; the
        // content ends before the source.)
        // ("..., a local aid group said, as the Rapid Support Forces pressed their offensive": so does a clause of the cue's that
        // a subordinator opens.)
        // (Not a reason, "because ...", nor a means, "by creating ...": PolNeAR counts those part of what was said.)
        bool endsWithTheCuesPhrase = tokens[next].Head is >= 0 and var phrase && tokens[phrase].Head == cue
                                     && (tokens[next].Upos == "ADP" && tokens[phrase].DepRel == "obl"
                                         || tokens[phrase].DepRel == "advcl" && tokens[next].Form.ToLowerInvariant() is "as" or "while" or "amid" or "after" or "before" or "when")
                                     && TrimPunctuation(tokens, next, sentence.EndToken - 1).Last <= tree.Subtree(phrase).Last;
        if (SumsUpAfter(tokens, cue, next)) return null;
        int comma = cue - 1;
        while (comma > sentence.FirstToken && cue - comma <= 9 && tokens[comma].Upos != "PUNCT") comma--;
        if (comma <= sentence.FirstToken || tokens[comma].Form != "," || comma == cue - 1) return null;
        var (first, last) = TrimPunctuation(tokens, sentence.FirstToken, sentence.EndToken - 1);
        if (last <= cueEnd + 1) return null;
        if (endsWithTheCuesPhrase) (first, last) = TrimPunctuation(tokens, first, comma - 1);
        int sourceFirst = comma + 1, sourceLast = cue - 1;
        if (tokens[sourceFirst].Form.Equals("as", StringComparison.OrdinalIgnoreCase) && sourceFirst < sourceLast) sourceFirst++;
        while (sourceLast > sourceFirst && tokens[sourceLast].Upos is "ADV" or "AUX") sourceLast--;
        if (tokens[sourceFirst].Upos is not ("PROPN" or "PRON" or "NOUN" or "DET" or "ADJ" or "NUM")) return null;
        // The source is a noun phrase: "Once, I laughed and said, ..." has a clause there.
        for (int k = sourceFirst; k <= sourceLast; k++)
        {
            if (tokens[k].Upos is "VERB" or "CCONJ" or "SCONJ") return null;
        }
        // ("pointed out": the particle is part of the cue; "said then": the adverb, the time of saying, is not.)
        int cueLast = tokens[cueEnd].Xpos == "RP" ? cueEnd : cue;
        return new Quote
        {
            Id = "",
            Direct = IsQuoted(document.Text, tokens[first].Start, tokens[last].End),
            Content = new SpanRef(tokens[first].Start, tokens[last].End),
            Cue = new SpanRef(tokens[cue].Start, tokens[cueLast].End, document.Slice(tokens[cue].Start, tokens[cueLast].End)),
            Source = new SpanRef(tokens[sourceFirst].Start, tokens[sourceLast].End, document.Slice(tokens[sourceFirst].Start, tokens[sourceLast].End)),
        };
    }

    private Quote? FromCueVerb(Document document, DependencyTree tree, Sentence sentence, int cue)
    {
        var tokens = document.Tokens;
        int subject = tree.Child(cue, "nsubj");
        // ("... in Mogadishu late Thursday, killing at least five people, police said", with the day a first subject of
        // "said": a time is no one; the cue's other subject is the source.)
        if (subject >= 0 && Events.DateResolver.NamesATime(tokens[subject].Form))
            subject = tree.Children(cue).FirstOrDefault(c => tokens[c].DepRel == "nsubj" && !Events.DateResolver.NamesATime(tokens[c].Form), subject);
        // ("Sanders was asked if he thought ...", "was told that ...": the subject of a passive cue whose object is its
        // listener is who heard it; the speaker is not named, PolNeAR's attribution with no source.)
        bool subjectHeardIt = subject >= 0 && tokens[subject].DepRel == "nsubj:pass" && tokens[cue].Lemma is "ask" or "tell" or "question" or "urge" or "warn" or "advise";
        // "Interior Minister Miguel Angel Osorio Chong demanded": a name the parser split into two subjects,
        // with nothing between them, is one source headed by the later part.
        int subjectFirst = subject;
        if (subject >= 0) subject = LastOfSplitSubject(tokens, tree, cue, subject);
        // "... and said ...": a coordinated cue shares its subject; when the parser hung "and said" inside
        // what another cue reports ("demanded that the vigilantes put down their arms ..., and said ..."),
        // the subject is that cue's.
        if (subject < 0 && tokens[cue].DepRel == "conj" && tokens[cue].Head >= 0)
        {
            int head = tokens[cue].Head;
            int reporting = ReportingAncestor(tokens, head);
            bool misattached = reporting >= 0 && tree.Child(head, "nsubj") >= 0 && (CommaBefore(tokens, cue) || IsTheSpeakersNextAct(tokens, tree, cue, reporting));
            // ("will be unable to turn the crowds against the moderators and accuse the audience of ...": a conjunct of
            // an open complement is its controller's.)
            (subject, int owner) = ControlledSpeakers.ControlledSubject(tokens, tree, misattached ? reporting : head);
            subjectFirst = subject;
            if (subject >= 0) subject = LastOfSplitSubject(tokens, tree, owner, subject);
        }
        // "..., the coalition said, adding that both were intercepted": a participle hung on a cue shares its subject.
        // ("Trump spoke to industry leaders, promising to lift regulations": and so does one after a comma on any verb.)
        if (subject < 0 && tokens[cue].DepRel == "advcl" && tokens[cue].Xpos == "VBG" && tokens[cue].Head is >= 0 and var saying
            && (_cues.Contains(tokens[saying].Lemma ?? "") || saying < cue && tokens[cue - 1].Form == ",")
            && (tree.Child(cue, "mark") is var marker && (marker < 0 || marker < cue - 1 && tokens[cue - 1].Form == ",")))   // (a "mark" before the comma is a misparse)
        {
            // ("Trump has tried to use the ad against Clinton, accusing her of ...": the subject of the verb
            // above, when that verb's own is its governor's.)
            (subject, int owner) = ControlledSpeakers.ControlledSubject(tokens, tree, saying);
            subjectFirst = subject;
            if (subject >= 0) subject = LastOfSplitSubject(tokens, tree, owner, subject);
        }
        // ("NATO wants to order ...", "asked the senator to discuss ...": an infinitive's speaker is who controls it,
        // the object of the verb above if it has one, else its subject; "started off by emphasizing": and a
        // gerund after "by" or "while" is its verb's subject's.)
        if (subject < 0 && tokens[cue].Head is >= 0 and var governor && tokens[governor].Upos is "VERB" or "AUX"
            && (tokens[cue].DepRel == "xcomp" && tree.Child(cue, "mark") is >= 0 and var to && tokens[to].Form.Equals("to", StringComparison.OrdinalIgnoreCase)
                || tokens[cue].DepRel == "advcl" && tokens[cue].Xpos == "VBG" && tree.Child(cue, "mark") is >= 0 and var by
                   && tokens[by].Form.ToLowerInvariant() is "by" or "while"))
        {
            // (The object controls only after a verb that asks someone to act: "blocked the main road to demand"
            // is the blockers' demand.)
            int controller = tokens[cue].DepRel == "xcomp" && ControlledSpeakers.ObjectControls(tokens[governor]) ? tree.Child(governor, "obj") : -1;
            var (governorsSubject, owner) = ControlledSpeakers.ControlledSubject(tokens, tree, governor);
            subject = subjectFirst = controller >= 0 && controller < cue ? controller : governorsSubject;
            if (subject >= 0 && subject == governorsSubject) subject = LastOfSplitSubject(tokens, tree, owner, subject);
        }
        // "The NAACP called for ..." misparsed as a noun root modified by "called": the noun is the subject.
        if (subject < 0 && tokens[cue].DepRel == "acl" && tokens[cue].Head is >= 0 and var noun && tokens[noun].DepRel == "root"
            && tokens[noun].Upos is "NOUN" or "PROPN" && tokens[cue].Xpos is "VBD" or "VBN")
            subject = noun;
        // (The rest: an infinitive, a gerund or a participle whose speaker the parse shows elsewhere.)
        if (subject < 0)
        {
            (subject, int owner) = ControlledSpeakers.Of(tokens, tree, cue);
            subjectFirst = subject;
            if (subject >= 0 && owner >= 0 && tokens[subject].DepRel == "nsubj") subject = LastOfSplitSubject(tokens, tree, owner, subject);
        }
        // ("Gloria Perez Torres, who said ...": the relative pronoun is the source, as PolNeAR marks it; the entity
        // link names the speaker, see Link.)
        int listener = tree.Child(cue, "obj", "iobj");
        // The reported content: a clause ("said that ..."), an infinitive ("wants to ..."), or for most cues
        // a noun phrase ("announced his plan"); the object of "tell" is the listener, not the content.
        int complement = tree.Child(cue, "ccomp");
        if (complement < 0) complement = tree.Child(cue, "xcomp");
        // ('condemned the measures as "illegal"': what is described and what it is called are one content.)
        int calledAs = -1;
        if (complement >= 0 && tokens[complement].DepRel == "xcomp" && tree.Child(complement, "mark") is >= 0 and var asMark
            && tokens[asMark].Form.Equals("as", StringComparison.OrdinalIgnoreCase) && tree.Child(cue, "obj") is >= 0 and var described && described < complement)
            (calledAs, complement) = (complement, described);
        // ('condemned the bombing on Wednesday as a "cowardly attack"', the "as" phrase hung on the verb: the same,
        // over the verb's own adjuncts between them.)
        if (complement < 0 && tree.Child(cue, "obj") is >= 0 and var condemned && AsPhraseAfter(tokens, tree, cue, condemned) is >= 0 and var asPhrase)
            (calledAs, complement) = (asPhrase, condemned);
        // ('called the abduction "a cowardly act"': so are a thing named and the quoted name it is called, whether
        // the parser hung the name on the verb as a predicate (xcomp) or not.)
        bool predicateName = complement >= 0 && tokens[complement].DepRel == "xcomp" && tokens[complement].Upos is "NOUN" or "PROPN" or "ADJ" or "NUM"
                             && tree.Child(complement, "mark") < 0;
        if ((complement < 0 || predicateName) && tokens[cue].Lemma is "call" or "term" or "label" or "brand" or "dub" && tree.Child(cue, "obj") is >= 0 and var named
            && tree.Children(cue).FirstOrDefault(c => c > named && tokens[c].DepRel is "obl" or "xcomp" or "obj" && tree.Subtree(named).Last + 1 is var after
                   && after < tokens.Length && tokens[after].Xpos is "``" or "''" && tree.Subtree(c).First <= after, -1) is >= 0 and var name)
            (calledAs, complement) = (name, named);
        // ("called it a clear threat to international peace", "called him a master at ...": or a second object right after the first.)
        if ((complement < 0 || predicateName && calledAs < 0) && tokens[cue].Lemma is "call" or "term" or "label" or "brand" or "dub" && tree.Child(cue, "iobj", "obj") is >= 0 and var thing
            && tree.Children(cue).FirstOrDefault(c => c > thing && tokens[c].DepRel is "obj" or "xcomp" && tree.Subtree(c).First == tree.Subtree(thing).Last + 1, -1) is >= 0 and var calledWhat)
            (calledAs, complement) = (calledWhat, thing);
        if (complement < 0 && tokens[cue].Lemma != "tell") complement = tree.Child(cue, "obj");
        // "called for a moratorium", "talked about taxes", "called on Congress to act": a prepositional content.
        if (complement < 0) complement = PrepositionalContent(tokens, tree, cue);
        // "O'Malley's move was first reported by MSNBC", "This proposal was rejected by 64 percent of the electorate":
        // a passive cue with its agent that reports nothing after it reports its subject, and the agent is the source.
        if (complement < 0 && PassiveReport(document, tree, cue) is { } passive) return passive;
        (int Start, int End)? content = null;
        if (complement >= 0)
        {
            // A cue coordinated into the content by the parser (", and said ...") reports on its own.
            int nestedCue = tree.Children(complement).FirstOrDefault(c => IsTheSpeakersNextAct(tokens, tree, c, cue), -1);
            var (first, last) = tree.Subtree(complement, exclude: nestedCue);
            if (calledAs >= 0) last = Math.Max(last, tree.Subtree(calledAs).Last);
            // "Clinton says Trump's flurry of tweets was unhinged", parsed with "flurry" as the cue's object
            // and a subjectless complement: the object is the complement's subject and part of the content.
            int objectFirst = tree.Child(cue, "obj");
            // ("is demanding President Barack Obama make a pledge": so is the object before a bare infinitive.)
            bool bareInfinitive = tokens[complement].DepRel == "xcomp" && tokens[complement].Xpos == "VB" && tree.Child(complement, "mark") < 0;
            // ("urged Western allies to speed up deliveries": and the object of a verb that urges it to do what it asks, as
            // PolNeAR marks "encouraging his supporters to visit polling locations".)
            bool urged = tokens[complement].DepRel == "xcomp" && tokens[complement].Xpos == "VB" && tree.Child(complement, "mark") is >= 0 and var toMark
                         && tokens[toMark].Form.Equals("to", StringComparison.OrdinalIgnoreCase);
            if ((tokens[complement].DepRel == "ccomp" || bareInfinitive || urged) && objectFirst >= 0 && objectFirst < complement
                && tree.Child(complement, "nsubj", "nsubj:pass", "expl") < 0 && tokens[cue].Lemma != "tell")
                first = Math.Min(first, tree.Subtree(objectFirst).First);
            // "for a moratorium": the preposition introduces the content and is not part of it.
            if (tokens[complement].DepRel is "obl" or "obl:arg" && tree.Child(complement, "case") == first) first++;
            // (and so does the "for" of "called for reducing the tax rate".)
            if (tokens[complement].DepRel == "advcl" && tree.Child(complement, "mark") == first) first++;
            int mark = tree.Child(complement, "mark");
            if (mark >= 0 && tokens[mark].Form.Equals("that", StringComparison.OrdinalIgnoreCase)) first = Math.Min(first, mark);
            if (complement > cue) last = TrailingAttachments(tokens, tree, cue, last, nestedCue, clausal: tokens[complement].DepRel is "ccomp" or "xcomp");
            content = (first, last);
        }
        else if (tokens[cue].Head >= 0 && (tokens[cue].DepRel is "parataxis" || IsTrailingAdverbialCue(tokens, tree, cue) || IsTrailingCueReadAsAClause(tokens, tree, cue)))
        {
            // "..., he said." / "“...,” said X": the reported clause is the head's, without the cue's part.
            // ("Police arrested three men ..., where officers also found two pistols ..., the ministry said": a trailing
            // cue the parser hung on a later conjunct reports the whole coordination.)
            int host = tokens[cue].Head;
            bool trailing = tokens[cue].DepRel == "parataxis" && tree.Subtree(cue).Last >= tree.Subtree(host).Last - 1;
            while (trailing && tokens[host].DepRel == "conj" && tokens[host].Head is >= 0 and var previous && previous < host) host = previous;
            var (first, last) = tree.Subtree(host, exclude: cue);
            // ("..., the ministry said, a claim Reuters could not verify.": when only punctuation of the host follows
            // the cue's words, the content ends before them, whatever the writer hung on the cue.)
            var (cueFirst, cueLast) = tree.Subtree(cue);
            // ("wounding a dozen, local officials said", with "a dozen" hung on "said": the cue's words start after
            // the last comma before its subject, and what the parser hung on the cue before that is the host's.)
            int cueWords = CueWordsStart(tokens, tree, cue, cueFirst);
            // ("..., police said, the latest in a wave of attacks": what the cue reports is before it, however short.)
            if (cueLast + 2 < tokens.Length && tokens[cueLast + 1].Form == "," && SumsUpAfter(tokens, cue, cueLast + 2))
                (first, last) = (tree.Subtree(host).First, cueWords - 1);
            if (last + 1 == cueFirst) last = cueWords - 1;
            cueFirst = cueWords;
            if (cueFirst > first && cueLast < last && Enumerable.Range(cueLast + 1, last - cueLast).All(t => tokens[t].Upos == "PUNCT")) last = cueFirst - 1;
            content = (first, last);
        }
        else if (FollowedBy(tokens, cue, ":") && _cues.Contains(tokens[cue].Lemma ?? ""))
        {
            // "He said: ..." reports the rest of the sentence, or where the colon ends it, the next sentence.
            int after = cue + 2;
            if (after < sentence.EndToken) content = (after, sentence.EndToken - 1);
            else if (document.SentenceAt(tokens[cue].End) is >= 0 and var index && index + 1 < document.Sentences.Count)
                content = (document.Sentences[index + 1].FirstToken, document.Sentences[index + 1].EndToken - 1);
        }
        if (content is null) return null;
        if (content.Value.Start > cue) content = (content.Value.Start, WithoutTrailingComment(tokens, tree, content.Value.Start, content.Value.End));
        var (contentFirst, contentLast) = TrimPunctuation(tokens, content.Value.Start, content.Value.End);
        if (contentLast < contentFirst) return null;
        int start = tokens[contentFirst].Start, end = tokens[contentLast].End;
        var quote = new Quote
        {
            Id = "",
            Direct = IsQuoted(document.Text, start, end),
            Content = new SpanRef(start, end),
            Cue = WithItsPreposition(document, CueSpan(document, tree, cue), contentFirst),
            Source = subject >= 0 && !subjectHeardIt ? Widened(document, PhraseRef(document, tree, subject, cue), subjectFirst, subject) : null,
        };
        if (listener >= 0 && tokens[cue].Lemma == "tell" && IsAMedium(document, tree, listener)) quote.Via.Add(PhraseRef(document, tree, listener));
        return quote;
    }

    /// <summary>Listeners who pass the words on besides the outlets (<see cref="Entities.OutletNouns"/>).</summary>
    private static readonly HashSet<string> MediumNouns = new(StringComparer.Ordinal)
    {
        "reporter", "journalist", "correspondent", "media", "press", "radio", "news", "paper", "outlet", "website", "newswire", "magazine",
        "program", "programme", "show", "interviewer", "conference", "briefing", "interview",
    };

    /// <summary>Bodies that hear what they are told and pass nothing on ("told Parliament", "told the U.N. Security Council").</summary>
    private static readonly HashSet<string> AudienceBodies = new(StringComparer.Ordinal)
        { "Council", "Congress", "Parliament", "Assembly", "Senate", "House", "Court", "Committee", "Commission", "Ministry", "Cabinet", "Government" };

    /// <summary>
    /// Whether the listener of "told" passes the words on to the reader: a news outlet or reporters ("told
    /// Reuters", "told local radio", "told reporters"), not an audience ("told supporters", "told his office",
    /// "told them", a person named).
    /// </summary>
    private static bool IsAMedium(Document document, DependencyTree tree, int listener)
    {
        var tokens = document.Tokens;
        // ("state broadcaster TVM": or a word for one before the name.)
        bool PassesWordsOn(int t)
        {
            var word = tokens[t].Lemma ?? tokens[t].Form.ToLowerInvariant();
            return MediumNouns.Contains(word) || Entities.OutletNouns.Contains(word);
        }
        if (tree.Children(listener).Prepend(listener).Any(t => (t == listener || tokens[t].DepRel == "compound") && PassesWordsOn(t))) return true;
        var token = tokens[listener];
        if (token.Upos != "PROPN" && !token.Form.All(char.IsUpper) || AudienceBodies.Contains(token.Form)) return false;
        return !document.Entities.Any(e => e.Label == "PER" && e.Mentions.Any(m => m.Start <= token.Start && token.End <= m.End));
    }

    /// <summary>The first of a trailing cue's own words: its subject's, or the comma before them when the parser hung words before that comma on the cue.</summary>
    private static int CueWordsStart(Token[] tokens, DependencyTree tree, int cue, int cueFirst)
    {
        int speakerFirst = tree.Child(cue, "nsubj") is >= 0 and var speaker && speaker < cue ? tree.Subtree(speaker).First : cue;
        for (int t = speakerFirst - 1; t > cueFirst; t--)
        {
            if (tokens[t].Form == ",") return t;
        }
        return cueFirst;
    }

    /// <summary>
    /// The attribution of a passive cue whose agent is its source ("This proposal was rejected by 64 percent of the
    /// electorate": the proposal is the content), or null when it has no subject before it or no "by" agent.
    /// </summary>
    private static Quote? PassiveReport(Document document, DependencyTree tree, int cue)
    {
        var tokens = document.Tokens;
        int subject = tree.Child(cue, "nsubj:pass");
        if (subject < 0 || subject > cue || tree.Child(cue, "aux:pass") < 0) return null;
        var (first, last) = tree.Subtree(subject);
        (first, last) = TrimPunctuation(tokens, first, Math.Min(last, cue - 1));
        if (last < first) return null;
        SpanRef? source = null;
        foreach (var child in tree.Children(cue))
        {
            if (child < cue || tokens[child].DepRel is not ("obl" or "obl:agent") || tree.Child(child, "case") is not (>= 0 and var by)
                || !tokens[by].Form.Equals("by", StringComparison.OrdinalIgnoreCase)) continue;
            var phrase = PhraseRef(document, tree, child);
            int start = tokens[by + 1].Start;
            if (start < phrase.End) source = new SpanRef(start, phrase.End, document.Slice(start, phrase.End));
            break;
        }
        // (Without an agent, "Clinton was asked", "the subpoena was withdrawn", is mostly no attribution: taking those
        // too made 271 new attributions on PolNeAR train, 86 of them with a gold content.)
        if (source is null) return null;
        return new Quote
        {
            Id = "",
            Direct = IsQuoted(document.Text, tokens[first].Start, tokens[last].End),
            Content = new SpanRef(tokens[first].Start, tokens[last].End),
            Cue = CueSpan(document, tree, cue),
            Source = source,
        };
    }

    /// <summary>Whether a verb or auxiliary stands between <paramref name="first"/> and <paramref name="last"/> (a clause goes on there, not an apposition).</summary>
    private static bool HasAVerb(Token[] tokens, int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            if (tokens[t].Upos is "VERB" or "AUX") return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="verb"/> is coordinated with <paramref name="head"/>, directly or through other conjuncts.</summary>
    private static bool ConjunctOf(Token[] tokens, int head, int verb)
    {
        for (int v = verb; v >= 0 && tokens[v].DepRel == "conj"; v = tokens[v].Head)
        {
            if (tokens[v].Head == head) return true;
        }
        return false;
    }

    /// <summary>
    /// "decided to change course to avoid treatment by doctors ... who could leak details": words after a
    /// forward content that the parser hung on the cue rather than inside the content are the content's
    /// end (PolNeAR's contents run to the clause's end). Not another reporting verb, nor a quotation's
    /// cue, nor anything after a semicolon.
    /// </summary>
    private int TrailingAttachments(Token[] tokens, DependencyTree tree, int cue, int last, int nestedCue, bool clausal)
    {
        foreach (var child in tree.Children(cue))
        {
            if (child <= last || child == nestedCue) continue;
            // After a noun phrase ("called for restraint during a visit on Sunday") when and where is the cue's.
            if (!clausal && tokens[child].DepRel == "obl" && (tree.Child(child, "case") is var preposition && preposition < 0
                || tokens[preposition].Form.ToLowerInvariant() is "during" or "after" or "before" or "amid" or "since" or "while"
                || tokens[preposition].Form.ToLowerInvariant() is "on" or "at" or "in" && (NamesATime(tokens, child) || NamesAMedium(tokens, child)))) continue;
            if (tokens[child].DepRel is not ("obl" or "advcl" or "advmod" or "nmod" or "dep" or "xcomp" or "obj" or "conj" or "ccomp" or "parataxis")) continue;
            // ("despise Trump because his speech is full of hate", "mentioned the devil to me while driving"): after a noun
            // phrase, a clause of cause, time or contrast is the writer's account of the act, not part of what was said
            // (on PolNeAR train 86 of 114 such clauses were outside the annotators' content).
            if (!clausal && tokens[child].DepRel == "advcl" && tree.Child(child, "mark") is >= 0 and var subordinator
                && tokens[subordinator].Form.ToLowerInvariant() is "because" or "after" or "before" or "while" or "by" or "since" or "when" or "until" or "although" or "though") continue;
            // (An infinitive or "for" + gerund right after the object is what the object is called on to do or
            // blamed for, whatever its verb: "called on people to protest peacefully", "mocked Romney for not releasing ...".)
            if (tokens[child].Upos == "VERB" && _cues.Contains(tokens[child].Lemma ?? "") && (clausal || !PurposeOfTheObject(tokens, tree, child))) continue;
            // After a noun phrase, a finite verb coordinated with the cue is the speaker's next act ("has championed
            // lesbian and gay rights and extended benefits to gay couples"), and a dash opens the writer's comment
            // ('dismissed NATO member Estonia as being in the "suburbs of St. Petersburg" — a metaphor for ...').
            if (!clausal && tokens[child].DepRel == "conj" && (tokens[child].Xpos is "VBD" or "VBZ" or "VBP" || tree.Child(child, "aux") >= 0)) continue;
            if (!clausal && AfterADash(tokens, tree.Subtree(child).First)) continue;
            // ("has denied that its forces target civilians and has suspended several media outlets": after a clause too,
            // a verb with the cue's own perfect auxiliary again is the speaker's next act.)
            if (clausal && tokens[child].DepRel == "conj" && tree.Child(child, "aux") is >= 0 and var again && tree.Child(cue, "aux") is >= 0 and var cuesOwn
                && tokens[again].Lemma == "have" && tokens[cuesOwn].Lemma == "have") continue;
            // ("have been pushing for a ceasefire, and Blinken arrived in Cairo": a clause coordinated with the cue
            // that names a subject of its own is the next statement, not the rest of this one; a pronoun subject,
            // "says she hopes ..., but she knows ...", goes on with what the speaker said; so, after a noun phrase, does
            // a predicate with its copula: "claimed responsibility, but fighters linked to the group are active".)
            if (tokens[child].DepRel == "conj" && (tokens[child].Upos == "VERB" || !clausal && tree.Child(child, "cop") >= 0 && tree.Child(child, "cc") >= 0) && tree.Child(child, "mark") < 0
                && tree.Child(child, "nsubj") is >= 0 and var subject && tokens[subject].Upos is "PROPN" or "NOUN") continue;
            // ("called on the president to withdraw the bill, while the Law Society threatened to sue": a contrast
            // with another actor's deed is the writer's, not part of what was called for.)
            if (ContrastWithAnotherActor(tokens, tree, child)) continue;
            var (first, end) = tree.Subtree(child);
            bool gap = false;
            for (int k = last + 1; k < first; k++) gap |= tokens[k].Form is ";" or ":" || tokens[k].Upos != "PUNCT";
            if (gap) continue;
            last = end;
        }
        return last;
    }

    /// <summary>"on Thursday", "in July", "at the time": a phrase that says when.</summary>
    private static bool NamesATime(Token[] tokens, int noun) =>
        tokens[noun].Upos == "NUM" || Events.DateResolver.NamesATime(tokens[noun].Form) || tokens[noun].Lemma?.ToLowerInvariant() is "time" or "moment";

    /// <summary>"in a statement", "on Twitter", "at a news conference": where the words were said, not part of them.</summary>
    private static bool NamesAMedium(Token[] tokens, int noun) =>
        tokens[noun].Lemma?.ToLowerInvariant() is "statement" or "interview" or "remark" or "speech" or "article" or "tweet" or "post" or "letter" or "email"
            or "op-ed" or "column" or "editorial" or "website" or "page" or "media" or "twitter" or "facebook" or "conference" or "briefing" or "show"
            or "broadcast" or "program" or "rally" or "hearing" or "ruling" or "report" or "filing" or "debate";

    /// <summary>An infinitive ("to protest") or a gerund after "for" ("for not releasing") that opens right after the words before it.</summary>
    private static bool PurposeOfTheObject(Token[] tokens, DependencyTree tree, int verb)
    {
        int mark = tree.Child(verb, "mark");
        if (mark < 0 || mark == 0 || tokens[mark - 1].Upos == "PUNCT") return false;
        return tokens[mark].Form.ToLowerInvariant() switch
        {
            "to" => tokens[verb].Xpos == "VB",
            "for" => tokens[verb].Xpos == "VBG",
            _ => false,
        };
    }

    /// <summary>Whether a dash opens the phrase that begins at <paramref name="first"/> or stands right before it.</summary>
    private static bool AfterADash(Token[] tokens, int first) =>
        tokens[first].Form is "-" or "—" or "--" || first > 0 && tokens[first - 1].Form is "-" or "—" or "--";

    /// <summary>A clause opened by "while" or "whereas" whose subject is a noun or a name of its own.</summary>
    private static bool ContrastWithAnotherActor(Token[] tokens, DependencyTree tree, int clause) =>
        tokens[clause].DepRel == "advcl" && tree.Child(clause, "mark") is >= 0 and var mark && tokens[mark].Form.ToLowerInvariant() is "while" or "whereas"
        && tree.Child(clause, "nsubj") is >= 0 and var subject && tokens[subject].Upos is "PROPN" or "NOUN";

    /// <summary>
    /// The "as" phrase the verb takes after its object ("described the raid as a massacre"), with nothing between
    /// them but the verb's own phrases ("condemned the bombing on Wednesday as ..."), or -1.
    /// </summary>
    private static int AsPhraseAfter(Token[] tokens, DependencyTree tree, int verb, int obj)
    {
        int next = tree.Subtree(obj).Last + 1;
        foreach (int child in tree.Children(verb))
        {
            if (child < next || tokens[child].DepRel != "obl") continue;
            var (first, _) = tree.Subtree(child);
            if (first == next && tree.Child(child, "case") == first && tokens[first].Form.Equals("as", StringComparison.OrdinalIgnoreCase)) return child;
            if (first != next || tokens[first].Upos == "PUNCT") return -1;
            next = tree.Subtree(child).Last + 1;
        }
        return -1;
    }

    /// <summary>
    /// The object of "for" or "about" under any cue, "on" under "call" and "urge", "of" under "speak" and
    /// "warn": what is called for, talked about or warned of. Other prepositions mostly give times and
    /// places ("said on Monday", "said in Kabul").
    /// </summary>
    internal static int PrepositionalContent(Token[] tokens, DependencyTree tree, int cue)
    {
        foreach (var child in tree.Children(cue))
        {
            // (Not the day before the cue: "the Council on Sunday called on all sides".)
            if (tokens[child].DepRel is not ("obl" or "obl:arg") || child < cue) continue;
            int preposition = tree.Child(child, "case");
            if (preposition < 0) continue;
            var word = tokens[preposition].Form.ToLowerInvariant();
            var lemma = tokens[cue].Lemma;
            // ("referring to the Mexican immigrants": whom a speaker refers to is what the reference says, PolNeAR's "referring to".)
            // ("spoke for more than 45 minutes": a counted stretch of time is how long, not what was asked for; "called for three days of
            // mourning" is.)
            if (word == "for" && tree.Child(child, "nummod") >= 0 && tree.Child(child, "nmod") < 0
                && tokens[child].Lemma is "minute" or "hour" or "day" or "week" or "month" or "year" or "decade") continue;
            if (word is "for" or "about" || word == "on" && lemma is "call" or "urge" || word == "of" && lemma is "speak" or "warn" || word == "to" && lemma == "refer")
                return child;
        }
        return GerundAfterForOrAbout(tokens, tree, cue);
    }

    /// <summary>"called for reducing the corporate tax rate", "talked about raising taxes": a gerund after "for" or "about", or -1.</summary>
    private static int GerundAfterForOrAbout(Token[] tokens, DependencyTree tree, int cue)
    {
        foreach (var child in tree.Children(cue))
        {
            if (child < cue || tokens[child].DepRel != "advcl" || tokens[child].Xpos != "VBG" || tree.Child(child, "mark") is not (>= 0 and var mark)) continue;
            if (mark == cue + 1 && tokens[mark].Form.ToLowerInvariant() is "for" or "about") return child;
        }
        return -1;
    }

    /// <summary>
    /// "called for | a ceasefire", "talked about | raising taxes": the preposition between the cue and a
    /// prepositional content is part of the cue (as PolNeAR marks it).
    /// </summary>
    private static SpanRef WithItsPreposition(Document document, SpanRef cue, int contentFirst)
    {
        var tokens = document.Tokens;
        int before = contentFirst - 1;
        if (before < 0 || tokens[before].Start < cue.End || tokens[before].Upos is not ("ADP" or "SCONJ")) return cue;
        if (before > 0 && tokens[before - 1].End > cue.End) return cue;
        return new SpanRef(cue.Start, tokens[before].End, document.Slice(cue.Start, tokens[before].End));
    }

    /// <summary>The cue with its auxiliaries and particles ("has learned", "pointed out").</summary>
    internal static SpanRef CueSpan(Document document, DependencyTree tree, int cue)
    {
        var tokens = document.Tokens;
        int first = cue, last = cue;
        foreach (var c in tree.Children(cue))
        {
            if (tokens[c].DepRel is "aux" or "aux:pass" or "compound:prt" && Math.Abs(c - cue) <= 3)
            {
                first = Math.Min(first, c);
                last = Math.Max(last, c);
            }
        }
        return new SpanRef(tokens[first].Start, tokens[last].End, document.Slice(tokens[first].Start, tokens[last].End));
    }

    /// <summary>
    /// An "according to X" phrase: the token of "according", the last token of X, X as a source span, and
    /// the word the phrase modifies (X's head, -1 at the root).
    /// </summary>
    private readonly record struct AccordingToPhrase(int According, int SourceLast, SpanRef Source, int Modified);

    /// <summary>The sentence's first "according to X" phrase, or null.</summary>
    private static AccordingToPhrase? AccordingTo(Document document, DependencyTree tree, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (int i = sentence.FirstToken; i + 2 < sentence.EndToken; i++)
        {
            if (!tokens[i].Form.Equals("according", StringComparison.OrdinalIgnoreCase) || tokens[i + 1].Form != "to") continue;
            // The source is the phrase after "to": the token whose subtree starts right there.
            int head = tokens[i].Head >= 0 && tokens[i].Head > i + 1 ? tokens[i].Head : i + 2;
            // (Opening the sentence, the source leaves room for what it says: "According to a survey, most adults with
            // autism need/NN support", with "support" read as a conjunct of "survey", is no source running to the end.)
            bool opensTheSentence = i == sentence.FirstToken;
            int sentenceEnd = sentence.EndToken - 1;
            while (sentenceEnd > i && tokens[sentenceEnd].Upos == "PUNCT") sentenceEnd--;
            // ("according to show/compound insiders", "according to a New York Times/compound ... poll": the parser may
            // hang "according" on a modifier of the noun; the source is the whole noun phrase.)
            while (tokens[head].DepRel is "compound" or "amod" or "nmod:poss" or "flat" && tokens[head].Head > head) head = tokens[head].Head;
            var (first, last) = tree.Subtree(head);
            first = Math.Max(first, i + 2);
            // The source ends at the first comma (a misparse can hang the whole clause under it), unless what follows
            // describes the source or adds to it: "according to Craig Bryan, head of the National Center ..., and other
            // scientists".
            for (int k = i + 2; k <= last; k++)
            {
                if (tokens[k].Form is not ("," or ";")) continue;
                if (tokens[k].Form == "," && k + 1 <= last && DescribesOrJoins(tokens, tree, head, k + 1, opensTheSentence ? sentenceEnd : int.MaxValue)) continue;
                last = k - 1;
                break;
            }
            var (f, l) = TrimPunctuation(tokens, first, last);
            if (l < f) return null;
            var source = new SpanRef(tokens[f].Start, tokens[l].End, document.Slice(tokens[f].Start, tokens[l].End));
            return new AccordingToPhrase(i, l, source, tokens[head].Head);
        }
        return null;
    }

    /// <summary>
    /// Whether the word after a comma in the phrase headed by <paramref name="head"/> opens an apposition to it or a
    /// noun coordinated with it ("Craig Bryan, head of ...", ", and other scientists"), not a clause hung on it, ending
    /// before <paramref name="mustEndBefore"/>.
    /// </summary>
    private static bool DescribesOrJoins(Token[] tokens, DependencyTree tree, int head, int word, int mustEndBefore)
    {
        int child = word;
        while (child >= 0 && tokens[child].Head != head) child = tokens[child].Head;
        if (child < 0 || tree.Subtree(child).First < word - 1) return false;
        bool joined = tokens[child].DepRel == "conj" && tokens[child].Upos is "NOUN" or "PROPN" or "PRON"
                      && (tree.Child(child, "cc") is not (>= 0 and var cc) || tokens[cc].Form.ToLowerInvariant() is "and" or "or");   // (a role read as a conjunct)
        if (tokens[child].DepRel != "appos" && !joined) return false;
        // ("According to a National Autistic Society survey, 70% of adults with autism need support": not the subject of
        // the clause after it, nor a phrase with a verb of its own outside a relative clause, "..., was the choice".)
        var (from, to) = tree.Subtree(child);
        if (to >= mustEndBefore || to + 1 < tokens.Length && IsFinite(tokens[to + 1])) return false;
        for (int t = from; t <= to; t++)
        {
            if (IsFinite(tokens[t]) && !InsideARelativeClause(tokens, t, child)) return false;
        }
        return true;
    }

    private static bool IsFinite(Token token) => token.Upos is "VERB" or "AUX" && token.Xpos is "VBD" or "VBZ" or "VBP" or "MD";

    private static bool InsideARelativeClause(Token[] tokens, int word, int top)
    {
        for (int t = word; t >= 0 && t != top; t = tokens[t].Head)
        {
            if (tokens[t].DepRel == "acl:relcl") return true;
        }
        return false;
    }

    /// <summary>
    /// "Donations hit $1.1 billion, a USA TODAY analysis of campaign-finance reports shows.", parsed with
    /// "shows" as the clause of "hit": a cue ending its sentence with its own subject after a comma, and
    /// nothing it reports of its own, trails the clause it hangs on.
    /// </summary>
    private static bool IsTrailingCueReadAsAClause(Token[] tokens, DependencyTree tree, int cue)
    {
        if (tokens[cue].DepRel != "ccomp" || tokens[cue].Head >= cue || tree.Child(cue, "obj", "ccomp", "xcomp", "mark") >= 0) return false;
        for (int t = cue + 1; t < tokens.Length && tokens[t].Sentence == tokens[cue].Sentence; t++)
        {
            if (tokens[t].Upos != "PUNCT") return false;
        }
        int subject = tree.Child(cue, "nsubj");
        if (subject < 0) return false;
        int first = tree.Subtree(subject).First;
        return first > 0 && tokens[first - 1].Form == ",";
    }

    /// <summary>
    /// "Resources could be better spent with NATO, critics say.": a cue after its clause and a comma,
    /// parsed as an adverbial clause without a subordinator, reports that clause (as parataxis does).
    /// </summary>
    private static bool IsTrailingAdverbialCue(Token[] tokens, DependencyTree tree, int cue)
    {
        // ("..., as police have said.": "as" marks a cue that reports the clause it trails, when it reports nothing else.)
        int mark = tree.Child(cue, "mark");
        bool asReported = mark >= 0 && tokens[mark].Form.Equals("as", StringComparison.OrdinalIgnoreCase) && tree.Child(cue, "obj", "ccomp", "xcomp") < 0;
        if (tokens[cue].DepRel != "advcl" || tokens[cue].Head >= cue || mark >= 0 && !asReported) return false;
        int subject = tree.Child(cue, "nsubj");
        // "..., who has not been charged": a relative clause, not a cue.
        if (subject < 0 || tokens[subject].Form.ToLowerInvariant() is "who" or "which" or "that") return false;
        int first = asReported ? Math.Min(mark, tree.Subtree(subject).First) : tree.Subtree(subject).First;
        return first > 0 && tokens[first - 1].Form == ",";
    }

    private static void AddAccordingTo(Document document, DependencyTree tree, Sentence sentence, AccordingToPhrase phrase)
    {
        var tokens = document.Tokens;
        var (according, sourceLast, source) = (phrase.According, phrase.SourceLast, phrase.Source);
        // The content is the sentence without the "according to X" phrase: the longer part of it, or the part before
        // when the part after opens a clause of its own ("..., according to the AP's count, but the senator has
        // vowed ..."), or both when the phrase stands inside the clause it is about ("His criticism, according to an
        // interview at the time, was ...").
        var before = TrimPunctuation(tokens, sentence.FirstToken, according - 1);
        var after = TrimPunctuation(tokens, sourceLast + 1, sentence.EndToken - 1);
        // ("..., according to the Law Society of Kenya, which accused officers of ...": a relative clause on the source
        // says what the source did, apart from what it reports.)
        if (after.First <= after.Last && tokens[after.First].Xpos is "WDT" or "WP" && tokens[after.First].Head is >= 0 and var relative
            && tokens[relative].DepRel == "acl:relcl" && tokens[relative].Head is var described && described > according && described <= sourceLast)
            after = (after.First, after.First - 1);
        var (first, last) = after.Last - after.First >= before.Last - before.First ? after : before;
        bool bothSides = before.Last >= before.First && after.Last >= after.First;
        // (Nor a report set against it: "..., according to the police, though a local radio station put the toll at 25".)
        if (bothSides && (tokens[after.First].Upos == "CCONJ" || tokens[after.First].Form.ToLowerInvariant() is "though" or "although" or "whereas" or "while"))
            (first, last) = before;
        else if (bothSides && phrase.Modified >= 0 && tree.Subtree(phrase.Modified) is var (clauseFirst, clauseLast)
                 && clauseFirst <= before.First && clauseLast >= after.Last && HasAVerb(tokens, after.First, after.Last)) (first, last) = (before.First, after.Last);
        if (last < first) return;
        Add(document, new Quote
        {
            Id = "",
            Direct = IsQuoted(document.Text, tokens[first].Start, tokens[last].End),
            Content = new SpanRef(tokens[first].Start, tokens[last].End),
            Cue = new SpanRef(tokens[according].Start, tokens[according + 1].End, document.Slice(tokens[according].Start, tokens[according + 1].End)),
            Source = source,
        });
    }

    /// <summary>
    /// A content that ends inside a quotation covers all of it: "declared “I think NATO may be obsolete.
    /// ... Things are different now.”" reports every sentence up to the closing mark, not just the
    /// clause the parse hangs under the cue.
    /// </summary>
    private static void ExtendToWholeQuotations(Document document, IReadOnlyList<(int Start, int End)> quotations)
    {
        foreach (var quote in document.Quotes)
        {
            var content = quote.Content;
            foreach (var (start, end) in quotations)
            {
                // The content ends inside the quotation after covering some of it ("that “NATO may be obsolete").
                if (content.End <= start || content.End >= end || content.Start >= end) continue;
                int last = end;
                while (last > content.End && (char.IsWhiteSpace(document.Text[last - 1]) || document.Text[last - 1] is ',' or ';' or ':')) last--;
                quote.Content = content with { End = last };
                break;
            }
        }
    }

    /// <summary>A quotation with no attribution of its own continues the speaker of the previous one.</summary>
    private static void ContinueQuotations(Document document, IReadOnlyList<(int Start, int End)> quotations)
    {
        foreach (var (start, end) in quotations)
        {
            if (end - start < 20 || document.Quotes.Any(q => q.Content.Start < end && start < q.Content.End)) continue;
            // A short quotation inside a sentence is a phrase the writer borrows ("“thousands of shootings”"),
            // not more of the speaker's words (under six words: dev content F1 62.80 -> 63.01; 5, 8, 12
            // words: 62.98, 62.88, 62.70).
            if (!OpensSentence(document, start) && document.Text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 6) continue;
            var previous = document.Quotes.Where(q => q.Content.End <= start && q.Source is not null).MaxBy(q => q.Content.End);
            if (previous is null || start - previous.Content.End > 600) continue;
            // "“Mitt Romney was prepared ...,” McCaskill said. “Mitt Romney did not ...”": a quotation that opens
            // the sentence right after a trailing attribution goes on with the same quote (PolNeAR marks one
            // content across the attribution; dev content F1 62.58 -> 62.80; chaining further quotations
            // the same way: 62.75).
            if (previous.Direct && previous.Cue is { } cue && cue.Start >= previous.Content.End && OpensNextSentence(document, cue, start))
            {
                previous.Content = previous.Content with { End = end };
                continue;
            }
            Add(document, new Quote { Id = "", Direct = true, Content = new SpanRef(start, end), Cue = null, Source = previous.Source });
        }
    }

    /// <summary>Whether the quotation starting at <paramref name="quotationStart"/> opens its sentence (past a mark or a space).</summary>
    private static bool OpensSentence(Document document, int quotationStart)
    {
        int sentence = document.SentenceAt(quotationStart);
        return sentence >= 0 && quotationStart - document.Sentences[sentence].Start <= 2;
    }

    /// <summary>Whether the quotation starting at <paramref name="quotationStart"/> opens the sentence after the cue's.</summary>
    private static bool OpensNextSentence(Document document, SpanRef cue, int quotationStart)
    {
        int cueSentence = document.SentenceAt(cue.Start);
        return cueSentence >= 0 && document.SentenceAt(quotationStart) == cueSentence + 1 && OpensSentence(document, quotationStart);
    }

    /// <summary>
    /// Spans inside curly or straight double quotation marks. A quotation left open at a paragraph end
    /// continues when the next paragraph opens with a quotation mark (the news convention for long
    /// quotes); otherwise the stray mark is dropped, as is an opening curly mark that a second one follows.
    /// </summary>
    internal static IEnumerable<(int Start, int End)> QuotationSpans(string text)
    {
        int open = -1;
        bool openedStraight = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' && open >= 0)
            {
                // (in the quotation's own style: a straight mark left open before a curly paragraph is a
                // stray, as where a writer pastes a block of another paper's text)
                int next = i;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                bool continued = next < text.Length && text[next] == (openedStraight ? '"' : '“');
                // (A transcript quoted paragraph by paragraph, '"WALLACE: ...' then '"PENCE: ...': a new
                // speaker's label ends the quotation at the paragraph before it and opens the next.)
                if (continued && LabelledSpeech.Label(text, next, LineEnd(text, next)) is not null)
                {
                    int end = i;
                    while (end > open && char.IsWhiteSpace(text[end - 1])) end--;
                    yield return (open, end);
                    open = next + 1;
                    i = next;
                }
                else if (continued) i = next;
                else if (openedStraight && next + 1 < text.Length && text[next] == '\'' && text[next + 1] == '\'') i = next + 1;
                else open = -1;
                continue;
            }
            // Two apostrophes ('' as some wires and the NYT archive write it) are a straight double quote.
            bool twoApostrophes = c == '\'' && i + 1 < text.Length && text[i + 1] == '\'';
            bool straight = c == '"' || twoApostrophes;
            int width = twoApostrophes ? 2 : 1;
            // A straight mark opens after a space or bracket and closes after a word: pairing by
            // position alone goes out of step at the first stray mark.
            bool straightOpening = straight && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '-');
            if (c == '“' || straightOpening)
            {
                open = i + width;
                openedStraight = straight;
            }
            else if (open >= 0 && (c == '”' || straight))
            {
                yield return (open, i);
                open = -1;
            }
            if (twoApostrophes) i++;
        }
    }

    /// <summary>The end of the line that <paramref name="from"/> is on.</summary>
    private static int LineEnd(string text, int from) => text.IndexOf('\n', from) is >= 0 and var end ? end : text.Length;

    private static bool IsQuoted(string text, int start, int end)
    {
        int before = start - 1;
        while (before >= 0 && text[before] == ' ') before--;
        int after = end;
        while (after < text.Length && text[after] is ',' or '.' or '?' or '!') after++;
        return before >= 0 && (text[before] is '“' or '"' || TwoApostrophesEndAt(text, before))
            || after < text.Length && (text[after] is '”' or '"' || after + 1 < text.Length && text[after] == '\'' && text[after + 1] == '\'');
    }

    /// <summary>Whether <paramref name="text"/> has two apostrophes ending at <paramref name="last"/> (a straight double quote in the NYT archive's style).</summary>
    private static bool TwoApostrophesEndAt(string text, int last) => last >= 1 && text[last] == '\'' && text[last - 1] == '\'';

    /// <summary>The later of two subjects of the cue with only names between them (one split name), else the subject itself.</summary>
    internal static int LastOfSplitSubject(Token[] tokens, DependencyTree tree, int cue, int subject)
    {
        foreach (var other in tree.Children(cue))
        {
            if (other <= subject || tokens[other].DepRel != "nsubj" || other > cue) continue;
            for (int i = subject + 1; i < other; i++)
            {
                if (tokens[i].Upos is not ("PROPN" or "NOUN" or "ADJ")) return subject;
            }
            return other;
        }
        return subject;
    }

    /// <summary>The source span stretched back to a split subject's first part.</summary>
    private static SpanRef Widened(Document document, SpanRef source, int first, int head)
    {
        if (first < 0 || first >= head || document.Tokens[first].Start >= source.Start) return source;
        int start = document.Tokens[first].Start;
        return new SpanRef(start, source.End, document.Slice(start, source.End));
    }

    /// <summary>The nearest cue verb above a clause that is what that cue reports (through ccomp and conj), or -1.</summary>
    private int ReportingAncestor(Token[] tokens, int clause)
    {
        for (int t = clause, depth = 0; depth < 3 && tokens[t].Head >= 0 && tokens[t].DepRel is "ccomp" or "conj" or "xcomp"; depth++)
        {
            t = tokens[t].Head;
            if (tokens[t].Upos is "VERB" && _cues.Contains(tokens[t].Lemma ?? "")) return t;
        }
        return -1;
    }

    /// <summary>
    /// "... and said ...", "said he respects Clinton and calls her ...": a verb of saying without a subject that the
    /// parser coordinated into the clause <paramref name="reporter"/> reports is the speaker's next statement, after
    /// ", and", or in the reporter's own tense when the clause has a subject of its own (on PolNeAR train 17 of 24
    /// such verbs without the comma were outside the annotators' content).
    /// </summary>
    private bool IsTheSpeakersNextAct(Token[] tokens, DependencyTree tree, int verb, int reporter)
    {
        if (tokens[verb].DepRel != "conj" || tokens[verb].Upos != "VERB" || !_cues.Contains(tokens[verb].Lemma ?? "") || tree.Child(verb, "nsubj") >= 0) return false;
        // ("said about 200 residents surrounded a convoy and refused to let it pass": a verb with an infinitive right
        // after it continues what the clause's subject did; "invoked Reagan's deficit to claim" is the speaker's act.)
        if (tree.Child(verb, "xcomp") is >= 0 and var open && tree.Child(open, "mark") == verb + 1) return false;
        int clause = tokens[verb].Head;
        return CommaBefore(tokens, verb) || tokens[clause].DepRel == "ccomp" && tokens[clause].Head == reporter && tokens[verb].Xpos == tokens[reporter].Xpos
            && tokens[verb].Xpos is "VBD" or "VBZ" or "VBP" && tree.Child(clause, "nsubj", "nsubj:pass", "expl") >= 0;
    }

    private static bool CommaBefore(Token[] tokens, int cue) =>
        cue >= 2 && tokens[cue - 1].Upos == "CCONJ" && tokens[cue - 2].Form == ",";

    /// <summary>Whether a comma sets the relative clause off from its noun ("Torres, who ...").</summary>
    private static bool NonRestrictive(Token[] tokens, DependencyTree tree, int head, int relative)
    {
        int opens = tree.Subtree(relative).First;
        if (opens < head) return true;
        for (int t = head + 1; t <= opens && t < tokens.Length; t++)
        {
            if (tokens[t].Form is "," or "(" or "—" or "–") return true;
        }
        return false;
    }

    /// <summary>A participle set off by a comma after the speaker ("Trump, speaking to a veterans group in Virginia, said"), or -1.</summary>
    internal static int ParticipleSetOff(Token[] tokens, DependencyTree tree, int head) =>
        tree.Children(head).FirstOrDefault(c => c > head && tokens[c].DepRel is "acl" or "advcl" or "appos" && tokens[c].Xpos is "VBG" or "VBN" && NonRestrictive(tokens, tree, head, c), -1);

    /// <param name="cue">The cue, when the parse hangs it under the speaker ("The NAACP called for ...").</param>
    private static SpanRef PhraseRef(Document document, DependencyTree tree, int head, int cue = -1)
    {
        // What the source leaves out: a relative clause on the speaker ("Torres, who said ...") is not part of the
        // source's name, nor is the cue.
        int excluded = tree.Child(head, "acl:relcl");
        // ("Surety companies that had insured Patriot's reclamation obligations agreed": a restrictive relative,
        // with no comma before it, says which ones and is part of the source.)
        // ("Joseph, who has four children, said": a relative clause that does not hold the cue describes the
        // source, and PolNeAR counts it in.)
        // ("Mr. Obama, who understood that a legislative push would be fruitless, told his advisers": but one that
        // holds a clause of its own is an attribution of its own, and PolNeAR leaves it out.)
        if (excluded >= 0 && (!NonRestrictive(document.Tokens, tree, head, excluded)
                || cue >= 0 && !tree.Dominates(excluded, cue) && tree.Child(excluded, "ccomp") < 0)) excluded = -1;
        if (cue >= 0 && document.Tokens[cue].Head == head) excluded = cue;
        // ("Trump, speaking to a veterans group in Virginia, said": a participle between commas says when or how,
        // not who; PolNeAR leaves it out.)
        if (excluded < 0 && ParticipleSetOff(document.Tokens, tree, head) is >= 0 and var participle) excluded = participle;
        var (first, last) = tree.Subtree(head, exclude: excluded);
        // ("Minyon Moore, a senior adviser to the Clinton campaign, called/acl ...": the source ends before its cue
        // wherever the parser hung the cue in it.)
        if (cue > first && cue <= last && tree.Subtree(cue).First is var cueFirst && cueFirst > first) last = Math.Min(last, cueFirst - 1);
        // ("The Times on Saturday wrote": a time the parser hung at the end of the source is no part of it.)
        int time = tree.Children(head).FirstOrDefault(c => c > head && document.Tokens[c].DepRel is "nmod" or "obl" or "nmod:tmod" or "obl:tmod"
                                                         && Events.DateResolver.NamesATime(document.Tokens[c].Form) && tree.Subtree(c).Last == last, -1);
        if (time >= 0) last = tree.Subtree(time).First - 1;
        var (f, l) = TrimPunctuation(document.Tokens, first, last);
        // ("..., with Minority Leader Mitch McConnell arguing that ...": the "with" of an absolute phrase is no part of its speaker.)
        if (f < head && document.Tokens[f].Head == head && document.Tokens[f].DepRel == "case" && document.Tokens[f].Form.Equals("with", StringComparison.OrdinalIgnoreCase)) f++;
        if (l < f) (f, l) = (head, head);
        // ("The Bangladesh Garment Manufacturers and Exporters Association said", parsed as two subjects split at "and": the
        // source runs to the end of the recognizer's name it starts, up to the cue.)
        if (document.Entities.Where(e => e.Label is "ORG" or "PER").SelectMany(e => e.Mentions)
                .FirstOrDefault(m => m.FirstToken <= head && head < m.FirstToken + m.TokenCount) is { } name
            && name.FirstToken >= f && name.FirstToken + name.TokenCount - 1 > l && (cue < 0 || name.FirstToken + name.TokenCount - 1 < cue))
            l = name.FirstToken + name.TokenCount - 1;
        var tokens = document.Tokens;
        return new SpanRef(tokens[f].Start, tokens[l].End, document.Slice(tokens[f].Start, tokens[l].End));
    }

    /// <summary>
    /// "acknowledged the reality of climate change, which makes him an outlier": a comment the writer adds
    /// after a comma (a relative clause opened by "which" or "who", a participle clause, a second clause after a
    /// semicolon) at the end of a forward content is not what the source said.
    /// </summary>
    private static int WithoutTrailingComment(Token[] tokens, DependencyTree tree, int first, int last)
    {
        for (int k = first + 1; k < last; k++)
        {
            if (tokens[k].Form == ";") return k - 1;
            // ("had pulled 15 bodies from the rubble — a figure Reuters could not independently verify": the writer's
            // word on the claim, after a comma or a dash.)
            if (tokens[k].Form is "," or "—" or "--" or "–" && WritersCaveat(tokens, k + 1, last)) return k - 1;
            if (tokens[k].Form != ",") continue;
            int next = k + 1;
            bool which = tokens[next].Form.Equals("which", StringComparison.OrdinalIgnoreCase) && tokens[next].Head is >= 0 and var clause
                && tokens[clause].DepRel == "acl:relcl" && tree.Subtree(clause).Last == last;
            bool participle = tokens[next].Xpos == "VBG" && tokens[next].DepRel is "advcl" or "acl" && tree.Subtree(next).Last == last;
            // ("said the fading attention helped Clinton, who does not need to demonstrate ...": who someone is, told the
            // reader after a comma. An apposition ending the content, ", a longstanding federal provision that ...", is
            // as often inside the annotators' content as outside: left as it is.)
            bool who = tokens[next].Form.Equals("who", StringComparison.OrdinalIgnoreCase) && tokens[next].DepRel is "nsubj" or "nsubj:pass"
                && tokens[next].Head is >= 0 and var relative && tree.Subtree(relative).Last == last;
            if (which || participle || who) return k - 1;
        }
        return last;
    }

    /// <summary>
    /// Whether the verb is the "confirm" or "verify" of a writer's caveat ("..., a claim officials could not confirm"):
    /// it says that no one vouches for the report before it, not who said something.
    /// </summary>
    private static bool InWritersCaveat(Token[] tokens, Sentence sentence, int verb)
    {
        if (tokens[verb].Lemma is not ("confirm" or "verify")) return false;
        for (int k = verb - 1; k > sentence.FirstToken && verb - k <= 8; k--)
        {
            if (tokens[k].Form is "," or "—" or "--" or "–") return WritersCaveat(tokens, k + 1, sentence.EndToken - 1);
        }
        return false;
    }

    /// <summary>"a figure Reuters could not independently verify", "a claim that could not be confirmed": a noun for what was said, then who could not check it.</summary>
    private static bool WritersCaveat(Token[] tokens, int first, int last)
    {
        if (first + 2 > last || tokens[first].Form.ToLowerInvariant() is not ("a" or "an")
            || tokens[first + 1].Lemma?.ToLowerInvariant() is not ("figure" or "claim" or "number" or "toll" or "account" or "assertion" or "report")) return false;
        bool unable = false;
        for (int t = first + 2; t <= last; t++)
        {
            if (tokens[t].Lemma is "verify" or "confirm") return unable;
            unable |= tokens[t].Lemma is "not" or "unable" || tokens[t].Form.Equals("n't", StringComparison.OrdinalIgnoreCase) || tokens[t].Form.Equals("cannot", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    private static (int First, int Last) TrimPunctuation(Token[] tokens, int first, int last)
    {
        int end = last;
        while (first <= last && tokens[first].Upos is "PUNCT") first++;
        while (last >= first && tokens[last].Upos is "PUNCT") last--;
        // ('the abduction "a cowardly act"': a quotation opened inside keeps its closing mark.)
        int quotes = 0;
        for (int i = first; i <= last; i++) quotes += tokens[i].Xpos is "``" or "''" ? 1 : 0;
        if (quotes % 2 == 1 && last < end && tokens[last + 1].Xpos is "''" or "``") last++;
        // ("The United Nations Support Mission in Libya (UNSMIL)": so does a bracket.)
        return (first, WithClosingBrackets(tokens, first, last, end));
    }

    /// <summary>
    /// A span <paramref name="first"/> .. <paramref name="last"/> that opens a bracket, stretched (up to
    /// <paramref name="limit"/>) over the brackets that close it and an abbreviation's full stop before one
    /// ("Sen. Claire McCaskill (D-Mo.)", "in Libya (UNSMIL)").
    /// </summary>
    internal static int WithClosingBrackets(Token[] tokens, int first, int last, int limit)
    {
        int open = 0;
        for (int i = first; i <= last; i++) open += tokens[i].Form == "(" ? 1 : tokens[i].Form == ")" ? -1 : 0;
        while (open > 0 && last < limit && (tokens[last + 1].Form == ")" || tokens[last + 1].Form == "." && last + 1 < limit && tokens[last + 2].Form == ")"))
        {
            last++;
            if (tokens[last].Form == ")") open--;
        }
        return last;
    }

    /// <summary>Sources and relays that are (or name) an entity get its id; pronouns take the nearest person before them.</summary>
    private static void LinkEntities(Document document)
    {
        foreach (var quote in document.Quotes)
        {
            quote.Source = Link(document, quote.Source);
            for (int i = 0; i < quote.Via.Count; i++) quote.Via[i] = Link(document, quote.Via[i])!;
        }
        // ("Russia's Defense Ministry said its air defenses had destroyed 31 drones ... It did not report any casualties": a
        // body's "it" is the body that spoke last, in the sentence before, when that was no person.)
        foreach (var quote in document.Quotes)
        {
            if (quote.Source is not { Entity: null } it || it.Text?.ToLowerInvariant() != "it") continue;
            int sentence = document.SentenceAt(it.Start);
            var before = document.Quotes.Where(q => q.Source is { Entity: not null } s && s.End <= it.Start && document.SentenceAt(s.Start) is var k && k < sentence && k >= sentence - 1)
                                        .MaxBy(q => q.Source!.End)?.Source;
            if (before is not null && document.Entities.FirstOrDefault(e => e.Id == before.Entity) is { Label: not "PER" })
                quote.Source = it with { Entity = before.Entity };
        }
    }

    /// <summary>
    /// "Jonglei's governor, Mading Achiek", "Borno state governor Babagana Zulum": the name whose role the source is
    /// (its possessor or a modifier of the role, a place or not) is not who the source is; a name after it is.
    /// (Without one, "Pakistan's military", the possessor still says whose the source is.)
    /// </summary>
    private static bool OwnsTheSource(Document document, Mention mention, SpanRef span)
    {
        var tokens = document.Tokens;
        int after = document.TokenStartingAt(mention.Start) + mention.TokenCount;
        if (after < tokens.Length && tokens[after].Form is "'s" or "’s") after++;
        // ("Amnesty International's Nigeria director": through the role's other modifiers; "Kharkiv Mayor Ihor Terekhov",
        // "Ukrainian President Volodymyr Zelenskyy": through a capitalised title to the person who holds it, named in
        // full: "Ukraine's General Staff" is no person called Staff, "the LNA's 106th Brigade" none called Brigade.)
        int role = after;
        // ("Haiti's National Police": a body the recognizer named after the possessor is who the source is.)
        if (role < tokens.Length && tokens[role].End <= span.End && StartsAnOrganisation(document, tokens[role].Start)) return true;
        while (after < tokens.Length && tokens[after].End <= span.End && tokens[after].Upos is "PROPN" or "ADJ")
        {
            if (after > role && StartsAPersonsFullName(document, tokens[after].Start)) return true;
            after++;
        }
        return after < tokens.Length && tokens[after].End <= span.End && tokens[after].Upos == "NOUN";
    }

    private static bool StartsAnOrganisation(Document document, int offset) =>
        document.Entities.Any(e => e.Label == "ORG" && e.Mentions.Any(m => m.Start == offset));

    private static bool StartsAPersonsFullName(Document document, int offset) =>
        document.Entities.Any(e => e.Label == "PER" && e.Mentions.Any(m => m.Start == offset && m.TokenCount >= 2));

    /// <summary>
    /// "authorities in the state of Michoacán", "a farmer who fled to Aguililla": a place after a preposition
    /// inside a source says where the source is or went, not who it is.
    /// </summary>
    private static bool PlaceAfterAPreposition(Document document, Entity entity, Mention mention, SpanRef span)
    {
        if (entity.Label is not ("LOC" or "GPE")) return false;
        int first = document.TokenStartingAt(mention.Start);
        for (int t = first - 1; t >= 0 && document.Tokens[t].Start >= span.Start; t--)
        {
            if (document.Tokens[t].Upos == "ADP") return true;
            // ("a resident who fled to the capital, Ouagadougou": through a place noun the name is in apposition to.)
            if (document.Tokens[t].Upos is not ("DET" or "ADJ" or "PROPN" or "NOUN") && !(document.Tokens[t].Form == "," && t > 0 && document.Tokens[t - 1].Upos == "NOUN")) return false;
        }
        return false;
    }

    private static readonly HashSet<string> ReadingParticiples = new(StringComparer.OrdinalIgnoreCase) { "seen", "obtained", "reviewed", "viewed", "examined", "accessed" };

    /// <summary>"a police report seen by Reuters": who saw a document is not who wrote it.</summary>
    private static bool ReaderOfTheDocument(Document document, Mention mention)
    {
        int first = document.TokenStartingAt(mention.Start);
        return first >= 2 && document.Tokens[first - 1].Form.Equals("by", StringComparison.OrdinalIgnoreCase)
            && ReadingParticiples.Contains(document.Tokens[first - 2].Form);
    }

    private static SpanRef? Link(Document document, SpanRef? span)
    {
        if (span is null) return null;
        // (The name that comes first in the source: "Aminah Dimaporo, a mother of four who fled Masiu", not the
        // place named later in it, whatever order the entities were found in.)
        var entity = document.Entities
            .Select(e => (Entity: e, First: e.Mentions.Where(m => m.Start >= span.Start && m.End <= span.End && !PlaceAfterAPreposition(document, e, m, span)
                    && !ReaderOfTheDocument(document, m) && !NamesAHyphenatedModifier(document, m))
                .Select(m => (Owner: OwnsTheSource(document, m, span), m.Start)).DefaultIfEmpty((Owner: true, Start: int.MaxValue)).Min()))
            .Where(p => p.First.Start < int.MaxValue).OrderBy(p => p.First).Select(p => p.Entity).FirstOrDefault();
        // ("party spokesman John Mrema told Reuters. ... “They beat him ...,” Mrema said": a surname alone, which the recognizer
        // left out, is the person named in full before it.)
        if (entity is null && span.Text is { Length: > 1 } surname && !surname.Contains(' ') && char.IsUpper(surname[0]))
            entity = document.Entities.Where(e => e.Label == "PER" && e.Mentions.Any(m => m.End <= span.Start) && e.Name.EndsWith(" " + surname, StringComparison.Ordinal))
                .MinBy(e => span.Start - e.Mentions.Where(m => m.End <= span.Start).Max(m => m.End));
        if (entity is null && span.Text?.ToLowerInvariant() is "he" or "she" && document.TokenStartingAt(span.Start) is >= 0 and var pronoun
            && CoordinatedSubject.Of(document, pronoun) is { } subject)
            entity = document.Entities.FirstOrDefault(e => e.Mentions.Contains(subject.Person));
        if (entity is null && span.Text?.ToLowerInvariant() is "he" or "she")
        {
            // The person mentioned last before the pronoun (none when no person precedes it).
            entity = document.Entities.Where(e => e.Label == "PER")
                .Select(e => (Entity: e, Last: e.Mentions.Where(m => m.End <= span.Start).Select(m => m.End).DefaultIfEmpty(-1).Max()))
                .Where(p => p.Last >= 0).OrderByDescending(p => p.Last).Select(p => p.Entity).FirstOrDefault();
        }
        // ("Beltran, who said ...": PolNeAR marks the relative pronoun as the source; it names the entity right before it.)
        if (entity is null && span.Text?.ToLowerInvariant() is "who" or "which" or "that")
            entity = document.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.End <= span.Start && document.Text[m.End..span.Start].Trim() is "," or ""))
                     ?? document.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.End <= span.Start && IsApposedTo(document, m.End, span.Start)));
        return entity is null ? span : span with { Entity = entity.Id };
    }

    /// <summary>
    /// "The al-Qaeda-linked group", "Iran-backed rebels": a name a hyphen joins to a participle after it says what the
    /// source is linked to, not who it is.
    /// </summary>
    private static bool NamesAHyphenatedModifier(Document document, Mention mention) =>
        document.TokenStartingAt(mention.End) is >= 0 and var hyphen && document.Tokens[hyphen].Form == "-"
        && hyphen + 1 < document.Tokens.Length && document.Tokens[hyphen + 1].Xpos == "VBN" && document.Tokens[hyphen + 1].Start == document.Tokens[hyphen].End;

    /// <summary>
    /// Whether the words between a name and its relative pronoun are an apposition set off by commas ("Rosa Mamani,
    /// a 45-year-old farmer, who said ..."): a noun phrase without a verb, in one sentence.
    /// </summary>
    private static bool IsApposedTo(Document document, int nameEnd, int pronounStart)
    {
        var between = document.Text[nameEnd..pronounStart].Trim();
        if (!between.StartsWith(',') || !between.EndsWith(',') || between.Length < 3) return false;
        int first = document.TokenStartingAt(document.Text.IndexOf(',', nameEnd)) + 1, pronoun = document.TokenStartingAt(pronounStart);
        if (first <= 0 || pronoun < 0 || document.SentenceAt(nameEnd) != document.SentenceAt(pronounStart)) return false;
        for (int t = first; t < pronoun - 1; t++)
        {
            if (document.Tokens[t].Upos is "VERB" or "AUX" or "PRON" or "SCONJ" or "CCONJ" || document.Tokens[t].Form is "," or ";" or "(" or ")") return false;
        }
        return true;
    }
}
