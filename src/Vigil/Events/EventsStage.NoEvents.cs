using Vigil.Actors;
using Vigil.Documents;

namespace Vigil.Events;

// Words that match an event pattern but name no event of their own in Vigil's coding (see EventsStage.cs).
public sealed partial class EventsStage
{
    /// <summary>
    /// Words that match a pattern but tell no event of their own in Vigil's coding: a protest's aim, an
    /// act's purpose, a comparison, a charge, a generic act, help to no one, attackers withdrawing after
    /// their attack. (PETRARCH's records are coded without these, as PETRARCH codes.)
    /// </summary>
    private bool NamesNoEventOfItsOwn(Token[] tokens, List<int>[] children, int i, EventPattern pattern)
    {
        var token = tokens[i];
        if (IsProtestsAim(tokens, children, i) || IsPurposeOfAnotherAct(tokens, children, i, pattern)) return true;
        // "in one of the deadliest assaults on Togolese troops", "the heaviest clashes in months": an event
        // noun under a superlative compares; it names no event (but "the latest attack" does).
        if (token.Upos == "NOUN" && children[i].Any(c => tokens[c].Xpos == "JJS" && tokens[c].Lemma is not ("latest" or "last" or "late"))) return true;
        // ("agreed to a ceasefire around Bani Walid, mediated by elders", "an exchange mediated by tribal elders", "a deal mediated by
        // Chinese officials", "after clan elders mediated", "elders who had tried to mediate": a mediation told as how another act came
        // about, or as what someone tried or offered, is part of that act, no event of its own; "after talks mediated by Russian
        // peacekeepers" is the mediators' consultation.)
        // (However a participle with no subject was hung: ", mediated by elders from Misrata, two people ... said".)
        if (token.Upos == "VERB" && token.Lemma == "mediate"
            && (token.DepRel is "acl" or "advcl" or "acl:relcl" or "xcomp" || token.Xpos == "VBN" && !children[i].Any(c => tokens[c].DepRel is "nsubj" or "nsubj:pass"))
            && !(token.DepRel == "acl" && token.Head >= 0 && tokens[token.Head].Lemma is "talk" or "negotiation")) return true;
        // ("began as cattle rustlers before turning to kidnapping for ransom": what people turn or resort to is a trade they took up, no act.)
        if (token.Xpos is "VBG" or "NN" && token.Head >= 0 && tokens[token.Head].Lemma is "turn" or "resort" or "switch"
            && i >= 1 && tokens[i - 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase)) return true;
        // "arrested 47 people for looting, arson and carrying weapons": what an arrest is for is a charge.
        if (token.Upos is "NOUN" or "VERB" && IsChargeOfAnArrest(tokens, children, i)) return true;
        // ("charge every officer who gave the order to shoot": what an order, a permission or an instruction names is no act done.)
        // (However the infinitive was hung: "gave the order/obj to shoot/advcl".)
        if (token.Upos == "VERB" && i >= 2 && tokens[i - 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase) && tokens[i - 2].Upos == "NOUN"
            && tokens[i - 2].Lemma is "order" or "instruction" or "permission" or "authorization" or "authorisation" or "licence" or "license") return true;
        // ("a schoolteacher who was at the rally with her sister": being at an act the story has told is no act of its own.)
        if (token.Upos == "NOUN" && children[i].Any(c => tokens[c].DepRel == "cop") && children[i].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.ToLowerInvariant() is "at" or "in")
            && children[i].Any(c => tokens[c].DepRel == "det" && tokens[c].Form.Equals("the", StringComparison.OrdinalIgnoreCase))) return true;
        // ("the town has changed hands block by block": nor an idiom of the noun repeated after "by".)
        if (i + 2 < tokens.Length && tokens[i + 1].Form == "by" && tokens[i + 2].Form.Equals(token.Form, StringComparison.OrdinalIgnoreCase)
            || i >= 2 && tokens[i - 1].Form == "by" && tokens[i - 2].Form.Equals(token.Form, StringComparison.OrdinalIgnoreCase)) return true;
        // ("Every raid that kills a child ...": nor does a noun every, each or any raid is.)
        if (token.Upos == "NOUN" && children[i].Any(c => tokens[c].DepRel == "det" && tokens[c].Form.ToLowerInvariant() is "every" or "each" or "any")) return true;
        // ("every civilian killed is a recruit for the rebels": nor violence against every or any one; but
        // "condemned any attempt to seize power" is a condemnation.)
        // ("each side is killing civilians": nor by every or each one, in the present.)
        if (token.Upos == "VERB" && pattern.PloverType == "ASSAULT" && children[i].Any(c => (tokens[c].DepRel is "nsubj:pass" or "obj"
                    || tokens[c].DepRel == "nsubj" && token.Xpos is "VBG" or "VBP" or "VBZ")
                && children[c].Any(d => tokens[d].DepRel == "det" && tokens[d].Form.ToLowerInvariant() is "every" or "each" or "any"))) return true;
        // ("a fruit seller whose stall was destroyed", "two houses destroyed in the gunbattle": a thing destroyed, with no
        // one said to have destroyed it, is damage told of another act, no attack of its own.)
        if (token.Lemma == "destroy" && (token.DepRel == "acl" || children[i].Any(c => tokens[c].DepRel is "aux:pass" or "nsubj:pass"))
            && !children[i].Any(c => tokens[c].DepRel == "obl:agent" || tokens[c].DepRel == "obl" && children[c].Any(d => tokens[d].DepRel == "case" && tokens[d].Form == "by")))
            return true;
        // ("extradited a man accused of supplying homemade firearms", "arrested 11 men accused of supplying the militants": who is
        // accused, said of a noun with no accuser, describes the person; no accusation is told. So is what is "blamed": "the latest
        // in a string of killings blamed on drug gangs"; not a root noun's, which is the tagger's slip for a past tense: "The association
        // blamed/VBN "outside agitators" for the unrest".)
        if ((token.Lemma is "accuse" or "suspect" || token.Lemma == "blame" && token.Head >= 0 && tokens[token.Head].Head >= 0) && token.Xpos == "VBN" && token.DepRel == "acl"
            && !children[i].Any(c => tokens[c].DepRel == "obl:agent" || children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("by", StringComparison.OrdinalIgnoreCase)))) return true;
        // ("Violence blamed on jihadist groups ... has killed tens of thousands", parsed with "blamed" the root: so is a participle
        // blaming an act noun on someone, with no auxiliary and no one who blames.)
        if (token.Lemma == "blame" && token.Xpos == "VBN" && !children[i].Any(c => tokens[c].DepRel is "aux" or "aux:pass" or "obl:agent")
            && children[i].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && c < i, -1) is >= 0 and var blamed && tokens[blamed].Xpos is "NN" or "NNS"
            && AgentDictionary.Default.SectorOf(tokens[blamed].Lemma) is null)
            return true;
        // ("They charge us five soles a day", "the \"war tax\" that gangs charge bus operators": a price charged is no charge of a crime.)
        if (token.Lemma == "charge" && token.Upos == "VERB" && (children[i].Any(c => tokens[c].DepRel == "obj" && IsAPrice(tokens, c))
            || token.DepRel == "acl:relcl" && token.Head >= 0 && IsAPrice(tokens, token.Head) || ChargedPriceBeforeItsRelativeWord(tokens, children, i))) return true;
        // ("an activist who had helped organise the protests": help to do something is that doing, no aid.)
        if (token.Lemma == "help" && token.Upos == "VERB" && children[i].Any(c => tokens[c].DepRel is "xcomp" or "ccomp" && tokens[c].Upos == "VERB")) return true;
        // ("The graduates, who have held near-daily sit-ins outside the building since April": what a relative clause says its noun has done
        // since some time is a running habit, no event.)
        // (Not a "where" clause: "in Rakhine state, where the Arakan Army has been battling Myanmar's military since late 2023" tells the fighting.)
        if (token.DepRel == "acl:relcl" && children[i].Any(c => tokens[c].DepRel == "aux" && tokens[c].Form.ToLowerInvariant() is "have" or "has")
            && children[i].Any(c => tokens[c].DepRel == "nsubj" && tokens[c].Xpos is "WP" or "WDT") && SinceInItsClause(tokens, children, i)) return true;
        // ("the closure of a state-run chemical plant they blame for a wave of poisoning cases": a blame in a relative clause whose
        // object is the thing the clause describes accuses no one.)
        // (However the clause was hung: right after the thing, with a pronoun subject.)
        if (token.Lemma is "blame" && i >= 2 && tokens[i - 1].Upos == "PRON" && tokens[i - 1].Head == i && tokens[i - 2].Upos == "NOUN"
            && !children[i].Any(c => tokens[c].DepRel == "obj") && AgentDictionary.Default.CodeOf(tokens[i - 2].Lemma) is null) return true;
        // ("some 2,500 MINUSCA troops are deployed in the country's north and east": troops that are deployed, in the present, are
        // a standing presence, not a deployment.)
        if (pattern.PloverType == "MOBILIZE" && token.Xpos == "VBN"
            && children[i].Any(c => tokens[c].DepRel == "aux:pass" && tokens[c].Form.ToLowerInvariant() is "are" or "is" or "remain" or "remains")) return true;
        // ("went on strike in protest at the abductions", "kept their stalls shuttered in protest": "in protest" tells why another act
        // was done, no protest of its own; and the act protested at, with its article, is one the story told, no new one.)
        if (InProtest(tokens, children, i) && token.Head >= 0 && tokens[token.Head].Upos == "VERB") return true;
        if (token.Upos == "NOUN" && token.Head >= 0 && children[i].Any(c => tokens[c].DepRel == "det" && tokens[c].Form.Equals("the", StringComparison.OrdinalIgnoreCase))
            && children[i].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.ToLowerInvariant() is "at" or "over" or "against")
            && (InProtest(tokens, children, token.Head) || children[token.Head].Any(c => InProtest(tokens, children, c)))) return true;
        // ("saying months without rain had destroyed their corn and rice crops", "floods killed 12 people", "whose homes were
        // destroyed by floods last month": what weather or time does is no attack.)
        // ("Floods swept through the town in May last year, destroying hundreds of homes": nor what it does in a participle.)
        int doing = token.Xpos == "VBG" && token.DepRel is "advcl" or "xcomp" && token.Head >= 0 ? token.Head : i;
        if (token.Upos == "VERB" && pattern.PloverType == "ASSAULT"
            && children[doing].Any(c => tokens[c].DepRel is "nsubj" or "obl:agent" && tokens[c].Lemma is { } cause && NaturalCauses.Contains(cause))) return true;
        // ("condemned on Monday what he described as a \"cowardly and barbaric\" attack on defenceless farmers": nor is the act so named a
        // new one; it is the one condemned, told before.)
        if (token.Upos == "NOUN" && token.Head >= 0 && tokens[token.Head].Lemma is "describe" or "call" or "term" or "label" or "brand" && tokens[token.Head].DepRel == "acl:relcl"
            && tokens[token.Head].Head >= 0 && tokens[tokens[token.Head].Head].Form.Equals("what", StringComparison.OrdinalIgnoreCase)
            && children[i].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("as", StringComparison.OrdinalIgnoreCase))) return true;
        // ("condemned what he called a cowardly attack": a name given in a free relative is no appeal.)
        if (token.Lemma is "call" or "describe" or "term" or "label" && token.DepRel == "acl:relcl" && token.Head >= 0 && tokens[token.Head].Form.Equals("what", StringComparison.OrdinalIgnoreCase))
            return true;
        // ("A local chief who asked not to be named said ...", "asked that only his surname be used": a source's
        // anonymity is no appeal.)
        if (Attribution.Anonymity.IsAskedFor(tokens, i)) return true;
        // ("They marched us into the bush": people marched somewhere by others are not marching in protest.)
        if (token.Lemma == "march" && token.Upos == "VERB"
            && children[i].Any(c => tokens[c].DepRel == "obj" && (tokens[c].Upos == "PRON" || Vigil.Actors.AgentDictionary.Default.CodeOf(tokens[c].Lemma) is not null))) return true;
        // ("two activists who had organised the rally", "Student unions that led the protests": who organised a
        // protest, said of them in passing, is no other protest.)
        if (token.Lemma is "organize" or "organise" or "lead" && token.DepRel == "acl:relcl" && pattern.PloverType == "PROTEST") return true;
        // ("saying deliberate attacks on civilians were prohibited under international law", "said attacks on security forces
        // undermined the country's hard-won stability": acts of a kind, with no article, owner or number, said to be
        // forbidden or unlawful, or to harm something, are a rule or a judgement, no act in particular.)
        if (token.Upos == "NOUN" && token.Xpos == "NNS" && token.DepRel is "nsubj" or "nsubj:pass" && token.Head >= 0
            && tokens[token.Head].Lemma is "prohibit" or "ban" or "forbid" or "outlaw" or "illegal" or "unlawful" or "unacceptable" or "crime"
                or "undermine" or "threaten" or "jeopardize" or "jeopardise" or "endanger" or "weaken" or "harm"
                // ("Clashes between farmers and herders have become deadlier": or to have changed as a kind.)
                or "become" or "grow"
            && !children[i].Any(c => tokens[c].DepRel is "det" or "nmod:poss" or "nummod")) return true;
        // ("bandits who demand ransom payments have carried out similar mass abductions": what a group does, in the
        // present tense in a relative clause that describes it, is its habit, no act in particular.)
        if (token.Upos == "VERB" && token.Xpos is "VBP" or "VBZ" && token.DepRel == "acl:relcl" && token.Head >= 0 && tokens[token.Head].Upos == "NOUN") return true;
        // ("A PMF spokesman rejected the accusation", "rejected any link to the killing": rejecting what one is accused of is a denial,
        // CAMEO's 016 statement, as the coders code it, not a rejection (12) of a proposal or a demand. The object right after the verb:
        // "rejected the demand, saying security was the responsibility of ..." can be parsed with "responsibility" its object. Not a
        // criticism: the coders split on "rejected Belgrade's criticism".)
        if (token.Lemma is "reject" or "dismiss" or "deny" or "refute" && (children[i].Any(c => tokens[c].DepRel == "obj" && c > i && c <= i + 4
                && tokens[c].Lemma is { } denied && DeniedAccusations.Contains(denied))
                // ("..., an accusation the government rejected as \"fabricated\"": or the accusation a relative clause of the verb is on.)
                // (However the clause was hung: the accusation right before the clause's subject.)
                || token.DepRel is "acl:relcl" or "parataxis" && children[i].FirstOrDefault(c => tokens[c].DepRel == "nsubj" && c < i, -1) is > 0 and var rejecter
                   && SubtreeStart(children, rejecter) - 1 is > 0 and var accusation && tokens[accusation].Lemma is { } charge && DeniedAccusations.Contains(charge)))
            return true;
        // ("said at least 25 Bangladeshis had been killed by Indian guards last year": a count of the killed over a year is a tally,
        // no killing in particular.)
        if (token.Lemma == "kill" && token.Upos == "VERB" && children[i].Any(c => tokens[c].DepRel == "aux:pass") && children[i].Any(c => tokens[c].DepRel == "aux" && tokens[c].Lemma == "have")
            && children[i].Any(c => tokens[c].DepRel == "nsubj:pass" && children[c].Any(n => tokens[n].DepRel == "nummod")) && OverAYearAfter(tokens, i)) return true;
        // ("the Arakan Army freed 31 police officers it had been holding, handing them over to the International Committee of the Red
        // Cross": the handing over is the release told, no second one.)
        // (However the participle was hung: on the relative clause of the freed, "it had been holding, handing them over".)
        if (pattern.PloverMode == "release" && token.Xpos == "VBG" && token.DepRel is "advcl" or "conj" && ReleaseBefore(tokens, i)) return true;
        // ("the patrol's lead vehicle struck a homemade mine before gunmen ... opened fire": a vehicle that hits a mine is the attack's
        // target, told as the detail of an attack, no bombing by the vehicle; not in a clause of time, "three soldiers were killed when
        // their armoured vehicle struck a roadside bomb", the way the killing is told. "their small wooden boat was struck by a navy patrol
        // vessel": nor is a collision an attack.)
        if (token.Lemma is "strike" or "hit" && token.Upos == "VERB"
            && (token.DepRel != "advcl" && children[i].Any(c => tokens[c].DepRel == "nsubj" && Vehicles.Contains(tokens[c].Lemma ?? ""))
                && children[i].Any(c => tokens[c].DepRel == "obj" && tokens[c].Lemma is "mine" or "landmine" or "bomb" or "device" or "explosive" or "ied" or "IED")
                || children[i].Any(c => tokens[c].DepRel == "obl:agent" && Vehicles.Contains(tokens[c].Lemma ?? "")))) return true;
        // ("saying two of the nine wounded had died": "the wounded", "the nine injured" are people, no act.)
        if (token.Lemma is "wound" or "injure" && token.Xpos is "VBN" or "JJ" && token.DepRel is "nmod" or "obj" or "nsubj" or "nsubj:pass" or "obl"
            && i > 0 && tokens[i - 1].Xpos is "CD" or "DT" && !children[i].Any(c => tokens[c].DepRel is "aux" or "aux:pass" or "obj" or "nsubj" or "obl:agent")) return true;
        // ("its forces had hit 'a vehicle moving Russian troops'", "slammed into a van evacuating elderly residents": what a vehicle a
        // participle describes is doing tells which vehicle, no act of its own.)
        if (token.DepRel == "acl" && token.Xpos == "VBG" && token.Head >= 0 && Vehicles.Contains(tokens[token.Head].Lemma ?? "")) return true;
        // ("saying it had received reports that some had been beaten", "to investigate reports that officers had stood by": what reports,
        // allegations or rumours tell is unconfirmed, no act told.)
        if (token.Upos == "VERB" && token.DepRel is "acl" or "ccomp" && token.Head >= 0 && tokens[token.Head].Upos == "NOUN"
            && tokens[token.Head].Lemma is "report" or "allegation" or "claim" or "rumour" or "rumor"
            && children[i].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.Equals("that", StringComparison.OrdinalIgnoreCase))) return true;
        // ("did not say whether a ransom had been demanded": what a question asks about is not told to have happened.)
        if (token.Upos == "VERB" && children[i].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.Equals("whether", StringComparison.OrdinalIgnoreCase))) return true;
        // ("two Thai paramilitary rangers who had been captured in Thursday's fighting": an act named by its day is one told already.)
        if (token.Upos == "NOUN" && children[i].Any(c => tokens[c].DepRel == "nmod:poss" && DateResolver.NamesAWeekday(tokens[c].Form))) return true;
        // ("asked them to urge young men to report for military training": an appeal someone is asked to make is the content of the
        // request, no appeal made.)
        // (Also hung on whom it asks: "asked the abbots/obj to urge/acl".)
        if (pattern.PloverType == "REQUEST" && token.Head >= 0
            && (token.DepRel == "xcomp" ? token.Head : token.DepRel == "acl" && tokens[token.Head].DepRel == "obj" ? tokens[token.Head].Head : -1) is >= 0 and var asking
            && tokens[asking].Lemma is "ask" or "urge" or "request" or "implore" or "encourage") return true;
        // ("a rights group that tracks arrests", "a monitor that documents abductions": acts in general a group's habit in a relative
        // clause works on are none in particular either.)
        if (token.Upos == "NOUN" && token.Xpos == "NNS" && token.DepRel == "obj" && token.Head >= 0 && tokens[token.Head].Xpos is "VBP" or "VBZ"
            && tokens[token.Head].DepRel == "acl:relcl" && !children[i].Any(c => tokens[c].DepRel is "det" or "nummod" or "nmod:poss")) return true;
        // ("about 100 students staged a flash protest ..., dispersing before troops arrived": a crowd that disperses of itself is
        // dispersed by no one.)
        if (token.Lemma == "disperse" && token.Upos == "VERB" && !children[i].Any(c => tokens[c].DepRel is "obj" or "xcomp" or "nsubj:pass" or "aux:pass" or "obl:agent")) return true;
        // ("a reward for information leading to the capture of those responsible": an arrest a reward is offered for.)
        if (token.Upos == "NOUN" && token.Head >= 0 && tokens[token.Head].Lemma == "lead" && tokens[token.Head].Xpos == "VBG"
            && tokens[token.Head].Head is >= 0 and var information && tokens[information].Lemma is "information" or "tip" or "tips") return true;
        // ("Culiacan has been gripped by fighting between rival factions of the cartel since September 2024": violence a
        // place has long been suffering, in a perfect passive of affliction, is the story's background, no act in particular.)
        if ((token.Upos == "NOUN" || token.Xpos == "VBG") && token.Head >= 0 && tokens[token.Head].Lemma is "grip" or "rock" or "plague" or "wrack" or "rack"
                or "engulf" or "beset" or "roil" or "convulse" or "ravage" or "scar"
            && children[token.Head].Any(c => tokens[c].DepRel == "aux:pass") && children[token.Head].Any(c => tokens[c].DepRel == "aux" && tokens[c].Lemma == "have")) return true;
        // ("people who fled drought and fighting", "displaced by the fighting": fighting people fled is the background of
        // their flight, no fight in particular.)
        // (Not clashes someone owns or a time names: "have fled to Bignona since last week's clashes between the army and rebels".)
        if (token.Lemma is "fight" or "fighting" or "violence" && !children[i].Any(c => tokens[c].DepRel is "nmod:poss" or "case") && FledFrom(tokens, i)) return true;
        // ("a cartel cell that has been fighting for control of drug routes", "a region where armed groups are fighting over
        // illegal mining", however hung: a fight going on, told in a clause that describes a group or a place, is its state, no fight in particular.)
        if (token.Lemma == "fight" && token.Xpos == "VBG" && token.DepRel is "acl:relcl" or "advcl:relcl" or "parataxis" or "advcl" or "ccomp"
            && children[i].Any(c => tokens[c].DepRel == "aux" && tokens[c].Lemma == "be" && tokens[c].Xpos is "VBP" or "VBZ" or "VBN")
            && children[i].Any(c => tokens[c].Xpos is "WDT" or "WP" or "WRB")) return true;
        // ("to treat people wounded in the strike", "17 people wounded in the fighting were being treated": the people hurt
        // in an act the story told are named by it, no act of their own.)
        if (token.Xpos == "VBN" && token.DepRel == "acl" && token.Lemma is "wound" or "injure" or "hurt"
            && children[i].Any(c => tokens[c].DepRel is "obl" or "nmod" && ActsThatHurt.Contains(tokens[c].Lemma?.ToLowerInvariant() ?? "")
                                    && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("in", StringComparison.OrdinalIgnoreCase)))) return true;
        // ("a region fought over by drug-trafficking groups", "Segovia ... has long been fought over by groups seeking a share of the
        // gold": land fought over is contested land, no fight in particular.)
        if (token.Lemma == "fight" && token.Xpos == "VBN" && children[i].Any(c => tokens[c].Form.Equals("over", StringComparison.OrdinalIgnoreCase) && c == i + 1)
            && (token.DepRel == "acl" || children[i].Any(c => tokens[c].DepRel == "aux:pass"))) return true;
        // ("treated dozens of wounded", with "wounded" read as a participle clause "of" opens: the people counted, no act.)
        if (token.Xpos == "VBN" && token.DepRel == "acl" && token.Lemma is "wound" or "injure" && i > 0 && tokens[i - 1].Head == i && tokens[i - 1].DepRel == "case"
            && tokens[i - 1].Form.Equals("of", StringComparison.OrdinalIgnoreCase)) return true;
        // ("compensation of 1 million rupees for the family of each person killed", "the families of those killed": the dead of an
        // act told already, named by it with nothing of their own, are no act.)
        // ("said that those arrested had been inciting chaos", "was among those released": so are those taken or freed.)
        if (token.Xpos == "VBN" && token.DepRel == "acl" && token.Lemma is "kill" or "wound" or "injure" or "arrest" or "detain" or "release" or "free" or "abduct" or "kidnap"
            && token.Head is >= 0 and var named && named < i
            && !children[i].Any(c => tokens[c].DepRel is "obl" or "obl:agent" or "obl:unmarked" or "nmod" or "advmod" or "advcl")
            && (tokens[named].Form.Equals("those", StringComparison.OrdinalIgnoreCase)
                || children[named].Any(c => tokens[c].DepRel == "det" && tokens[c].Form.ToLowerInvariant() is "each" or "every"))) return true;
        // ("compensate the families of drivers killed on the road": the dead their families are named by are no act either.)
        if (token.Xpos == "VBN" && token.DepRel == "acl" && token.Lemma is "kill" or "wound" or "injure" && token.Head is >= 0 and var victims && victims == i - 1
            && tokens[victims].DepRel == "nmod" && tokens[victims].Head is >= 0 and var kin && tokens[kin].Lemma?.ToLowerInvariant() is "family" or "relative" or "widow" or "orphan" or "parent")
            return true;
        // ("The conflict erupted in late 2016 ... and has since killed more than 6,000 people": a perfect "since" counts
        // everything from then on, a running total, whatever the parser made its subject.)
        if (token.Upos == "VERB" && token.Lemma is "kill" or "claim" or "displace" or "wound" && children[i].Any(c => tokens[c].DepRel == "aux" && tokens[c].Lemma == "have")
            && children[i].Any(c => tokens[c].DepRel == "advmod" && tokens[c].Form.Equals("since", StringComparison.OrdinalIgnoreCase))) return true;
        // ("a small militant group that has pledged allegiance to the Islamic State group": allegiance pledged is what a group is, no promise.)
        if (token.Lemma == "pledge" && children[i].Any(c => tokens[c].DepRel == "obj" && tokens[c].Lemma is "allegiance" or "loyalty")) return true;
        // ("Asked whether Mr. Clinton would hold a cabinet position", "was asked if he thought ...": a question asked is no
        // appeal; "asked the government to send troops" is.)
        if (token.Lemma == "ask" && children[i].Any(c => tokens[c].DepRel == "ccomp" && children[c].Any(m => m < c
                && (tokens[m].DepRel == "mark" && tokens[m].Form.ToLowerInvariant() is "whether" or "if" || tokens[m].Xpos is "WRB" or "WP" or "WDT")))) return true;
        // ("they ask us why we do not trust them", however the parser hung the question: the question word right after "ask" or
        // the one asked.)
        if (token.Lemma == "ask" && (i + 1 < tokens.Length && IsQuestionWord(tokens[i + 1])
                                     || i + 2 < tokens.Length && tokens[i + 1].Xpos == "PRP" && IsQuestionWord(tokens[i + 2]))) return true;
        // (Nor the act they were hurt in: "treated more than 40 people wounded in strikes".)
        if (token.Upos == "NOUN" && ActsThatHurt.Contains(token.Lemma?.ToLowerInvariant() ?? "") && token.Head >= 0 && tokens[token.Head].Xpos == "VBN"
            && tokens[token.Head].DepRel == "acl" && tokens[token.Head].Lemma is "wound" or "injure" or "hurt"
            && children[i].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("in", StringComparison.OrdinalIgnoreCase))) return true;
        // ("where the borders of Niger, Mali and Burkina Faso meet", "Nigeria's central belt, where the largely Muslim north meets the
        // mainly Christian south": lines and lands on a map that meet hold no meeting; "met Fano commanders west of the town", a
        // direction where people met, does.)
        if (token.Lemma is "meet" or "converge" && children[i].Any(c => (tokens[c].DepRel is "nsubj" or "obj" || tokens[c].DepRel == "advmod" && !children[i].Any(o => tokens[o].DepRel == "obj"))
                                                                         && MapWords.Contains(tokens[c].Lemma ?? ""))) return true;
        // ("Nine people were treated for injuries", "said Amna Kuku, a 34-year-old trader treated for shrapnel wounds": the
        // victims' state, not aid anyone is named giving; "MSF treated 41 wounded people" is.)
        if (token.Lemma == "treat" && (children[i].Any(c => tokens[c].DepRel == "aux:pass") || token.DepRel == "acl" && !children[i].Any(c => tokens[c].DepRel == "obj")))
            return true;
        // ("has seen a resurgence of extortion and abductions": acts in general, counted by a trend, are none
        // in particular.)
        if ((token.Upos == "NOUN" || token.Xpos == "VBG") && IsTrendsActs(tokens, children, i)) return true;
        // ("This is a kidnapping ordered by criminal structures": what the speaker calls an act told already.)
        if (token.Upos == "NOUN" && children[i].Any(c => tokens[c].DepRel == "cop")
            && children[i].Any(c => tokens[c].DepRel == "nsubj" && tokens[c].Form.ToLowerInvariant() is "this" or "it" or "that")) return true;
        // ("Abu Sayyaf, once notorious for kidnapping foreigners for ransom": what a group is known for is its
        // reputation, no act in particular.)
        if (token.Xpos == "VBG" && token.Head >= 0 && tokens[token.Head].Lemma is "notorious" or "known" or "infamous" or "famous" or "feared"
            && children[i].Any(c => tokens[c].DepRel is "mark" or "case" && tokens[c].Form.Equals("for", StringComparison.OrdinalIgnoreCase))) return true;
        // ("police put the number of injured at six": a count of the hurt is a toll, told of an act already coded.)
        if (token.Lemma is "injured" or "injure" or "wounded" or "wound" or "dead" or "kill" or "killed" && token.Head >= 0
            && tokens[token.Head].Lemma is "number" or "toll" or "count" && token.Head < i) return true;
        // ("a fire at the terminal burned until morning": a fire is no firing; "opened fire" and "set fire" are.)
        if (token.Upos == "NOUN" && token.Lemma == "fire" && pattern.ObjectLemma is null) return true;
        // ("the White Army freed 11 soldiers captured near Nasir": how the freed were taken is told already.)
        if (token.Xpos is "VBN" or "VBD" && token.DepRel == "acl" && token.Head >= 0 && tokens[token.Head].DepRel == "obj" && tokens[token.Head].Head is >= 0 and var release
            && tokens[release].Lemma is "free" or "release" or "return" or "swap" or "exchange" or "hand") return true;
        // ("where the dead and wounded were taken": the hurt, named as people, are no act.)
        if (token.Form.ToLowerInvariant() is "wounded" or "injured" or "dead" && IsNamedByTheArticle(tokens, children, i)) return true;
        // ("A military intelligence officer offered no evidence": what no one was given was not given.)
        if (children[i].Any(c => tokens[c].DepRel == "obj" && children[c].Any(d => tokens[d].DepRel == "det" && tokens[d].Form.Equals("no", StringComparison.OrdinalIgnoreCase)))) return true;
        // ("Armed men stormed the prison, freeing 800 inmates": a jailbreak is the attack's doing, no release.)
        // (Also after another participle: "stormed the prison, overpowering guards and freeing 800 inmates".)
        if (token.Lemma is "free" or "release" && token.Xpos == "VBG" && token.Head >= 0
            && (token.DepRel == "conj" && tokens[token.Head].Xpos == "VBG" && tokens[token.Head].Head >= 0 ? tokens[tokens[token.Head].Head] : tokens[token.Head]).Lemma
               is "storm" or "attack" or "raid" or "overrun" or "break") return true;
        // ("a bill that allows state police to arrest migrants", "any measure that allows authorities to detain and deport
        // Mexican nationals": what a law permits is a rule, no act.)
        if (IsWhatALawAllows(tokens, children, i)) return true;
        // ("a similar Arizona law was largely struck down by the Supreme Court": a law struck down is annulled, not attacked.)
        if (token.Lemma == "strike" && children[i].Any(c => tokens[c].DepRel == "compound:prt" && tokens[c].Form.Equals("down", StringComparison.OrdinalIgnoreCase))
            && children[i].Any(c => tokens[c].DepRel is "obj" or "nsubj:pass" && LawNouns.Contains(tokens[c].Lemma?.ToLowerInvariant() ?? ""))) return true;
        // ("firefighters battling a blaze in a nine-story building": a fire fought is no clash; nor is a crime fought, "set up in the
        // 1990s to fight cattle theft and kidnapping", a task.)
        if (token.Lemma is "battle" or "fight" or "combat" && children[i].Any(c => tokens[c].DepRel == "obj"
                && tokens[c].Lemma?.ToLowerInvariant() is "blaze" or "fire" or "flame" or "flames" or "wildfire" or "inferno" or "fires" or "theft" or "crime" or "kidnapping"
                    or "corruption" or "trafficking" or "smuggling" or "banditry" or "extortion" or "terrorism" or "extremism" or "poaching" or "rustling")) return true;
        // ("called the attack revenge for army abuses": a call "for" something with an object of its own names the object, no appeal.)
        if (token.Lemma == "call" && pattern.Preposition == "for" && children[i].Any(c => tokens[c].DepRel == "obj" && tokens[c].Upos is "NOUN" or "PROPN")) return true;
        // ("No group has claimed responsibility for the raid, which bore the hallmarks of the kidnapping gangs": the act
        // responsibility is claimed for is one told already.)
        if (token.Upos == "NOUN" && token.DepRel == "nmod" && token.Head >= 0 && tokens[token.Head].Lemma == "responsibility"
            && children[i].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("for", StringComparison.OrdinalIgnoreCase))) return true;
        // ('"We have nothing to gain from killing the people of Talodi"', "stopped them from blocking the road": what one would gain
        // from, or is kept from, is not done.)
        if (token.Xpos == "VBG" && token.Head >= 0 && tokens[token.Head].Lemma is "gain" or "benefit" or "refrain" or "abstain" or "prevent" or "stop" or "deter" or "bar" or "keep"
            && children[i].Any(c => tokens[c].DepRel is "mark" or "case" && tokens[c].Form.Equals("from", StringComparison.OrdinalIgnoreCase))) return true;
        // ("Djibo, a town that has lived under a jihadi blockade for more than three years": a blockade lived under is a state of
        // affairs, no act told.)
        if (token.Upos == "NOUN" && token.Lemma is "blockade" or "siege" && children[i].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("under", StringComparison.OrdinalIgnoreCase)))
            return true;
        // (Nor the crime's own noun: "to fight cattle theft and kidnapping".)
        if (token.Upos == "NOUN" && (token.DepRel == "obj" ? token.Head : token.DepRel == "conj" && token.Head >= 0 && tokens[token.Head].DepRel == "obj" ? tokens[token.Head].Head : -1)
                is >= 0 and var fought && tokens[fought].Lemma is "fight" or "combat" or "tackle" or "curb" or "counter") return true;
        // ("from cattle rustlers to kidnap gangs": gangs that kidnap are named, not kidnapped.)
        if (token.Lemma is "kidnap" or "abduct" && children[i].Any(c => tokens[c].DepRel == "obj" && tokens[c].Lemma?.ToLowerInvariant() is "gang" or "ring" or "syndicate" or "network")) return true;
        // ("He argued that no state has moved to ban contraception": an act no one did, or moved to do, did not happen.)
        if ((token.DepRel == "xcomp" && token.Head >= 0 ? children[token.Head] : children[i]).Any(c => tokens[c].DepRel == "nsubj"
                && children[c].Any(d => tokens[d].DepRel == "det" && tokens[d].Form.Equals("no", StringComparison.OrdinalIgnoreCase)))) return true;
        // ("Residents ... said they heard gunfire and explosions through Friday night": what people heard or saw is the sound or the
        // sight of an act the story tells, not another one.)
        if (token.Upos == "NOUN" && PerceivedThing(tokens, i)) return true;
        // ("There were soldiers lying in the road and nobody to help them": what nobody is there to do.)
        if (i >= 2 && tokens[i - 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase) && tokens[i - 2].Form.ToLowerInvariant() is "nobody" or "noone") return true;
        // ("nobody had been charged", "No one has been charged over Saturday's killings": an act done to no one did not happen.)
        if (children[i].Any(c => tokens[c].DepRel is "nsubj:pass" or "obj" && (tokens[c].Form.ToLowerInvariant() is "nobody" or "none" or "noone"
                                  || tokens[c].Form.Equals("one", StringComparison.OrdinalIgnoreCase) && children[c].Any(d => tokens[d].DepRel == "det" && tokens[d].Form.Equals("no", StringComparison.OrdinalIgnoreCase))))) return true;
        // ("The protesters ... were demanding justice for Celso Mabunda": what protesters demand is their protest's aim.)
        if (token.Lemma == "demand" && children[i].Any(c => tokens[c].DepRel == "nsubj" && tokens[c].Lemma is "protester" or "demonstrator" or "marcher")
            && children[i].Any(c => tokens[c].DepRel == "obj" && tokens[c].Upos == "NOUN")) return true;
        // ("Attacks on transport workers have spread across the highlands": acts in general, as a trend's subject.)
        if (token.Upos == "NOUN" && token.Xpos == "NNS" && token.DepRel == "nsubj" && token.Head >= 0
            && tokens[token.Head].Lemma is "spread" or "rise" or "increase" or "grow" or "continue" or "escalate" or "surge" or "multiply" or "decline" or "fall" or "persist"
            && !children[i].Any(c => tokens[c].DepRel is "det" or "nummod" or "nmod:poss")) return true;
        // ("Militant groups have fought Indian rule in the region since 1989": a fight going on since a year is a war, no event.)
        if (token.Upos == "VERB" && token.Lemma is "fight" or "battle" or "wage" && children[i].Any(c => tokens[c].DepRel == "aux" && tokens[c].Lemma == "have")
            && children[i].Any(c => (tokens[c].DepRel ?? "").StartsWith("obl", StringComparison.Ordinal) && tokens[c].Form.Length == 4 && tokens[c].Form.All(char.IsDigit)
                && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("since", StringComparison.OrdinalIgnoreCase)))) return true;
        // ("Al Shabaab, which has been fighting for more than 15 years": an act of years is a war, no event.)
        if (token.Upos == "VERB" && children[i].Any(c => (tokens[c].DepRel ?? "").StartsWith("obl", StringComparison.Ordinal) && tokens[c].Lemma is "year" or "decade"
                && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("for", StringComparison.OrdinalIgnoreCase)))) return true;
        // ("The town ... is shelled almost daily": what happens daily is a state of affairs, no event.)
        if (token.Upos == "VERB" && children[i].Any(c => tokens[c].DepRel == "advmod" && tokens[c].Lemma is "daily" or "regularly" or "routinely" or "frequently" or "nightly" or "constantly")) return true;
        // ("shelling and sniper fire kill civilians almost every month": nor what happens every day, week or month.)
        if (token.Upos == "VERB" && token.Xpos is "VBP" or "VBZ" or "VBG" && children[i].Any(c => tokens[c].Lemma is "day" or "week" or "month" or "night" or "year"
                && (tokens[c].DepRel ?? "").StartsWith("obl", StringComparison.Ordinal) && children[c].Any(d => tokens[d].DepRel == "det" && tokens[d].Form.Equals("every", StringComparison.OrdinalIgnoreCase)))) return true;
        // ("11 people were killed, including two soldiers who tried to repel the attackers": how some of the dead
        // fought back, in a relative clause on them, is part of the attack that killed them, no fight of its own.)
        if (token.Lemma is "repel" or "repulse" or "resist" or "defend" or "protect" && IsDeedOfTheDead(tokens, children, token)) return true;
        // ("The measures include an asset freeze and a travel ban": what sanctions told already include is part of them.)
        if (token.Upos == "NOUN" && (token.DepRel == "obj" ? token.Head : token.DepRel == "conj" && token.Head >= 0 && tokens[token.Head].DepRel == "obj" ? tokens[token.Head].Head : -1)
                is >= 0 and var include && tokens[include].Lemma == "include"
            && children[include].Any(c => tokens[c].DepRel == "nsubj" && tokens[c].Lemma is "measure" or "sanction" or "step" or "package" or "penalty" or "restriction")) return true;
        // ("Biden will continue to fight to protect reproductive rights", "vowed to fight for justice": a fight with no one
        // fought, against or with, waged for a cause, is a campaign, no clash.)
        if (token.Upos == "VERB" && token.Lemma == "fight" && IsFightForACause(tokens, children, i)) return true;
        // ("the people who ran to help": help with no one helped is no aid.)
        if (token.Lemma == "help" && !children[i].Any(c => tokens[c].DepRel is "obj" or "iobj" or "xcomp" or "obl" or "ccomp")) return true;
        if (token.Lemma == "refuse" && !IsARefusalToldAsAnAct(tokens, children, i)) return true;
        // ("Wounded soldiers were flown to Bobo-Dioulasso": wounded or sick troops moved are evacuated, no deployment.)
        if (pattern.PloverType == "MOBILIZE" && children[i].Any(c => tokens[c].DepRel is "nsubj:pass" or "obj"
                && children[c].Any(m => tokens[m].DepRel == "amod" && tokens[m].Form.ToLowerInvariant() is "wounded" or "injured" or "sick"))) return true;
        // ("relatives of men detained in earlier sweeps staged a sit-in": who the relatives' people are, said by a participle with no doer,
        // describes them; the arrests are told elsewhere or not at all.)
        if (token.Xpos == "VBN" && token.DepRel == "acl" && token.Head >= 0 && tokens[token.Head].DepRel == "nmod" && tokens[token.Head].Head >= 0
            && tokens[tokens[token.Head].Head].Lemma is "relative" or "family" or "mother" or "wife" or "parent" or "kin"
            && !children[i].Any(c => tokens[c].DepRel == "obl:agent")) return true;
        // "battled troops for nearly three hours before withdrawing": attackers who withdraw after their
        // attack end it; no coder records a retreat there (one from a town or a position is one).
        return pattern.PloverType == "RETREAT" && token.Xpos == "VBG" && token.DepRel is "advcl" or "conj";
    }

    /// <summary>
    /// "the government refused to drop the subsidy plan", "The faction had refused on Sunday to hand over one of its commanders": a
    /// body's or its leaders' refusal, told as what they did, rejects (12). Not what describes people ("miners who refused to pay a
    /// levy", "refusing to travel without armed escorts"), a protest's posture ("refused to move"), nor one person's or civilians'
    /// refusal told as why they were attacked ("after he refused to pay extortion money", "saying the victims had refused to pay").
    /// </summary>
    private static bool IsARefusalToldAsAnAct(Token[] tokens, List<int>[] children, int refuse)
    {
        var verb = tokens[refuse];
        if (verb.Upos != "VERB" || verb.Xpos == "VBG" || verb.DepRel is "acl:relcl" or "acl") return false;
        if (children[refuse].Any(c => tokens[c].DepRel == "xcomp" && tokens[c].Lemma is "move" or "leave" or "come" or "go")) return false;
        int subject = children[refuse].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        if (subject < 0 && verb.DepRel == "conj" && verb.Head >= 0) subject = children[verb.Head].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        if (subject < 0 || tokens[subject].Upos == "PRON") return false;
        if (children[subject].Any(c => tokens[c].DepRel == "nmod:poss" && tokens[c].Upos == "PRON" && tokens[c].Lemma is "he" or "she")) return false;
        return AgentDictionary.Default.SectorOf(tokens[subject].Lemma) is not ("CVL" or "REF");
    }

    /// <summary>
    /// Whether a verb is told in a relative clause on people who were killed or hurt, directly or through
    /// "tried to", "attempted to" ("soldiers who tried to repel the attackers", hung on "killed" by "including").
    /// </summary>
    private static bool IsDeedOfTheDead(Token[] tokens, List<int>[] children, Token verb)
    {
        var clause = verb;
        if (clause.DepRel == "xcomp" && clause.Head >= 0 && tokens[clause.Head].Lemma is "try" or "attempt" or "seek") clause = tokens[clause.Head];
        if (clause.DepRel != "acl:relcl" || clause.Head < 0) return false;
        var people = tokens[clause.Head];
        if (people.Head < 0 || people.DepRel is not ("obl" or "nsubj:pass" or "obj" or "appos")) return false;
        // ("told reporters that 11 people were killed, including two soldiers": or hung on the teller of the toll.)
        return IsHurting(tokens[people.Head]) || children[people.Head].Any(c => tokens[c].DepRel == "ccomp" && IsHurting(tokens[c]));
    }

    private static readonly HashSet<string> LawNouns = new(StringComparer.Ordinal)
        { "law", "bill", "measure", "legislation", "decree", "order", "rule", "regulation", "amendment", "act", "policy", "provision", "ban", "ordinance", "ruling" };

    /// <summary>Vehicles: what hits a mine or runs into another is no attacker.</summary>
    private static readonly HashSet<string> Vehicles = new(StringComparer.Ordinal)
    {
        "vehicle", "truck", "car", "bus", "minibus", "van", "lorry", "pickup", "boat", "vessel", "ship", "ferry", "tanker", "train", "motorcycle",
    };

    /// <summary>Whether a verb "free" or "release" comes before the word in its sentence.</summary>
    private static bool ReleaseBefore(Token[] tokens, int word)
    {
        for (int t = word - 1; t >= 0 && tokens[t].Sentence == tokens[word].Sentence; t--)
        {
            if (tokens[t].Upos == "VERB" && tokens[t].Lemma is "free" or "release") return true;
        }
        return false;
    }

    /// <summary>Whether "last year" or "this year" follows the verb within its clause (before a comma), however it was hung.</summary>
    private static bool OverAYearAfter(Token[] tokens, int verb)
    {
        for (int t = verb + 2; t < tokens.Length && t <= verb + 8 && tokens[t].Sentence == tokens[verb].Sentence && tokens[t].Form != ","; t++)
        {
            if (tokens[t].Form.Equals("year", StringComparison.OrdinalIgnoreCase) && tokens[t - 1].Form.ToLowerInvariant() is "last" or "this") return true;
        }
        return false;
    }

    /// <summary>What someone is accused of, or the accusation: rejected or dismissed, it is denied.</summary>
    private static readonly HashSet<string> DeniedAccusations = new(StringComparer.OrdinalIgnoreCase)
    {
        "accusation", "allegation", "charge", "claim", "link", "involvement", "responsibility", "assertion", "report", "suggestion",
    };

    /// <summary>Whether the act is what a law allows someone to do ("a bill that allows state police to arrest migrants"), through its coordinated acts.</summary>
    private static bool IsWhatALawAllows(Token[] tokens, List<int>[] children, int act)
    {
        while (tokens[act].DepRel == "conj" && tokens[act].Head >= 0 && tokens[tokens[act].Head].Upos == "VERB") act = tokens[act].Head;
        if (tokens[act].DepRel != "xcomp" || tokens[act].Head is not (>= 0 and var allow) || tokens[allow].Lemma is not ("allow" or "permit" or "authorize" or "authorise" or "empower" or "enable"))
            return false;
        int law = children[allow].FirstOrDefault(c => tokens[c].DepRel == "nsubj", -1);
        // (The law a relative "that" or "which" stands for.)
        if (law >= 0 && tokens[law].Xpos == "WDT" && tokens[allow].DepRel == "acl:relcl") law = tokens[allow].Head;
        return law >= 0 && LawNouns.Contains(tokens[law].Lemma?.ToLowerInvariant() ?? "");
    }

    private static bool IsFightForACause(Token[] tokens, List<int>[] children, int fight)
    {
        if (children[fight].Any(c => tokens[c].DepRel is "obj" || (tokens[c].DepRel ?? "").StartsWith("obl", StringComparison.Ordinal)
                && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.ToLowerInvariant() is "against" or "with" or "between" or "alongside"))) return false;
        bool ForACause(int c) => tokens[c].DepRel == "advcl" && children[c].Any(g => tokens[g].DepRel == "mark" && tokens[g].Form.Equals("to", StringComparison.OrdinalIgnoreCase))
                                 || tokens[c].DepRel == "obl" && tokens[c].Lemma is "right" or "justice" or "freedom" or "democracy" or "equality" or "access" or "change" or "reform"
                                 && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("for", StringComparison.OrdinalIgnoreCase));
        // (The purpose may hang on the verb "fight" completes: "will continue to fight" ... "to protect".)
        return children[fight].Any(ForACause)
               || tokens[fight].DepRel == "xcomp" && tokens[fight].Head >= 0 && children[tokens[fight].Head].Any(c => c > fight && ForACause(c));
    }

    private static bool IsHurting(Token verb) => verb.Lemma is "kill" or "die" or "wound" or "injure" or "behead" or "shoot";

    /// <summary>
    /// "marched to the governor's office demanding better protection", "blocked the highway to demand
    /// compensation", "marched ... to call for an end to the fighting": what a protest asks for, told by a
    /// participle or an infinitive with a noun object, is the protest's aim, not a demand or an appeal of its
    /// own. One addressed to someone ("demanding that the governor visit", "calling on the army") stands.
    /// </summary>
    private bool IsProtestsAim(Token[] tokens, List<int>[] children, int trigger)
    {
        var token = tokens[trigger];
        if (token.Lemma is not ("demand" or "call") || token.Xpos is not ("VBG" or "VB") || token.Head < 0 || token.DepRel is not ("advcl" or "xcomp" or "conj" or "acl")) return false;
        // "demanding better protection", "to call for an end to the fighting" (not "calling on the governor to ...").
        // ("demanding to know whether their loved ones were alive", "demanding to be allowed to return": an infinitive too.)
        bool aim = token.Lemma == "demand"
            // ("demanding justice, and hundreds of trucks ... were left stranded", with "justice" read as the next clause's subject: the noun right after it.)
            ? children[trigger].Any(c => tokens[c].DepRel == "obj" && tokens[c].Upos is "NOUN" or "PROPN" || tokens[c].DepRel == "xcomp" && tokens[c].Xpos is "VB" or "VBN")
              || trigger + 1 < tokens.Length && tokens[trigger + 1].Upos == "NOUN" && tokens[trigger + 1].Sentence == token.Sentence
            : children[trigger].Any(c => tokens[c].DepRel == "obl" && tokens[c].Upos is "NOUN" or "PROPN" && children[c].Any(g => tokens[g].DepRel == "case" && tokens[g].Form.Equals("for", StringComparison.OrdinalIgnoreCase)));
        if (!aim) return false;
        // ("chanting slogans and demanding self-rule": through the participles coordinated before it.)
        int participle = trigger, head = token.Head;
        while (tokens[participle].DepRel == "conj" && tokens[head].Xpos is "VBG" or "VB" && tokens[head].DepRel is "conj" or "advcl" or "xcomp" && tokens[head].Head >= 0)
        {
            participle = head;
            head = tokens[head].Head;
        }
        // ("marched ... carrying white balloons and photographs of the victims, demanding an end to the
        // bloodshed": or through a participle of the march it hangs on.)
        if (tokens[head].Xpos == "VBG" && tokens[head].DepRel == "advcl" && tokens[head].Head >= 0) head = tokens[head].Head;
        // ("Relatives of the detained men gathered outside ..., demanding their release", hung on the relatives: or the verb
        // of the noun the parser hung it on; "Relatives gathered outside the building on Monday to demand news", hung on the building; "had blocked the main road ... to demand jobs", on the road.)
        for (int steps = 0; tokens[head].Upos is "NOUN" or "PROPN" && tokens[head].DepRel is "nsubj" or "root" or "obl" or "obj" && tokens[head].Head >= 0 && steps < 2; steps++) head = tokens[head].Head;
        var protest = tokens[head];
        // ("went on strike on Monday to demand three months of unpaid allowances": or the strike a verb goes on.)
        if (protest.Lemma == "go" && children[head].Any(c => tokens[c].Lemma is "strike" or "rampage" && children[c].Any(g => tokens[g].Form.Equals("on", StringComparison.OrdinalIgnoreCase))))
            return true;
        return protest.Lemma is { } lemma && _lexicon.PatternsFor(lemma).Any(p => p.PloverType == "PROTEST");
    }

    private static bool IsQuestionWord(Token token) => token.Xpos == "WRB" && !token.Form.Equals("when", StringComparison.OrdinalIgnoreCase)
                                                       || token.Form.Equals("whether", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> ActsThatHurt = new(StringComparer.Ordinal)
    {
        "strike", "airstrike", "attack", "fighting", "fight", "shooting", "blast", "explosion", "bombing", "clash", "raid", "violence", "shelling", "ambush", "stampede",
    };

    /// <summary>Whether the noun, or the first noun of its list, is what a verb of hearing or seeing has as its object.</summary>
    private static bool PerceivedThing(Token[] tokens, int noun)
    {
        int first = noun;
        for (int depth = 0; tokens[first].DepRel == "conj" && tokens[first].Head >= 0 && depth < 8; depth++) first = tokens[first].Head;
        return tokens[first].DepRel == "obj" && tokens[first].Head >= 0 && tokens[tokens[first].Head].Lemma is "hear" or "see";
    }

    /// <summary>Whether the word is "protest" after "in" ("in protest").</summary>
    private static bool InProtest(Token[] tokens, List<int>[] children, int word) =>
        tokens[word].Lemma == "protest" && tokens[word].Upos == "NOUN" && children[word].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.Equals("in", StringComparison.OrdinalIgnoreCase));

    private static readonly HashSet<string> MapWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "border", "frontier", "boundary", "road", "highway", "route", "river", "line", "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest", "desert", "sea", "mountain", "savanna", "forest",
    };

    private static readonly HashSet<string> NaturalCauses = new(StringComparer.OrdinalIgnoreCase)
    {
        "rain", "drought", "flood", "flooding", "storm", "cyclone", "typhoon", "hurricane", "earthquake", "landslide", "mudslide", "heat",
        "heatwave", "frost", "locust", "pest", "month", "year", "week", "season", "lightning", "avalanche", "wildfire",
    };

    /// <summary>Whether the word is what people fled or were displaced by ("fled drought and fighting", "displaced by the fighting").</summary>
    private static bool FledFrom(Token[] tokens, int word)
    {
        int at = word;
        // (Through the nouns it is coordinated with: "drought and fighting".)
        for (int steps = 0; steps < 8 && tokens[at].DepRel == "conj" && tokens[at].Head >= 0 && tokens[tokens[at].Head].Upos == "NOUN"; steps++) at = tokens[at].Head;
        // ("fled fighting in Taiz": or the participle the tagger made of the noun right after the verb.)
        return tokens[at].Head >= 0 && (tokens[at].DepRel is "obj" or "obl" or "nmod" || tokens[at].DepRel == "xcomp" && tokens[at].Head == at - 1)
            && (tokens[tokens[at].Head].Lemma?.ToLowerInvariant() is "flee" or "escape" or "displace" or "uproot"
                || tokens[tokens[at].Head].Form.ToLowerInvariant() is "fled" or "fleeing" or "flee" or "flees");
    }

    /// <summary>
    /// "summoned Thailand's ambassador to protest what it called a deliberate killing", "rallied outside the
    /// governor's office to denounce the insecurity", "their right to protest": a protest or a denunciation in
    /// an infinitive is the purpose of the act it hangs on (which carries it) or a noun's content, no event of
    /// its own.
    /// </summary>
    private bool IsPurposeOfAnotherAct(Token[] tokens, List<int>[] children, int trigger, EventPattern pattern)
    {
        var token = tokens[trigger];
        // (Any act in an infinitive that is a noun's content: "the means to strike anywhere in the north".)
        if (token.Xpos == "VB" && token.Head >= 0 && tokens[token.Head].Upos == "NOUN" && token.DepRel == "acl"
            && tokens[token.Head].Lemma is "means" or "ability" or "capacity" or "power" or "right" or "freedom" or "permission"
            && children[trigger].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.Equals("to", StringComparison.OrdinalIgnoreCase))) return true;
        // ("Elders and imams from Ganta met the superintendent in Sanniquellie on Monday to ask her to lift the curfew": an appeal or a
        // demand a meeting or a journey is for is the meeting's aim, as the coders code it, not an act of its own.)
        if (token.Xpos == "VB" && token.DepRel is "advcl" or "xcomp" && token.Head >= 0 && tokens[token.Head].Lemma is "meet" or "visit" or "travel" or "fly"
            && token.Lemma is "ask" or "urge" or "demand" or "press" or "appeal" or "request" or "call"
            && children[trigger].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.Equals("to", StringComparison.OrdinalIgnoreCase))) return true;
        if (token.Lemma is not ("protest" or "denounce" or "condemn" or "criticize" or "criticise") || token.Xpos != "VB" || token.Head < 0
            || !children[trigger].Any(c => tokens[c].DepRel == "mark" && tokens[c].Form.Equals("to", StringComparison.OrdinalIgnoreCase))) return false;
        var head = tokens[token.Head];
        if (head.Upos == "NOUN" && token.DepRel is "acl" or "xcomp") return head.Lemma is "right" or "freedom" or "plan" or "call" or "decision" or "threat" or "attempt" or "bid" or "permission" or "means" or "ability" or "capacity" or "power";
        // (A protest to protest, "marched ... to protest against the government", is one protest, which
        // merging makes of the two; a verb coded only in some contexts, "gathered", may be no act.)
        // ("gathered in Kish Square to denounce the bombing": people who gather to denounce protest, and that is
        // the event.)
        return head.Upos == "VERB" && token.DepRel is "advcl" or "xcomp" && head.Lemma is { } lemma
               && (lemma is "gather" or "assemble" or "converge"
                   || _lexicon.PatternsFor(lemma).Any(p => p.Cameo is not null && p.PloverType is not null && p.Context is null && p.PloverType != pattern.PloverType));
    }

    /// <summary>
    /// "the wounded", "the dead and wounded": a word with "the" of its own or of the word it is coordinated with; and "dozens of
    /// wounded", after "of" on a count of people.
    /// </summary>
    private static bool IsNamedByTheArticle(Token[] tokens, List<int>[] children, int word)
    {
        bool The(int w) => children[w].Any(c => tokens[c].DepRel == "det" && tokens[c].Form.Equals("the", StringComparison.OrdinalIgnoreCase));
        bool OfACount(int w) => w > 1 && tokens[w - 1].Form.Equals("of", StringComparison.OrdinalIgnoreCase)
                                && tokens[w - 2].Form.ToLowerInvariant() is "dozens" or "hundreds" or "scores" or "thousands" or "tens";
        return The(word) || OfACount(word) || tokens[word].DepRel == "conj" && tokens[word].Head >= 0 && The(tokens[word].Head);
    }

    /// <summary>"a resurgence of extortion and abductions", "a wave of kidnappings", "a rise in attacks": bare plural acts under a trend.</summary>
    private static bool IsTrendsActs(Token[] tokens, List<int>[] children, int noun)
    {
        if (children[noun].Any(c => tokens[c].DepRel is "det" or "nummod" or "nmod:poss" or "det:poss")) return false;
        int word = tokens[noun].DepRel == "conj" && tokens[noun].Head >= 0 ? tokens[noun].Head : noun;
        // ("gangs that live off kidnapping and extortion": or a trade someone lives off or engages in.)
        if (tokens[word].DepRel is "obl" or "advcl" && tokens[word].Head >= 0 && tokens[tokens[word].Head].Lemma is "live" or "engage" or "specialise" or "specialize" or "profit" or "thrive")
            return true;
        return tokens[word].DepRel == "nmod" && tokens[word].Head >= 0 && TrendNouns.Contains(tokens[tokens[word].Head].Lemma ?? "")
               && children[word].Any(c => tokens[c].DepRel == "case" && tokens[c].Form.ToLowerInvariant() is "of" or "in");   // ("a rise in attacks on police")
    }

    private static readonly HashSet<string> TrendNouns = new(StringComparer.Ordinal)
        { "resurgence", "rise", "surge", "increase", "wave", "spate", "upsurge", "spike", "epidemic", "scourge", "history", "cycle", "campaign" };

    private static bool IsChargeOfAnArrest(Token[] tokens, List<int>[] children, int trigger)
    {
        // The word or the conjunct it is coordinated with, hung on the arrest by "for".
        int word = tokens[trigger].DepRel == "conj" && tokens[trigger].Head >= 0 ? tokens[trigger].Head : trigger;
        if (tokens[word].Head is not (>= 0 and var arrest)) return false;
        // ("61 people had been held for/obl attacking/advcl security forces": or hung on the "for" the parser made the verb's phrase.)
        bool underFor = tokens[arrest].Form.Equals("for", StringComparison.OrdinalIgnoreCase) && tokens[arrest].Xpos == "IN";
        if (underFor && tokens[arrest].Head >= 0) arrest = tokens[arrest].Head;
        bool forIt = underFor || children[word].Any(c => tokens[c].DepRel is "case" or "mark" && tokens[c].Form.Equals("for", StringComparison.OrdinalIgnoreCase));
        // ("charged 12 other detainees with assaulting police officers": what someone is charged with, hung on them or on the verb.)
        bool withIt = children[word].Any(c => tokens[c].DepRel is "case" or "mark" && tokens[c].Form.Equals("with", StringComparison.OrdinalIgnoreCase));
        if (!forIt && !withIt) return false;
        if (tokens[arrest].Upos is "NOUN" or "PROPN" && tokens[arrest].DepRel is "obj" or "nsubj:pass" && tokens[arrest].Head >= 0) arrest = tokens[arrest].Head;
        if (withIt) return tokens[arrest].Lemma is "charge" or "accuse" or "indict";
        // ("criticised Israel on Monday for blocking the entry of bulldozers": or what a criticism or a blame is for.)
        return tokens[arrest].Lemma is "arrest" or "detain" or "hold" or "charge" or "sentence" or "convict" or "jail" or "try" or "prosecute"
            or "criticize" or "criticise" or "condemn" or "blame" or "denounce" or "fault" or "praise" or "punish" or "fine" or "sanction";
    }

    /// <summary>
    /// "A Batticaloa court released four of the organisers on bail", "was freed from custody", "released without charge":
    /// whoever is released on bail, from custody or without charge is people, named or not. (The phrase may hang on the
    /// released, as "on bail" on "organisers".)
    /// </summary>
    private static bool ReleasedFromCustody(Token[] tokens, List<int>[] children, int release)
    {
        foreach (int c in children[release])
        {
            if (IsOutOfCustody(tokens, children, c)) return true;
            if (tokens[c].DepRel != "obj") continue;
            foreach (int d in children[c])
            {
                if (IsOutOfCustody(tokens, children, d) || tokens[d].DepRel == "nmod" && children[d].Any(e => IsOutOfCustody(tokens, children, e))) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "on bail", "from custody" (prison, jail, detention, captivity), "without charge"; "for lack of evidence" and "by a magistrate"
    /// (a judge, a court: "Three of the suspects were freed by a magistrate in Sarh on Friday for lack of evidence").
    /// </summary>
    private static bool IsOutOfCustody(Token[] tokens, List<int>[] children, int phrase) =>
        tokens[phrase].DepRel is "obl" or "nmod" or "obl:agent" && children[phrase].Any(d => tokens[d].DepRel == "case"
            && (tokens[d].Form.ToLowerInvariant(), tokens[phrase].Lemma?.ToLowerInvariant()) is ("on", "bail") or ("from", "custody" or "prison" or "jail" or "detention" or "captivity")
                or ("without", "charge" or "charges") or ("for", "lack") or ("by", "magistrate" or "judge" or "court" or "prosecutor"));

    /// <summary>Whether "since" opens a phrase of the verb's own clause (hung on it, or on one of its nouns: "sit-ins outside the building since April").</summary>
    private static bool SinceInItsClause(Token[] tokens, List<int>[] children, int verb)
    {
        int end = SubtreeEnd(children, verb);
        // ("a militia ... that has fought Teke villagers in the region since a dispute ... turned violent", the "since" clause
        // hung higher up: one right after the perfect's words is still its.)
        if (end + 1 < tokens.Length && tokens[end + 1].Form.Equals("since", StringComparison.OrdinalIgnoreCase)) return true;
        for (int t = verb + 1; t <= end; t++)
        {
            if (!tokens[t].Form.Equals("since", StringComparison.OrdinalIgnoreCase)) continue;
            for (int h = tokens[t].Head, steps = 0; h >= 0 && steps < 5; h = tokens[h].Head, steps++)
            {
                if (h == verb) return true;
                if (tokens[h].Upos == "VERB") break;
            }
        }
        return false;
    }

    /// <summary>Whether a noun is a levy or an amount of money, a currency of the patterns' &amp;MONEY ("the war tax", "a fee", "five soles").</summary>
    private bool IsAPrice(Token[] tokens, int noun) =>
        tokens[noun].Lemma?.ToLowerInvariant() is "tax" or "fee" or "price" or "rent" or "toll" or "levy" || _lexicon.InWordSet("&MONEY", tokens[noun].Form);

    /// <summary>
    /// Whether the verb's "that" or "which" follows a price, however the parser hung the clause ("the \"war tax\" that gangs charge",
    /// with the clause a complement of "paying").
    /// </summary>
    private bool ChargedPriceBeforeItsRelativeWord(Token[] tokens, List<int>[] children, int verb)
    {
        int relative = children[verb].FirstOrDefault(c => c < verb && tokens[c].Form.ToLowerInvariant() is "that" or "which", -1);
        int before = relative - 1;
        if (before > 0 && tokens[before].Xpos == "''") before--;
        return before >= 0 && IsAPrice(tokens, before);
    }
}
