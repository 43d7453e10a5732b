using Vigil.Documents;
using Vigil.Entities;
using Vigil.Events;
using Vigil.Pipeline;

namespace Vigil.Actors;

/// <summary>
/// Pipeline stage: a CAMEO actor code for every entity that can act. A named actor found in the actor
/// dictionary gets the code that holds on the publication date; an organisation named by an agent noun
/// ("the Interior Ministry", "the self-defense group") gets that sector; a nationality ("Mexican"), a
/// country, or a capital standing for its country ("Washington said") gets that country. A code without a country takes the document's dominant country.
/// </summary>
public sealed class ActorsStage(ActorDictionary? actors = null, AgentDictionary? agents = null, Places.Gazetteer? gazetteer = null) : IPipelineStage
{
    private readonly ActorDictionary _actors = actors ?? ActorDictionary.Default;
    private readonly AgentDictionary _agents = agents ?? AgentDictionary.Default;
    private readonly ActorPhraseCoder _phraseCoder = new(actors ?? ActorDictionary.Default, agents ?? AgentDictionary.Default);
    public string Name => "actors";

    private static readonly System.Text.RegularExpressions.Regex Nickname = new(@"^(?<given>.+?)\s*[""“](?<nick>[^""”]+)[""”]\s*(?<family>.+)$");

    /// <summary>'Joaquin "El Chapo" Guzman': the name without its nickname ("Joaquin Guzman"), and the nickname ("El Chapo").</summary>
    private static IEnumerable<string> WithoutTheNickname(string name)
    {
        var match = Nickname.Match(name);
        if (!match.Success) yield break;
        yield return match.Groups["given"].Value + " " + match.Groups["family"].Value;
        yield return match.Groups["nick"].Value;
    }

    public void Process(Document document)
    {
        var alpha3 = EventLexicon.Default.Alpha3;
        var dominant = Places.DominantCountry.Of(document) is { } dominantCountry ? alpha3.GetValueOrDefault(dominantCountry) : null;
        var phrases = new Dictionary<int, List<ActorPhrase>>();
        List<ActorPhrase> phrasesOfSentence(int sentence)
        {
            if (phrases.TryGetValue(sentence, out var found)) return found;
            var s = document.Sentences[sentence];
            return phrases[sentence] = _phraseCoder.Find(document, s.FirstToken, s.EndToken);
        }
        foreach (var entity in document.Entities)
        {
            string? code = entity.Mentions.Select(m => _actors.CodeFor(m.Text, document.Published)).FirstOrDefault(c => c is not null)
                           ?? _actors.CodeFor(entity.Name, document.Published)
                           ?? WithoutTheNickname(entity.Name).Select(n => _actors.CodeFor(n, document.Published)).FirstOrDefault(c => c is not null);
            if (code is null && entity.Label == "NORP")
            {
                // (Or the gazetteer's demonym where no place was resolved: "a Russian Su-34 fighter jet".)
                var country = document.Places.FirstOrDefault(p => p.Start == entity.Mentions[0].Start)?.Country ?? CountryOfWord(entity.Name);
                code = country is not null ? alpha3.GetValueOrDefault(country) : null;
            }
            // A country, or its capital standing for it ("Washington said", "Moscow denied"), as CAMEO codes them.
            if (code is null && entity.Label == "LOC")
            {
                var place = document.Places.FirstOrDefault(p => entity.Mentions.Any(m => m.Start == p.Start && m.End == p.End));
                if (place is not null && CountryStandIn.CountryOf(place, gazetteer) is { } country) code = alpha3.GetValueOrDefault(country);
            }
            // A name the dictionaries know with a bare sector ("United Nations", IGOUNO; "Human Rights Watch")
            // is international: it belongs to no country the document is about.
            bool known = code is not null;
            if (code is null && entity.Label == "ORG")
            {
                // A national branch of a known body, or a body named after its country, is known by the rest
                // of its name ("the Kenya Red Cross", "Amnesty International Kenya", "the Law Society of Kenya").
                var rest = WithoutCountry(entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                var name = string.Join(' ', rest);
                code = rest.Length == 0 ? null
                    : BodyOfTheNamesCountry(_actors.CodeFor(name, document.Published), entity)
                      ?? _agents.SectorOf(rest[^1].TrimEnd('s'), name) ?? _agents.SectorOf(rest[^1], name);
                // ("the U.N. Support Mission in Libya": a part of a known body is coded as the body, and known as it is.)
                if (code is null && PartOfAKnownBody(entity.Name, document.Published) is { } body) (code, known) = (body, true);
                // ("the ruling Frelimo party", "Plataforma Decide, a local election monitoring group": or by the noun of bodies it names.)
                // (A bare "group" says nothing of which: "a volunteer medical group" is no armed one.)
                if (code is null && entity.Mentions.Select(m => BodyNouns.NounNamedBy(document, m)).FirstOrDefault(n => n >= 0, -1) is >= 0 and var noun)
                {
                    var phrase = document.Slice(document.Tokens[Math.Max(0, noun - 1)].Start, document.Tokens[noun].End);
                    code = _agents.SectorOf(document.Tokens[noun].Lemma is "group" ? null : document.Tokens[noun].Lemma, phrase);
                }
            }
            // A person coded by the role the text gives them ("Sinaloa Gov. Ruben Rocha Moya", "Pedro Gomez,
            // the governor of Sinaloa": GOV, of the document's country unless the phrase names another).
            // (An international body's officer is international too: "The United Nations' human rights chief, Volker Turk" is IGOUNO.)
            if (code is null && entity.Label == "PER" && RoleOf(document, entity, phrasesOfSentence) is { } role)
                (code, known) = (role, role.StartsWith("IGO", StringComparison.Ordinal));
            if (code is null) continue;
            // A bare sector belongs to the country its name says ("the Royal Thai Army"), else to the
            // country the document is about.
            if (SectorCodes.IsSector(code[..Math.Min(3, code.Length)]) && (CountryInName(entity) ?? (known ? null : dominant)) is { } owner) code = owner + code;
            entity.Actor = new ActorCode(code, code.Length >= 3 && !SectorCodes.IsSector(code[..3]) ? code[..3] : null, SectorCodes.FirstSectorIn(code));
        }
        foreach (var person in document.Entities.Where(e => e.Label == "PER" && e.Actor is null))
        {
            if (BodySpokenFor(document, person)?.Actor is { } body) person.Actor = body;
        }
    }

    /// <summary>
    /// "Babakura Kolo, a leader of the Civilian Joint Task Force", "a spokesman for the defense group, Estanislao
    /// Beltran": the coded body whose spokesman, leader or member the person is, by the role noun in apposition
    /// to the name (either way round) and the body after its "of" or "for", or the body "its" or "their" before the role
    /// stands for; the person speaks for it.
    /// </summary>
    private static Entity? BodySpokenFor(Document document, Entity person)
    {
        var tokens = document.Tokens;
        foreach (var mention in person.Mentions.Where(m => m.TokenCount > 0))
        {
            int first = mention.FirstToken, last = first + mention.TokenCount - 1;
            // (The name after the role may hang on the body's name instead: "A spokesman for Human Rights Watch, Jonathan Pedneault".)
            int RoleAbove(int head) => head >= 0 && tokens[head].DepRel == "nmod" && tokens[head].Head >= 0 && OfficeNouns.Contains(tokens[tokens[head].Head].Lemma)
                ? tokens[head].Head : head;
            var roles = Enumerable.Range(first, mention.TokenCount).Select(t => tokens[t].DepRel == "appos" && tokens[t].Head >= 0 && (tokens[t].Head < first || tokens[t].Head > last) ? RoleAbove(tokens[t].Head) : -1)
                .Concat(Enumerable.Range(last + 1, Math.Max(0, Math.Min(tokens.Length, last + 12) - last - 1))
                    .Where(t => tokens[t].DepRel == "appos" && tokens[t].Head >= first && tokens[t].Head <= last))
                .Where(r => r >= 0 && OfficeNouns.Contains(tokens[r].Lemma));
            foreach (int role in roles)
            {
                // ("The Viv Ansanm gang coalition ... claimed the attack. Its leader, Jimmy "Barbecue" Cherizier, warned": or
                // the body "its" or "their" stands for, the last coded one named in the sentence or the one before.)
                if (BodyItsStandsFor(document, role) is { } owner) return owner;
                for (int t = role + 1; t < tokens.Length && t <= role + 12 && tokens[t].Sentence == tokens[role].Sentence; t++)
                {
                    if (tokens[t].Head != role || tokens[t].DepRel != "nmod") continue;
                    bool ofOrFor = Enumerable.Range(role + 1, t - role).Any(c => tokens[c].Head == t && tokens[c].DepRel == "case" && tokens[c].Form.ToLowerInvariant() is "of" or "for");
                    var body = document.Entities.FirstOrDefault(e => e.Label == "ORG" && e.Actor is not null
                        && e.Mentions.Any(m => m.FirstToken <= t && t < m.FirstToken + m.TokenCount));
                    if (ofOrFor && body is not null) return body;
                }
            }
        }
        return null;
    }

    /// <summary>The last coded organisation named in the role's sentence or the one before, when "its" or "their" opens the role; else null.</summary>
    private static Entity? BodyItsStandsFor(Document document, int role)
    {
        var tokens = document.Tokens;
        bool possessed = Enumerable.Range(Math.Max(0, role - 3), Math.Min(3, role))
            .Any(c => tokens[c].Head == role && tokens[c].DepRel == "nmod:poss" && tokens[c].Form.ToLowerInvariant() is "its" or "their");
        if (!possessed) return null;
        Entity? owner = null;
        int ownerAt = -1;
        foreach (var body in document.Entities.Where(e => e.Label == "ORG" && e.Actor is not null))
        {
            foreach (var mention in body.Mentions)
            {
                if (mention.FirstToken + mention.TokenCount > role || tokens[mention.FirstToken].Sentence < tokens[role].Sentence - 1 || mention.FirstToken <= ownerAt) continue;
                (owner, ownerAt) = (body, mention.FirstToken);
            }
        }
        return owner;
    }

    /// <summary>
    /// The code of the first coded noun phrase a mention of the person heads or stands in ("Interior
    /// Minister X"), or of the role in apposition to it ("X, the governor of Sinaloa").
    /// </summary>
    private string? RoleOf(Document document, Entity entity, Func<int, List<ActorPhrase>> phrasesOfSentence)
    {
        var tokens = document.Tokens;
        foreach (var mention in entity.Mentions)
        {
            if (mention.TokenCount == 0) continue;
            int first = mention.FirstToken, last = first + mention.TokenCount - 1;
            bool Inside(int token) => token >= first && token <= last;
            foreach (var phrase in phrasesOfSentence(tokens[first].Sentence))
            {
                bool holds = phrase.First <= first && phrase.Last >= last;
                bool apposed = tokens[phrase.Head].DepRel == "appos" && Inside(tokens[phrase.Head].Head);
                // ("Borno state governor Babagana Zulum", parsed with the name in apposition to the role before it.)
                bool namesTheRole = Enumerable.Range(first, last - first + 1).Any(t => tokens[t].DepRel == "appos" && tokens[t].Head == phrase.Head && phrase.Head < first);
                if (!holds && !apposed && !namesTheRole) continue;
                // ("U.S. Defense Secretary Lloyd Austin": a bare role takes the country a place in its phrase names.)
                if (SectorCodes.IsSector(phrase.Code[..Math.Min(3, phrase.Code.Length)])
                    && document.Places.FirstOrDefault(p => p.Country is not null && p.Start >= tokens[phrase.First].Start && p.End <= tokens[phrase.Last].End) is { } place
                    && EventLexicon.Default.Alpha3.GetValueOrDefault(place.Country!) is { } country)
                    return country + phrase.Code;
                // (Or a nationality before the name: "Israeli Defence Minister Israel Katz", not the name's own "Israel".)
                if (SectorCodes.IsSector(phrase.Code[..Math.Min(3, phrase.Code.Length)]) && (holds || namesTheRole))
                {
                    for (int k = phrase.First; k < first; k++)
                    {
                        if (CountryOfDemonym(tokens[k].Form) is { } alpha2 && EventLexicon.Default.Alpha3.GetValueOrDefault(alpha2) is { } nationality)
                            return nationality + phrase.Code;
                    }
                }
                return phrase.Code;
            }
        }
        return null;
    }

    /// <summary>The code of the longest known body whose name opens this one ("U.N." in "U.N. Support Mission"), or null.</summary>
    private string? PartOfAKnownBody(string name, DateOnly? published)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int count = words.Length - 1; count >= 1; count--)
        {
            var opening = string.Join(' ', words[..count]);
            if (ActorDictionary.Default.NamesABody(opening) && _actors.CodeFor(opening, published) is { } code) return code;
        }
        return null;
    }

    /// <summary>
    /// The country a word of the entity's name stands for, as a demonym ("Thai" in "the Royal Thai Army")
    /// or as the country's own name ("the Kenya Red Cross"), as alpha-3.
    /// </summary>
    private string? CountryInName(Entity entity)
    {
        foreach (var word in entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (CountryOfWord(word) is { } alpha2) return EventLexicon.Default.Alpha3.GetValueOrDefault(alpha2);
        }
        return null;
    }

    /// <summary>The country (alpha-2) a capitalised word is the demonym of ("Thai"), or null.</summary>
    private string? CountryOfDemonym(string word)
    {
        if (gazetteer is null || word.Length < 4 || !char.IsUpper(word[0])) return null;
        var demonym = gazetteer.LookupDemonym(word);
        return !demonym.IsEmpty && gazetteer[demonym[0]].Country is { Length: 2 } alpha2 ? alpha2 : null;
    }

    /// <summary>The country (alpha-2) a capitalised word names or is the demonym of, or null.</summary>
    private string? CountryOfWord(string word)
    {
        if (gazetteer is null || word.Length < 4 || !char.IsUpper(word[0])) return null;
        if (CountryOfDemonym(word) is { } nationality) return nationality;
        var entries = gazetteer.Lookup(word);
        return !entries.IsEmpty && gazetteer.KindOf(entries[0]) == Places.PlaceKind.Country ? gazetteer[entries[0]].Country : null;
    }

    /// <summary>
    /// A known body's code for a name that adds a country to it, if the body is international (a bare
    /// sector: "Red Cross") or of that country ("Afghan Taliban"); another country's body of the same name
    /// is not it ("Uganda People's Defence Force" is not Myanmar's People's Defence Force).
    /// </summary>
    private string? BodyOfTheNamesCountry(string? code, Entity entity) =>
        code is null || SectorCodes.IsSector(code[..Math.Min(3, code.Length)]) || code.Length >= 3 && code[..3] == CountryInName(entity) ? code : null;

    /// <summary>
    /// A name's words without the country that opens or ends it, or that "of" names at its end ("Kenya Red
    /// Cross" → "Red Cross", "Law Society of Kenya" → "Law Society"); the name as it is without one.
    /// </summary>
    private string[] WithoutCountry(string[] words)
    {
        if (words.Length >= 2 && CountryOfWord(words[0]) is not null) return words[1..];
        if (words.Length >= 3 && words[^2] == "of" && CountryOfWord(words[^1]) is not null) return words[..^2];
        if (words.Length >= 2 && CountryOfWord(words[^1]) is not null) return words[..^1];
        return words;
    }
}
