using Vigil.Actors;
using Vigil.Documents;
using Vigil.Entities;

namespace Vigil.Events;

// Words that stand for an actor named elsewhere: relative and personal pronouns, "them" and "whom", "whose
// members", "many of them" (see EventsStage.ActorSlots.cs for the order of the steps).
public sealed partial class EventsStage
{
    private sealed partial class ActorSearch
    {
        /// <summary>A pronoun subject stands for the noun, the reporter or the person it refers to.</summary>
        public void AntecedentOfASubjectPronoun()
        {
            // ("It was not clear who was behind the attack": a "who" that stands for no noun asks who; it names no one.)
            if (subject >= 0 && tokens[subject].Upos is "PRON")
                subject = NounARelativePronounStandsFor() ?? DoerOfTheActAboveARelativeClause() ?? WhoAPersonalPronounMeans() ?? (tokens[subject].Xpos == "WP" ? -1 : subject);
        }

        /// <summary>The noun a relative pronoun subject ("who", "which", "that") stands for; null when it is no such pronoun.</summary>
        private int? NounARelativePronounStandsFor()
        {
            // "townspeople who had blocked": a relative pronoun stands for the noun the clause modifies.
            // ("In his nightly video address on Monday, President Volodymyr Zelenskiy, who met brigade commanders",
            // with the clause hung on the address: a "who" right after a name and a comma is that name.)
            if (tokens[subject].Form.Equals("who", StringComparison.OrdinalIgnoreCase) && subject >= 2 && tokens[subject - 1].Form == ","
                && tokens[subject - 2].Upos == "PROPN" && tokens[trigger].Head != subject - 2 && tokens[trigger].DepRel == "acl:relcl")
                return PhraseHead(tokens, subject - 2);
            // ("held talks with a delegation of the Kuki-Zo Council, which has demanded", with the clause hung on the
            // verb: a "who" or "which" after a noun and a comma is that noun's.)
            if (tokens[subject].Form.ToLowerInvariant() is "who" or "which" && subject >= 2 && tokens[subject - 1].Form == "," && tokens[subject - 2].Upos is "NOUN" or "PROPN"
                && tokens[trigger].DepRel == "acl:relcl" && tokens[trigger].Head >= 0 && tokens[tokens[trigger].Head].Upos is "VERB" or "AUX")
                return PhraseHead(tokens, subject - 2);
            // (Not a clause the parser hung on a verb: "demanding that the authorities identify who had fired the shell" asks who.)
            // ("the Moro Islamic Liberation Front (MILF), the former rebel group that signed a peace deal": a common noun apposed to a
            // name is the name's.)
            if (tokens[subject].Form.ToLowerInvariant() is "who" or "which" or "that" && tokens[trigger].DepRel == "acl:relcl" && tokens[trigger].Head >= 0
                && tokens[tokens[trigger].Head].Upos is not ("VERB" or "AUX"))
                return ActTheKillingClauseTells(tokens[trigger].Head) ?? NameApposedTo(tokens[trigger].Head) ?? tokens[trigger].Head;
            // ... and so it does when the subject comes from a relative clause above ("traders who had blocked
            // the road to protest": the protest's subject is the blocking's "who").
            if (tokens[subject].Form.ToLowerInvariant() is "who" or "which" or "that" && tokens[subject].Head is >= 0 and var clause
                && tokens[clause].DepRel == "acl:relcl" && tokens[clause].Head >= 0 && tokens[tokens[clause].Head].Upos is not ("VERB" or "AUX"))
                return tokens[clause].Head;
            // "The assailants, who arrived on motorbikes, opened fire", parsed with "who" as the subject of
            // "opened": the noun before the relative clause (the head of its phrase: "Elders of the tribe").
            if (tokens[subject].Form.ToLowerInvariant() is "who" or "which" && subject >= 2 && tokens[subject - 1].Form == ","
                && tokens[subject - 2].Upos is "NOUN" or "PROPN")
                return PhraseHead(tokens, subject - 2);
            return null;
        }

        /// <summary>
        /// "pirates released 11 Yemeni fishermen and their dhow, whom they had hijacked last month", "the EGC handed over two soldiers it
        /// had kidnapped": "they" or "it" in a relative clause on what an act took or gave is that act's doer, where the number agrees;
        /// null otherwise.
        /// </summary>
        private int? DoerOfTheActAboveARelativeClause()
        {
            var pronoun = tokens[subject].Form.ToLowerInvariant();
            if (pronoun is not ("they" or "it") || tokens[trigger].DepRel != "acl:relcl") return null;
            // (Not a share of what the act took, told by another: "Russia launched 8 missiles, of which it shot down 6".)
            if (children[trigger].Any(c => tokens[c].Xpos is "WP" or "WDT" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)))) return null;
            if (VerbAboveTheClause(tokens, trigger) is not (>= 0 and var act)) return null;
            int doer = children[act].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && c < act, -1);
            if (doer < 0 || tokens[doer].Upos is not ("NOUN" or "PROPN")) return null;
            bool plural = tokens[doer].Xpos is "NNS" or "NNPS" || children[doer].Any(c => tokens[c].DepRel == "conj");
            return plural == (pronoun == "they") ? doer : null;
        }

        /// <summary>
        /// "an offensive against the dissidents in January last year that killed more than 80 people", "fighting between Azande and
        /// Balanda militias in 2021 that killed", with the clause hung on the last noun: a killing told of the phrase of an act is the
        /// act's toll (the act noun, which names no actor); null when the clause is no killing or no act heads the phrase.
        /// </summary>
        private int? ActTheKillingClauseTells(int noun)
        {
            if (tokens[trigger].Lemma is not ("kill" or "leave" or "wound" or "injure" or "claim")) return null;
            for (int at = noun, steps = 0; at >= 0 && steps < 4; at = tokens[at].Head, steps++)
            {
                // (Not the object of a verb that may tell no act of its own: "carried out an attack on the market that killed 12 people".)
                if (tokens[at].Upos == "NOUN" && (ActNouns.Contains(tokens[at].Lemma ?? "") || AttemptNouns.Contains(tokens[at].Lemma ?? "")))
                    return at == noun || tokens[at].DepRel == "obj" ? null : at;
                if (tokens[at].DepRel is not ("nmod" or "obl" or "nmod:tmod" or "obl:tmod" or "nmod:unmarked" or "obl:unmarked" or "conj" or "compound" or "amod")) return null;
            }
            return null;
        }

        /// <summary>
        /// The name a common noun is apposed to, right before its comma ("fighters of the Moro Islamic Liberation Front (MILF), the former
        /// rebel group": MILF; "fighters of Al Shabaab, the militant group": Al Shabaab); null when the noun is no apposition or no name
        /// stands there.
        /// </summary>
        private int? NameApposedTo(int noun)
        {
            if (tokens[noun].DepRel != "appos" || tokens[noun].Upos != "NOUN") return null;
            // (The comma may hang on the apposition or before it.)
            int k = SubtreeStart(children, noun);
            if (tokens[k].Form != ",") k--;
            if (k < 1 || tokens[k].Form != ",") return null;
            k--;
            // (A short form in brackets is the name as the story uses it: "the Union for Peace in Central Africa (UPC)".)
            if (tokens[k].Form == ")" && k >= 3 && tokens[k - 2].Form == "(") return tokens[k - 1].Upos == "PROPN" ? k - 1 : null;
            if (tokens[k].Upos != "PROPN") return null;
            // (The name's head: "Front" of "the Moro Islamic Liberation Front".)
            while (tokens[k].Head is > 0 and var up && up < k && k - up <= 4 && tokens[up].Upos == "PROPN" && tokens[k].DepRel is "flat" or "compound" or "amod") k = up;
            while (tokens[k].Head is > 0 and var up && up > k && up - k <= 4 && tokens[up].Upos == "PROPN" && tokens[k].DepRel is "flat" or "compound" or "amod") k = up;
            return k;
        }

        /// <summary>Whom a personal pronoun subject ("it", "he", "she", "they") means; null when the sentence does not tell.</summary>
        private int? WhoAPersonalPronounMeans()
        {
            // "Pakistan said it shot down two warplanes", "The prosecutor said he had opened ...": "it", "he"
            // or "she" in what someone reports is that someone. Not "they" ("witnesses said they fired"
            // means the soldiers) and not inside a quotation ("“They fired into the crowd,” said Torres").
            // (The pronoun's own clause reports: "said it had sent a team ... to investigate".)
            // (The pronoun is what must stand outside the quotation: "said it had \"neutralised a group of terrorists\"".)
            // (Not a reporter who speaks for the pronoun: "He met army, police and intelligence chiefs ..., his spokesman said".)
            if (tokens[subject].Form.ToLowerInvariant() is "it" or "he" or "she" && ReporterOf(tokens, children, PronounsClause(tokens, subject, trigger)) is >= 0 and var reporter
                && !InsideQuotation(document, subject) && !children[reporter].Any(c => tokens[c].DepRel == "nmod:poss" && tokens[c].Form.ToLowerInvariant() is "his" or "her" or "its"))
                return reporter;
            // "Security forces said they killed four militants": armed forces and governments report their own
            // acts, so their "they" is themselves; a witness's "they" is someone else. ("Prosecutors said they had opened an
            // investigation": so do the courts.)
            if (tokens[subject].Form.ToLowerInvariant() == "they" && ReporterOf(tokens, children, PronounsClause(tokens, subject, trigger)) is >= 0 and var plural
                && !InsideQuotation(document, subject) && SectorCodes.FirstSectorIn(phrases.CodeOf(plural) ?? "") is { } sector
                && (SectorCodes.Armed.Contains(sector) || sector is "GOV" or "JUD"))
                return plural;
            // "Diyala's governor told reporters ... that he had ordered an investigation, and he urged security commanders": a "he"
            // or "she" subject of a verb coordinated with one whose subject is a single person or office is that subject.
            if (tokens[subject].Form.ToLowerInvariant() is "he" or "she" && tokens[trigger].DepRel == "conj" && tokens[trigger].Head is >= 0 and var first
                && children[first].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && tokens[c].Xpos is "NN" or "NNP", -1) is >= 0 and var person
                && (phrases.CodeOf(person) is not null || EntityAt(document, person)?.Label == "PER"))
                return person;
            // ("A man who identified himself as a spokesman for the Comando Polochic ... told a local radio station ... He demanded": a
            // "He" or "She" opening its sentence is the person described, not named, whom the sentence before opened with.)
            // ('... a spokesman for the group ... blamed the ELN. "We do not kill workers," he said. He also threatened': past a quotation
            // the same pronoun said.)
            if (tokens[subject].Form is "He" or "She" && !InsideQuotation(document, subject) && !HasASubjectBefore(document, subject) && tokens[subject].Sentence > 0
                && SentenceBeforeAQuotationThePronounSaid(document, tokens[subject].Sentence - 1, tokens[subject].Form) is var before
                && FirstSubjectBefore(document, document.Sentences[before].EndToken - 1) is >= 0 and var described
                && tokens[described].Xpos == "NN" && EntityAt(document, described) is null && !children[described].Any(c => tokens[c].Upos == "PROPN")
                && PeopleSpokenOf.TryGetValue(tokens[described].Lemma ?? "", out var gender) && gender == (tokens[subject].Form == "He" ? 'm' : 'f'))
                return described;
            if (tokens[subject].Form.ToLowerInvariant() is "he" or "she" && ResolvePronoun(document, subject) is { } antecedent)
                return antecedent;
            // "police arrested eight people on Tuesday as they gathered outside the city hall": "they" in a clause
            // of time is the people the main verb acted on.
            if (tokens[subject].Form.Equals("they", StringComparison.OrdinalIgnoreCase) && tokens[trigger].DepRel == "advcl" && tokens[trigger].Head >= 0
                && children[trigger].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.ToLowerInvariant() is "as" or "when" or "while" or "after")
                && children[tokens[trigger].Head].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Xpos is "NNS" or "NNPS", -1) is >= 0 and var people)
                return people;
            // "Police officers exchanged fire with the gang as they tried to retake the town": "they" of a clause of
            // time whose main verb acted on no people is that verb's plural subject.
            if (tokens[subject].Form.Equals("they", StringComparison.OrdinalIgnoreCase) && tokens[subject].Head is >= 0 and var own
                && tokens[own].DepRel == "advcl" && tokens[own].Head is >= 0 and var main
                && children[own].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.ToLowerInvariant() is "as" or "when" or "while" or "after")
                && !children[main].Any(c => tokens[c].DepRel == "obj" && tokens[c].Xpos is "NNS" or "NNPS")
                && children[main].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && tokens[c].Xpos is "NNS" or "NNPS", -1) is >= 0 and var doers)
                return doers;
            // "Hundreds of residents marched ..., chanting slogans against MINUSCA, the UN peacekeeping mission,
            // which they accused of failing to protect civilians": "they" of a relative clause whose pronoun is
            // the object is the plural subject of the clause the antecedent belongs to. (So is the "they" of a
            // clause with no pronoun and no object: "the dissidents released two soldiers they had captured".)
            if (tokens[subject].Form.Equals("they", StringComparison.OrdinalIgnoreCase) && tokens[trigger].DepRel == "acl:relcl"
                && (children[trigger].Any(c => tokens[c].DepRel == "obj" && tokens[c].Form.ToLowerInvariant() is "which" or "whom") || IsObjectlessZeroRelative(trigger))
                && PluralSubjectAbove(tokens[trigger].Head) is >= 0 and var those)
                return those;
            // "the farmers rallied again in the city's main square, where they demanded that the police free the detainees": "they" of a
            // "where" clause on a place is the plural subject of the clause the place belongs to.
            if (tokens[subject].Form.Equals("they", StringComparison.OrdinalIgnoreCase) && IsAWhereClause(trigger)
                && PluralSubjectAbove(tokens[trigger].Head) is >= 0 and var gathered)
                return gathered;
            // "The farmers rallied in the main square. They demanded that ...": a "They" that opens its sentence, outside a quotation, is
            // the plural actor the sentence before opened with. (So is a "they" after an opening phrase's comma: "The militants have stepped
            // up pressure ... Last Thursday, they abducted six clan elders".)
            if ((tokens[subject].Form == "They" || tokens[subject].Form == "they" && subject > 0 && tokens[subject - 1].Form == ",")
                && !InsideQuotation(document, subject) && !HasASubjectBefore(document, subject) && tokens[subject].Sentence > 0
                && FirstSubjectBefore(document, document.Sentences[tokens[subject].Sentence - 1].EndToken - 1) is >= 0 and var group
                && tokens[group].Xpos is "NNS" or "NNPS" && NamesAnActor(group))
                return group;
            // ("Banners signed by the Jalisco New Generation Cartel (CJNG) were hung from a pedestrian bridge ... They accused state police":
            // messages that say things are their signers'.)
            if (tokens[subject].Form == "They" && !InsideQuotation(document, subject) && tokens[subject].Sentence > 0
                && document.Sentences[tokens[subject].Sentence - 1] is var told
                && Enumerable.Range(told.FirstToken, told.EndToken - told.FirstToken).FirstOrDefault(t => tokens[t].DepRel is "nsubj" or "nsubj:pass", -1) is >= 0 and var messages
                && tokens[messages].Lemma is "banner" or "leaflet" or "pamphlet" or "message" or "poster" or "flyer"
                && children[messages].FirstOrDefault(c => tokens[c].DepRel == "acl" && tokens[c].Lemma is "sign" or "issue", -1) is >= 0 and var signed
                && children[signed].FirstOrDefault(c => tokens[c].DepRel == "obl:agent", -1) is >= 0 and var signer)
                return signer;
            // ("Last month, militants kidnapped four Levies personnel from a checkpost in Surab; they freed the men near the town on
            // Wednesday": so is a "they" opening the clause after a semicolon, the first clause's.)
            if (tokens[subject].Form == "they" && subject > 1 && tokens[subject - 1].Form == ";" && !InsideQuotation(document, subject)
                && FirstSubjectBefore(document, subject - 1) is >= 0 and var firstDoers && tokens[firstDoers].Xpos is "NNS" or "NNPS" && NamesAnActor(firstDoers))
                return firstDoers;
            // "The U.N. mission said it had deployed peacekeepers ..., and it urged community leaders": a later
            // "it" of the sentence is the organisation or country that is its first subject.
            if (tokens[subject].Form.Equals("it", StringComparison.OrdinalIgnoreCase) && !InsideQuotation(document, subject)
                && FirstSubjectBefore(document, subject) is >= 0 and var organisation && phrases.CodeOf(organisation) is not null)
                return organisation;
            // "The RSF denied attacking civilians. In a statement on Telegram, it said ... and accused the military": an "it" that
            // is its sentence's first subject is the organisation or country the sentence before named as its first subject.
            if (tokens[subject].Form.Equals("it", StringComparison.OrdinalIgnoreCase) && !InsideQuotation(document, subject)
                && !HasASubjectBefore(document, subject) && tokens[subject].Sentence > 0
                && FirstSubjectBefore(document, document.Sentences[tokens[subject].Sentence - 1].EndToken - 1) is >= 0 and var named
                && (tokens[named].Upos == "PROPN" || document.Entities.Any(e => e.Label == "ORG" && e.Mentions.Any(m => m.FirstToken <= named && named < m.FirstToken + m.TokenCount))
                    // ("The provincial government held talks with a jirga ... On Sunday, it freed 37 tribesmen": or a body its noun names.)
                    || tokens[named].Xpos == "NN" && NamesAnActor(named)))
                return named;
            // ("the Karen National Union (KNU), the ethnic armed group that ..., said ... It demanded": or the body whose name that subject,
            // a noun of bodies, is apposed to.)
            if (tokens[subject].Form == "It" && !InsideQuotation(document, subject) && !HasASubjectBefore(document, subject) && tokens[subject].Sentence > 0
                && FirstSubjectBefore(document, document.Sentences[tokens[subject].Sentence - 1].EndToken - 1) is >= 0 and var body
                && tokens[body].Upos == "NOUN" && Entities.BodyNouns.Contains(tokens[body].Lemma ?? "")
                && OrganisationNamedRightBefore(document, children[body].Where(c => c < body && tokens[c].DepRel is "det" or "amod" or "compound").DefaultIfEmpty(body).Min()) is { } apposedTo
                && apposedTo.Mentions.LastOrDefault(m => m.FirstToken >= 0 && m.FirstToken < body) is { } mention)
                return mention.FirstToken + mention.TokenCount - 1;
            return null;
        }

        /// <summary>The plural noun subject of the first verb above the word that has one, or -1.</summary>
        private int PluralSubjectAbove(int word)
        {
            for (int t = word, steps = 0; t >= 0 && steps < 8; t = tokens[t].Head, steps++)
            {
                if (tokens[t].Upos is not ("VERB" or "AUX")) continue;
                int nominal = children[t].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
                // ("police ... released 22 workers ... whom they had detained": "police" is plural too.)
                if (nominal >= 0) return tokens[nominal].Xpos is "NNS" or "NNPS" || tokens[nominal].Lemma == "police" ? nominal : -1;
            }
            return -1;
        }

        /// <summary>"them", "it", "him" or "her" after a coordinated verb or its participle is that verb's object.</summary>
        private void ObjectPronounOfTheFirstVerb()
        {
            // "pulled nine passengers off a bus and shot them dead": "them" is the first verb's object.
            // So is it after a participle of that verb ("expelled two journalists, accusing them of ...").
            // ("suspended the private broadcaster Horizon FM ..., accusing it of inciting violence": "it" a singular one.)
            // ("overpowered a security guard ..., shooting him dead": "him" or "her" a singular common noun, a person named later.)
            var form = obj >= 0 ? tokens[obj].Form.ToLowerInvariant() : "";
            if (form is "them" or "it" or "him" or "her"
                && (tokens[trigger].DepRel == "conj" || tokens[trigger].DepRel == "advcl" && tokens[trigger].Xpos == "VBG")
                && CoordinatedVerb(tokens, trigger) is >= 0 and var firstVerb)
            {
                // ("freed a road contractor and two labourers ..., weeks after abducting them": "them" coordinated ones too.)
                bool Agrees(int c) => form == "them" ? tokens[c].Xpos is "NNS" or "NNPS" || children[c].Any(g => tokens[g].DepRel == "conj")
                                    : form == "it" ? tokens[c].Xpos is "NN" or "NNP" : tokens[c].Xpos == "NN";
                // ("seized two police officers ..., and held them for several hours ... before releasing them": through a verb whose
                // object is the same pronoun, to the verb that named them.)
                for (int steps = 0; steps < 3 && children[firstVerb].Any(c => tokens[c].DepRel == "obj" && tokens[c].Form.Equals(form, StringComparison.OrdinalIgnoreCase))
                                    && tokens[firstVerb].DepRel is "conj" or "advcl" && CoordinatedVerb(tokens, firstVerb) is >= 0 and var earlier; steps++)
                    firstVerb = earlier;
                if (children[firstVerb].FirstOrDefault(c => tokens[c].DepRel == "obj" && Agrees(c), -1) is >= 0 and var firstObject) obj = firstObject;
                // ("suspended peace talks with the guerrilla group, accusing it of war crimes": or the actor the first verb
                // acted with, when its object is no such noun.)
                else if (form == "it" && children[firstVerb].FirstOrDefault(c => tokens[c].DepRel == "obl" && Agrees(c) && phrases.CodeOf(c) is not null
                             && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("with", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var partner)
                    obj = partner;
                // ("caught up with a group of the raiders ... and exchanged fire with them": "them" the plural the first verb
                // met, or the group of them it met.)
                else if (form == "them" && children[firstVerb].FirstOrDefault(c => tokens[c].DepRel == "obl" && (Agrees(c) || IsAGroupOfSome(c))
                             && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("with", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var met)
                    obj = met;
                // ("suspended the work of two humanitarian groups ..., accusing them of complicity": or the people whose thing the first
                // verb acted on, named by its object's "of" phrase.)
                else if (children[firstVerb].FirstOrDefault(c => tokens[c].DepRel == "obj", -1) is >= 0 and var thing
                         && children[thing].FirstOrDefault(c => tokens[c].DepRel == "nmod" && Agrees(c) && phrases.CodeOf(c) is not null
                             && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)), -1) is >= 0 and var owners)
                    obj = owners;
            }
        }

        /// <summary>Whether a noun names an actor: a phrase the dictionaries code, or an agent noun ("fighters", not "family party").</summary>
        private bool NamesAnActor(int noun) => phrases.CodeOf(noun) is not null || IsAnAgentWord(noun);

        /// <summary>Whether the agent dictionary codes the word ("men", "families"; not "firearms"), in any sentence.</summary>
        private bool IsAnAgentWord(int noun) => AgentDictionary.Default.CodeOf(tokens[noun].Lemma) is { } code && code != "---";

        /// <summary>Whether the noun is whom an arrest, a detention or an abduction took ("Two suspects were arrested").</summary>
        private bool TakenPeople(int noun) =>
            tokens[noun].DepRel is "obj" or "nsubj:pass" && tokens[noun].Head >= 0 && tokens[tokens[noun].Head].Lemma is "arrest" or "detain" or "abduct" or "kidnap" or "capture";

        /// <summary>
        /// The last plural actor noun before <paramref name="from"/>: in the trigger's sentence one the phrases code, in the
        /// sentence before one the agent dictionary codes or a verb took, as one of the <paramref name="relations"/>; -1 if none.
        /// </summary>
        private int PluralActorBefore(int from, params string[] relations)
        {
            int sentence = tokens[trigger].Sentence;
            for (int t = from - 1; t >= 0 && tokens[t].Sentence >= sentence - 1; t--)
            {
                if (tokens[t].Xpos is not ("NNS" or "NNPS") || relations.Length > 0 && !relations.Contains(tokens[t].DepRel)) continue;
                // ("Refugees blocked the road, before police arrested 11 of them": not the act's own doers.)
                if (tokens[t].Head == trigger && tokens[t].DepRel is "nsubj" or "nsubj:pass") continue;
                // (The phrases are this sentence's.)
                // ("Two suspects were arrested ...": or people a verb took, whatever they are called.)
                if (tokens[t].Sentence == sentence ? NamesAnActor(t) : tokens[t].Upos == "NOUN" && (IsAnAgentWord(t) || TakenPeople(t))) return t;
            }
            return -1;
        }

        /// <summary>
        /// "Georgian police detained two young men ..., and both were released without charge": "both" done to in a verb
        /// coordinated with an earlier one is that verb's object; in a sentence of its own, the two taken in the sentence before.
        /// </summary>
        private void BothMeans()
        {
            if (obj < 0 || !tokens[obj].Form.Equals("both", StringComparison.OrdinalIgnoreCase) || tokens[obj].DepRel is not ("nsubj:pass" or "obj")) return;
            if (tokens[trigger].DepRel == "conj" && tokens[trigger].Head is >= 0 and var earlier && earlier < trigger)
            {
                if (children[earlier].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Xpos is "NNS" or "NNPS", -1) is >= 0 and var them) obj = them;
                return;
            }
            // ("... gunmen abducted a district administrator and his driver near Yirgalem. Both were released unharmed": or the two an
            // arrest or an abduction took in the sentence before.)
            int sentence = tokens[trigger].Sentence;
            if (TakenBefore(obj, t => tokens[t].Sentence == sentence - 1 && children[t].Any(c => tokens[c].DepRel == "conj")) is >= 0 and var two) obj = two;
        }

        /// <summary>
        /// The last noun before <paramref name="from"/>, in the trigger's sentence or the one before, that an arrest, a detention or
        /// an abduction took and that passes <paramref name="test"/>; -1 if none.
        /// </summary>
        private int TakenBefore(int from, Func<int, bool> test)
        {
            int sentence = tokens[trigger].Sentence;
            for (int t = from - 1; t >= 0 && tokens[t].Sentence >= sentence - 1; t--)
            {
                if (TakenPeople(t) && test(t)) return t;
            }
            return -1;
        }

        /// <summary>"a group of the raiders", "a band of gunmen": a collective noun with the plural it counts.</summary>
        private bool IsAGroupOfSome(int noun) =>
            tokens[noun].Lemma is "group" or "band" or "gang" or "unit" or "column" or "party"
            && children[noun].Any(c => tokens[c].DepRel == "nmod" && tokens[c].Xpos is "NNS" or "NNPS"
                                       && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)));

        /// <summary>
        /// "caught up with a group of the assailants ... and killed 12 of them": a count "of them" as the object counts the
        /// last plural actor noun before it in the sentence, or the last plural noun a verb acted on or had act in the
        /// sentence before ("police said they had detained 47 people ... A magistrate ... freed 19 of them").
        /// </summary>
        private void CountOfThemMeans()
        {
            // (Not a participle's: "clashed with a group of fugitives ..., killing two of them" is the clash's toll, folded into it.)
            // (But one after an act told by its noun: "A drone strike later that day hit a group of fighters ..., killing six of them".)
            // (Nor one on a verb that names no act: "caught up with the assailants near Koro ..., killing 12 of them" is the killing told.)
            // ("killing three of them and arresting two": an arrest is no toll, and its bare count counts the same "them".)
            if (obj < 0 || tokens[trigger].Xpos == "VBG" && pattern.PloverType == "ASSAULT" && !(tokens[trigger].Head is >= 0 and var main && (children[main].Any(c => tokens[c].DepRel == "nsubj"
                    && tokens[c].Upos == "NOUN" && tokens[c].Lemma is { } act && EventLexicon.Default.PatternsFor(act).Any()) || NamesNoEvent(main))) || tokens[obj].Upos != "NUM"
                || !(OfThem(obj) || !children[obj].Any(c => tokens[c].DepRel == "nmod") && tokens[trigger].DepRel == "conj" && CountOfThemJustBefore(trigger))) return;
            // (In the sentence before, only a verb's subject or object.)
            // ("Police detained at least 37 people ..., adding that six officers had been injured. A court freed 25 of them": those
            // released are people an arrest took, before any later plural.)
            // ("The attackers then seized three crew members ... Two of them were released": or whom the last seizure told took.)
            int counted = pattern.PloverMode != "release" ? PluralActorBefore(trigger)
                : TakenBefore(trigger, t => tokens[t].Xpos is "NNS" or "NNPS") is >= 0 and var taken ? taken
                : TakenByTheLastSeizure() is >= 0 and var seized ? seized : PluralActorBefore(trigger);
            if (counted >= 0 && (tokens[counted].Sentence == tokens[trigger].Sentence || tokens[counted].DepRel is "nsubj" or "nsubj:pass" or "obj")) obj = counted;
        }

        /// <summary>Whether a count of "them" is the object of a verb in the few words before ("killing three of them and arresting").</summary>
        private bool CountOfThemJustBefore(int verb)
        {
            for (int t = verb - 2, first = document.SentenceOf(verb).FirstToken; t >= first && t >= verb - 6; t--)
            {
                if (tokens[t].Upos == "NUM" && tokens[t].DepRel == "obj" && OfThem(t)) return true;
            }
            return false;
        }

        /// <summary>Whether a count is of "them" ("three of them").</summary>
        private bool OfThem(int count) => children[count].Any(c => tokens[c].DepRel == "nmod" && tokens[c].Form.Equals("them", StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// "11 police officers were hurt when protesters threw stones and fireworks at them": "them" in a clause of
        /// time is the plural subject of the verb that clause tells the time of.
        /// </summary>
        private void SubjectAnObjectPronounInAClauseOfTimeMeans()
        {
            if (obj < 0 || !tokens[obj].Form.Equals("them", StringComparison.OrdinalIgnoreCase) || tokens[trigger].DepRel != "advcl" || tokens[trigger].Head is not (>= 0 and var main)
                || !children[trigger].Any(c => tokens[c].DepRel is "mark" or "advmod" && tokens[c].Form.ToLowerInvariant() is "when" or "as" or "after" or "while")) return;
            int those = children[main].FirstOrDefault(c => tokens[c].DepRel is "nsubj" or "nsubj:pass" && tokens[c].Xpos is "NNS" or "NNPS", -1);
            if (those >= 0) obj = those;
        }

        /// <summary>
        /// "Hundreds of young men blocked the Jos-Abuja highway ... Police fired tear gas to disperse them": "them"
        /// that crowd control acts on, not the object of a verb before it, is the crowd of the last protest told in
        /// its sentence or the two before.
        /// </summary>
        private void CrowdAnObjectPronounMeans()
        {
            // ("They were dispersed by police firing tear gas": or a passive's "they".)
            if (obj < 0 || pattern.PloverMode != "crowd-control" || !(tokens[obj].Form.Equals("them", StringComparison.OrdinalIgnoreCase)
                || tokens[obj].Form.Equals("they", StringComparison.OrdinalIgnoreCase) && tokens[obj].DepRel == "nsubj:pass")) return;
            int sentence = tokens[trigger].Sentence;
            if (document.Events.LastOrDefault(e => e.Plover.Type == "PROTEST" && e.Sentence <= sentence && e.Sentence >= sentence - 2 && e.Actor1 is not null)
                    is not { Actor1: { } crowd } || HeadOf(crowd) is not (>= 0 and var head)) return;
            // (The head of the crowd's words: "Hundreds of young men" is headed by "Hundreds".)
            obj = head;
        }

        /// <summary>The head token of an actor's words, or -1.</summary>
        private int HeadOf(EventActor actor) => document.TokenStartingAt(actor.Start) is >= 0 and var first ? HeadWithin(first, actor) : -1;

        /// <summary>The word of a span that heads it, reached from its first word by climbing while the head stays inside.</summary>
        private int HeadWithin(int first, EventActor span)
        {
            int head = first;
            while (tokens[head].Head >= 0 && tokens[tokens[head].Head].Start >= span.Start && tokens[tokens[head].Head].End <= span.End) head = tokens[head].Head;
            return head;
        }

        /// <summary>
        /// "a crowd of miners held two prosecutors and a forestry official ... for six hours. The miners released them unharmed":
        /// "them" a release frees is whom the last arrest or abduction told in its sentence or the two before took.
        /// </summary>
        private void ReleasedThemMeans()
        {
            // ("gunmen abducted three employees ...; they were freed unharmed on Monday": so is a released "they".)
            if (obj >= 0 && pattern.PloverMode == "release" && (tokens[obj].Form.Equals("them", StringComparison.OrdinalIgnoreCase)
                                                                 || tokens[obj].DepRel == "nsubj:pass" && tokens[obj].Form.Equals("they", StringComparison.OrdinalIgnoreCase))
                && TakenByTheLastSeizure() is >= 0 and var taken)
                obj = taken;
            // ("militants on Wednesday freed two government schoolteachers ... The militants had abducted them from a school": and whom a
            // seizure took, told right after a release, the ones it freed; "freed two soldiers near Peque, ... where it had kidnapped them":
            // a pronoun that took them, the ones who freed them.)
            else if (obj >= 0 && pattern.PloverMode is "abduct" or "arrest" && tokens[obj].Form.Equals("them", StringComparison.OrdinalIgnoreCase)
                     && LastActIfARelease() is { Actor2: { } freed } release && HeadOf(freed) is >= 0 and var freedHead)
            {
                obj = freedHead;
                if (children[trigger].Any(c => tokens[c].DepRel == "nsubj" && tokens[c].Form.ToLowerInvariant() is "they" or "it")
                    && release.Actor1 is { } freers && HeadOf(freers) is >= 0 and var freersHead)
                    subject = freersHead;
            }
        }

        /// <summary>The release told last, in the trigger's sentence or the one before, when it is the last act told (its first event); else null.</summary>
        private Event? LastActIfARelease()
        {
            if (document.Events.LastOrDefault() is not { Plover.Mode: "release" } last || last.Sentence < tokens[trigger].Sentence - 1) return null;
            return document.Events.First(e => e.Trigger == last.Trigger);
        }

        /// <summary>The head of whom the last arrest or abduction told in the trigger's sentence or the two before took (its first target); -1 if none.</summary>
        private int TakenByTheLastSeizure()
        {
            int sentence = tokens[trigger].Sentence;
            if (document.Events.LastOrDefault(e => e.Plover.Mode is "arrest" or "abduct" && e.Sentence <= sentence && e.Sentence >= sentence - 2 && e.Actor2 is not null)
                    is not { } last) return -1;
            // ("held two engineers and a driver" is one event for each.)
            return HeadOf(document.Events.First(e => e.Trigger == last.Trigger && e.Actor2 is not null).Actor2!);
        }

        /// <summary>"him" or "her" as the object is the person last named before; a passive's "he" or "she" in a report, the reporter.</summary>
        private void PersonAnObjectPronounMeans()
        {
            // ("unidentified men abducted a truck driver from Assam ... His abductors released him": whom a release frees is the one
            // the last seizure took.)
            if (obj >= 0 && pattern.PloverMode == "release" && tokens[obj].Form.ToLowerInvariant() is "him" or "her"
                && TakenByTheLastSeizure() is >= 0 and var taken && tokens[taken].Xpos is "NN" or "NNP") obj = taken;
            // ... and "him" is the person last named before.
            else if (obj >= 0 && tokens[obj].Form.ToLowerInvariant() is "him" or "her" && ResolvePronoun(document, obj) is { } person) obj = person;
            // ("Opposition lawmaker Levan Khabeishvili said he was beaten by officers": a passive's "he" or "she" in what someone
            // reports is that someone, as a subject's is; not a plural reporter's, "His classmates said he was struck".)
            else if (obj >= 0 && tokens[obj].DepRel == "nsubj:pass" && tokens[obj].Form.ToLowerInvariant() is "he" or "she" && !InsideQuotation(document, obj)
                     && ReporterOf(tokens, children, PronounsClause(tokens, obj, trigger)) is >= 0 and var reporter
                     && tokens[reporter].Xpos is "NN" or "NNP" or "PRP" && !tokens[reporter].Form.Equals("they", StringComparison.OrdinalIgnoreCase))
                obj = reporter;
            // ("Haitian cameraman Wesner Pierre was detained ... He was released without charge": a released "he" or "she" opening
            // its own sentence is the person last named.)
            else if (obj >= 0 && pattern.PloverMode == "release" && tokens[obj].DepRel == "nsubj:pass" && tokens[obj].Form is "He" or "She"
                     && document.SentenceOf(obj).FirstToken == obj && ResolvePronoun(document, obj) is { } released)
                obj = released;
        }

        /// <summary>
        /// "Dozens of families from the village have fled to Teloloapan, where the state family welfare agency handed out food and blankets
        /// to them": "them" in a "where" clause on a place is the plural subject of the clause the place belongs to, as "they" is.
        /// </summary>
        private void ThemInAWhereClause()
        {
            if (obj >= 0 && tokens[obj].Form.Equals("them", StringComparison.OrdinalIgnoreCase) && IsAWhereClause(trigger)
                && PluralSubjectAbove(tokens[trigger].Head) is >= 0 and var those)
                obj = those;
        }

        /// <summary>
        /// "Troops pursuing the attackers clashed with them": "them" is the plural object of the participle on the act's subject.
        /// </summary>
        private void ThemTheSubjectsParticipleTook()
        {
            if (obj < 0 || subject < 0 || !tokens[obj].Form.Equals("them", StringComparison.OrdinalIgnoreCase)) return;
            if (children[subject].FirstOrDefault(c => c > subject && tokens[c].DepRel == "acl" && tokens[c].Xpos is "VBG" or "VBN", -1) is >= 0 and var participle
                && children[participle].FirstOrDefault(c => tokens[c].DepRel == "obj" && tokens[c].Xpos is "NNS" or "NNPS", -1) is >= 0 and var taken)
                obj = taken;
        }

        /// <summary>Whether the verb heads a relative clause that "where" opens ("Teloloapan, where the agency handed out food").</summary>
        private bool IsAWhereClause(int verb) =>
            tokens[verb].DepRel == "acl:relcl" && children[verb].Any(c => tokens[c].DepRel == "advmod" && tokens[c].Form.Equals("where", StringComparison.OrdinalIgnoreCase));

        /// <summary>A passive relative clause's pronoun is its antecedent, the one acted on (and so not also the subject).</summary>
        private void AntecedentOfAPassiveRelativePronoun()
        {
            // "a village councilor who had been abducted": the passive relative clause's pronoun is its antecedent,
            // the one acted on, not the actor.
            if (obj >= 0 && tokens[obj].Form.ToLowerInvariant() is "who" or "which" or "that" && tokens[obj].DepRel == "nsubj:pass"
                && tokens[trigger].DepRel == "acl:relcl" && tokens[trigger].Head >= 0)
            {
                obj = tokens[trigger].Head;
                if (subject == obj) subject = -1;
                // ("kidnappers freed a 15-year-old girl who had been abducted outside a school": whom someone frees, taken by no one
                // named, they took.)
                if (subject < 0 && !HasByAgent && tokens[obj].DepRel == "obj" && tokens[obj].Head is >= 0 and var release && tokens[release].Lemma is "free" or "release"
                    && children[release].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1) is >= 0 and var captors && tokens[captors].Upos == "NOUN")
                    subject = captors;
            }
        }

        /// <summary>"whom" as the object is the noun the relative clause modifies; so is the missing object of a clause with no pronoun.</summary>
        private void AntecedentOfWhom()
        {
            // "the dissidents of the 33rd Front, whom it accused of working alongside the army", "MINUSCA, the UN
            // peacekeeping mission, which they accused of failing": the relative pronoun object is its antecedent.
            if (obj >= 0 && tokens[obj].Form.ToLowerInvariant() is "whom" or "which" && obj < trigger && tokens[trigger].DepRel == "acl:relcl" && tokens[trigger].Head >= 0)
                obj = tokens[trigger].Head;
            // ("gunmen freed four loggers they had seized": the clause's missing object is the noun it modifies.)
            // (Not a time or a manner: "beat them every time they asked for water".)
            else if (obj < 0 && target < 0 && IsObjectlessZeroRelative(trigger) && tokens[trigger].Head is >= 0 and var antecedent && antecedent < trigger
                     && tokens[antecedent].Upos is "NOUN" or "PROPN"
                     && tokens[antecedent].Lemma?.ToLowerInvariant() is not ("time" or "day" or "night" or "week" or "month" or "year" or "hour" or "moment" or "way" or "reason"))
                obj = antecedent;
        }

        /// <summary>
        /// Whether the verb is a relative clause with no relative pronoun and no object, with a subject of its own before it
        /// ("four loggers they had seized", "the two soldiers the rebels captured").
        /// </summary>
        private bool IsObjectlessZeroRelative(int verb) =>
            tokens[verb].DepRel == "acl:relcl" && tokens[verb].Upos == "VERB"
            && !children[verb].Any(c => tokens[c].DepRel is "obj" or "nsubj:pass" or "ccomp" or "xcomp" or "iobj" || tokens[c].Xpos?.StartsWith('W') == true
                                        || tokens[c].Form.Equals("that", StringComparison.OrdinalIgnoreCase))
            && children[verb].Any(c => tokens[c].DepRel == "nsubj" && c < verb && c > tokens[verb].Head);

        /// <summary>"whose members" misparsed as the subject is the noun before the relative clause.</summary>
        private void NounBeforeWhoseMembers()
        {
            // "Elders of the Sawarka tribe, whose members have fought ..., called on": "whose members" misparsed
            // as the subject stands for the noun before the relative clause.
            if (subject >= 0 && children[subject].FirstOrDefault(c => tokens[c].Form.Equals("whose", StringComparison.OrdinalIgnoreCase), -1) is >= 2 and var whose
                && tokens[whose - 1].Form == "," && tokens[whose - 2].Upos is "NOUN" or "PROPN" && !IsInRelativeClause(tokens, trigger, subject))
                subject = PhraseHead(tokens, whose - 2);
        }

        /// <summary>"many of them" after a comma as the subject is the phrase before it.</summary>
        private void PhraseBeforeManyOfThem()
        {
            // "Hundreds of protesters, many of them displaced from Djugu, rallied": "many of them" stands for the
            // phrase before it.
            if (subject >= 2 && tokens[subject].Form.ToLowerInvariant() is "many" or "some" or "most" or "several" or "all" or "both"
                && tokens[subject - 1].Form == "," && tokens[subject - 2].Upos is "NOUN" or "PROPN")
                subject = PhraseHead(tokens, subject - 2);
        }

        /// <summary>
        /// "Some of the protesters threw stones", "Some in the crowd then threw stones at the station": a quantifier subject stands for
        /// the people it counts, "of" them or "in" or "among" a crowd.
        /// </summary>
        private void MembersOfAQuantifierSubject()
        {
            if (subject < 0 || tokens[subject].Upos is not ("DET" or "PRON" or "ADJ") || tokens[subject].Form.ToLowerInvariant() is not ("some" or "many" or "most" or "several" or "all" or "few"))
                return;
            int members = children[subject].FirstOrDefault(c => tokens[c].DepRel is "nmod" or "obl" && tokens[c].Upos is "NOUN" or "PROPN"
                && children[c].Any(g => tokens[g].DepRel == "case" && (tokens[g].Form.Equals("of", StringComparison.OrdinalIgnoreCase)
                    || tokens[g].Form.ToLowerInvariant() is "in" or "among" && tokens[c].Lemma is "crowd" or "mob" or "group" or "gathering" or "procession" or "march")), -1);
            if (members >= 0) subject = members;
        }

        /// <summary>A share "of them" as the object is a share of the coordinated verb's object.</summary>
        private void ObjectThatIsAShareOfThem()
        {
            // "pursued the attackers ... and killed five of them": a share "of them" as the object is a share of
            // the object of the verb this one is coordinated with.
            // ("fired tear gas and water cannon at hundreds of unemployed graduates ... and detained at least 15 of them": or whom
            // that verb's weapon was aimed at.)
            // ("Troops backed by drones pursued the attackers, killing about 30 of them": or whose participle this is.)
            if (obj >= 0 && IsShareOfThem(tokens, children, obj) && (tokens[trigger].DepRel == "conj" || tokens[trigger].DepRel == "advcl" && tokens[trigger].Xpos == "VBG")
                && tokens[trigger].Head >= 0
                && (children[tokens[trigger].Head].FirstOrDefault(c => tokens[c].DepRel == "obl" && tokens[c].Xpos is "NNS" or "NNPS"
                        && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "at" or "on"), -1) is >= 0 and var aimedAt ? aimedAt
                    : children[tokens[trigger].Head].FirstOrDefault(c => tokens[c].DepRel == "obj", -1)) is >= 0 and var shared)
                obj = shared;
        }
    }

    /// <summary>Whether the token stands inside a quotation (the spans the attribution stage reads quotes from).</summary>
    private static bool InsideQuotation(Document document, int token)
    {
        var t = document.Tokens[token];
        return Attribution.AttributionStage.QuotationSpans(document.Text).Any(q => q.Start <= t.Start && t.End <= q.End);
    }

    /// <summary>Relatives and people a speaker may quote about ("my brother", "our son", "the boy"), with their gender: m, f, or - for either.</summary>
    private static readonly Dictionary<string, char> PeopleSpokenOf = new(StringComparer.Ordinal)
    {
        ["brother"] = 'm', ["son"] = 'm', ["father"] = 'm', ["husband"] = 'm', ["nephew"] = 'm', ["uncle"] = 'm', ["grandson"] = 'm',
        ["grandfather"] = 'm', ["boy"] = 'm', ["sister"] = 'f', ["daughter"] = 'f', ["mother"] = 'f', ["wife"] = 'f', ["niece"] = 'f',
        ["aunt"] = 'f', ["granddaughter"] = 'f', ["grandmother"] = 'f', ["girl"] = 'f', ["cousin"] = '-', ["child"] = '-', ["friend"] = '-',
        ["neighbour"] = '-', ["neighbor"] = '-', ["colleague"] = '-', ["widow"] = 'f', ["widower"] = 'm', ["woman"] = 'f', ["man"] = 'm',
        // ("A spokesman for a bandit gang led by a commander known as Dan Sadiya ... told Reuters ... He accused": the spokesman, not the
        // commander named inside his description.)
        ["spokesman"] = 'm', ["spokeswoman"] = 'f',
    };

    /// <summary>The verb whose subject the pronoun is (the trigger, or the clause it took the subject from).</summary>
    private static int PronounsClause(Token[] tokens, int pronoun, int trigger) =>
        tokens[pronoun].DepRel is "nsubj" or "nsubj:pass" && tokens[pronoun].Head >= 0 ? tokens[pronoun].Head : trigger;

    /// <summary>Whether any word of the word's sentence before it is a subject (whatever its part of speech: "(WHO/WP) said it").</summary>
    private static bool HasASubjectBefore(Document document, int word)
    {
        for (int i = document.SentenceOf(word).FirstToken; i < word; i++)
        {
            if (document.Tokens[i].DepRel is "nsubj" or "nsubj:pass") return true;
        }
        return false;
    }

    /// <summary>
    /// The sentence before <paramref name="sentence"/> when that one is a quotation only a pronoun of this form said
    /// ('"We do not kill workers," he said.'), else <paramref name="sentence"/>.
    /// </summary>
    private static int SentenceBeforeAQuotationThePronounSaid(Document document, int sentence, string pronoun)
    {
        var tokens = document.Tokens;
        var told = document.Sentences[sentence];
        if (sentence == 0 || tokens[told.FirstToken].Form is not ("\"" or "\u201c")) return sentence;
        for (int i = told.FirstToken; i < told.EndToken; i++)
        {
            if (tokens[i].DepRel is "nsubj" && tokens[i].Upos is "NOUN" or "PROPN" && !InsideQuotation(document, i)) return sentence;
            if (tokens[i].DepRel == "nsubj" && tokens[i].Form.Equals(pronoun, StringComparison.OrdinalIgnoreCase) && tokens[i].Head is >= 0 and var verb
                && tokens[verb].Lemma == "say" && !InsideQuotation(document, i)) return sentence - 1;
        }
        return sentence;
    }

    /// <summary>The first noun or name of the word's sentence that is a subject, before the word; -1 if none.</summary>
    private static int FirstSubjectBefore(Document document, int word)
    {
        var tokens = document.Tokens;
        for (int i = document.SentenceOf(word).FirstToken; i < word; i++)
        {
            if (tokens[i].DepRel == "nsubj" && tokens[i].Upos is "NOUN" or "PROPN") return i;
        }
        return -1;
    }

    /// <summary>The non-pronoun subject of the verb whose complement clause the trigger is (or is a conjunct of), or -1.</summary>
    private static int ReporterOf(Token[] tokens, List<int>[] children, int trigger)
    {
        int clause = tokens[trigger].DepRel == "conj" && tokens[trigger].Head >= 0 ? tokens[trigger].Head : trigger;
        if (tokens[clause].DepRel != "ccomp" || tokens[clause].Head < 0) return -1;
        int report = tokens[clause].Head;
        int subject = children[report].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        // ("The association urged the government to restore order and said it would hold talks": a reporter coordinated
        // with an earlier verb shares its subject.)
        if (subject < 0 && tokens[report].DepRel == "conj" && tokens[report].Head >= 0)
            subject = children[tokens[report].Head].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        return subject >= 0 && tokens[subject].Upos != "PRON" ? subject : -1;
    }

    /// <summary>The head of the noun phrase a noun belongs to, through "of" modifiers ("tribe" in "Elders of the tribe" → "Elders").</summary>
    private static int PhraseHead(Token[] tokens, int noun)
    {
        while (tokens[noun].DepRel == "nmod" && tokens[noun].Head is >= 0 and var head && tokens[head].Upos is "NOUN" or "PROPN" && head < noun) noun = head;
        return noun;
    }

    /// <summary>Whether the trigger is the verb of the relative clause the subject opens ("whose members have fought").</summary>
    private static bool IsInRelativeClause(Token[] tokens, int trigger, int subject) =>
        tokens[trigger].DepRel == "acl:relcl" && tokens[subject].Head == trigger;

    /// <summary>"most of them", "all of whom", "two of them": a share of the people just named.</summary>
    private static bool IsShareOfThem(Token[] tokens, List<int>[] children, int word) =>
        (tokens[word].Upos == "NUM" || tokens[word].Form.ToLowerInvariant() is "most" or "many" or "all" or "some" or "several" or "half" or "none" or "both")
        && children[word].Any(g => tokens[g].Form.ToLowerInvariant() is "them" or "whom");

    /// <summary>The last word of the last person or organisation named before the word in its sentence, or -1.</summary>
    private static int SpeakerBefore(Document document, int word)
    {
        int sentenceStart = document.SentenceOf(word).FirstToken;
        var mention = document.Entities.Where(e => e.Label is "PER" or "ORG").SelectMany(e => e.Mentions)
            .Where(m => m.FirstToken >= sentenceStart && m.FirstToken + m.TokenCount <= word).MaxBy(m => m.Start);
        return mention is null ? -1 : mention.FirstToken + mention.TokenCount - 1;
    }

    /// <summary>
    /// "Odisha's chief minister met the state's police chief ... In a statement after the meeting, he urged": a subject "he"
    /// or "she" after a sentence whose own subject is an office-holder the words do not name (and that names no person) is
    /// that office-holder, not a person named further back.
    /// </summary>
    private static int UnnamedOfficeHolderBefore(Document document, int pronoun)
    {
        var tokens = document.Tokens;
        if (tokens[pronoun].DepRel != "nsubj" || tokens[pronoun].Sentence < 1) return -1;
        var before = document.Sentences[tokens[pronoun].Sentence - 1];
        // (Not the holder's place taken for a person: "Arauca's governor held an emergency security council".)
        bool PossessorOfAnOffice(int last) =>
            tokens[last].DepRel == "nmod:poss" && tokens[last].Head is >= 0 and var office && OfficeHolders.Contains(tokens[office].Lemma ?? "");
        // (Nor a person named in an "of" or "for" phrase of the office-holder's words: "A spokesman for the gang of a warlord known as
        // Dan Karami told Reuters ... He accused".)
        bool InAPhraseOfAnOfficeHolder(int last)
        {
            bool ofPhrase = false;
            for (int t = last, depth = 0; t >= 0 && depth < 8; t = tokens[t].Head, depth++)
            {
                if (tokens[t].DepRel == "nsubj" && OfficeHolders.Contains(tokens[t].Lemma ?? "")) return ofPhrase;
                ofPhrase |= tokens[t].DepRel == "nmod";
            }
            return false;
        }
        if (document.Entities.Any(e => e.Label == "PER" && e.Mentions.Any(m => m.FirstToken >= before.FirstToken && m.FirstToken < pronoun
                                                                            && !PossessorOfAnOffice(m.FirstToken + m.TokenCount - 1)
                                                                            && !InAPhraseOfAnOfficeHolder(m.FirstToken + m.TokenCount - 1)))) return -1;
        for (int t = before.FirstToken; t < before.EndToken; t++)
        {
            // (The sentence's own verb: its root, or what a trailing reporter reports, "..., his office said".)
            if (tokens[t].DepRel == "nsubj" && tokens[t].Upos == "NOUN" && tokens[t].Head is >= 0 and var verb
                && (tokens[verb].DepRel == "root" || tokens[verb].DepRel == "ccomp" && tokens[verb].Head > verb && tokens[tokens[verb].Head].DepRel == "root")
                && OfficeHolders.Contains(tokens[t].Lemma ?? "")) return t;
        }
        return -1;
    }

    private static readonly HashSet<string> OfficeHolders = new(StringComparer.Ordinal)
        { "minister", "governor", "president", "commander", "chief", "mayor", "spokesman", "spokeswoman", "commissioner", "administrator", "prefect" };

    /// <summary>
    /// "he" or "she" ("him", "her") takes the nearest preceding person mention; inside a quotation, first a relative or
    /// person of its gender the quotation named before it ("my brother").
    /// </summary>
    private static int? ResolvePronoun(Document document, int pronoun)
    {
        // ("“My brother went to work to protect these people, and they shot him in the back,” said Gul Rehman": in a
        // quotation, a relative or a person the speaker named before it, not the last name outside.)
        var at = document.Tokens[pronoun];
        if (Attribution.AttributionStage.QuotationSpans(document.Text).FirstOrDefault(q => q.Start <= at.Start && at.End <= q.End) is { End: > 0 } quotation)
        {
            for (int i = pronoun - 1; i >= 0 && document.Tokens[i].Start >= quotation.Start; i--)
            {
                if (document.Tokens[i].Upos == "NOUN" && document.Tokens[i].Lemma?.ToLowerInvariant() is { } noun && PeopleSpokenOf.TryGetValue(noun, out var gender)
                    && gender != (at.Form.ToLowerInvariant() is "he" or "him" ? 'f' : 'm')) return i;
            }
        }
        // ("party spokesman John Mrema told Reuters. “They beat him ...,” Mrema said": not the speaker of the words, who
        // would say "me".)
        if (CoordinatedSubject.Of(document, pronoun) is { } subject) return subject.Subject;
        if (UnnamedOfficeHolderBefore(document, pronoun) is >= 0 and var officeHolder) return officeHolder;
        var speaker = document.Quotes.FirstOrDefault(q => q.Direct && q.Content.Start <= at.Start && at.End <= q.Content.End)?.Source?.Entity;
        var tokens = document.Tokens;
        // ("the dead farmer's widow, Kamala Madhi, ... he urged Maoist fighters": not a person the words give the other gender.)
        char otherGender = at.Form.ToLowerInvariant() is "he" or "him" ? 'f' : 'm';
        foreach (var mention in document.Entities.Where(e => e.Label is "PER" && (speaker is null || e.Id != speaker)).SelectMany(e => e.Mentions)
                     .Where(m => m.End <= at.Start && m.FirstToken >= 0).OrderByDescending(m => m.Start).Take(8))
        {
            // ("Gunmen abducted a Catholic priest, Father Linus Ahule ... His captors released him": a name apposed to a noun is
            // that noun's phrase, as the name's first mention is.)
            int last = mention.FirstToken + mention.TokenCount - 1, head = last;
            for (int depth = 0; depth < 4 && tokens[head].Head >= mention.FirstToken && tokens[head].Head <= last; depth++) head = tokens[head].Head;
            int noun = tokens[head].DepRel == "appos" && tokens[head].Head is >= 0 and var apposedTo && apposedTo < mention.FirstToken && tokens[apposedTo].Upos == "NOUN" ? apposedTo : -1;
            if (noun >= 0 && PeopleSpokenOf.TryGetValue(tokens[noun].Lemma?.ToLowerInvariant() ?? "", out var gender) && gender == otherGender) continue;
            return noun >= 0 ? noun : last;
        }
        return null;
    }
}
