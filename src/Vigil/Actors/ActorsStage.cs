using Vigil.Documents;
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
    public string Name => "actors";

    public void Process(Document document)
    {
        var alpha3 = EventLexicon.Default.Alpha3;
        var dominant = document.Places.Where(p => p.Country is { Length: 2 }).GroupBy(p => p.Country!)
            .OrderByDescending(g => g.Count()).Select(g => alpha3.GetValueOrDefault(g.Key)).FirstOrDefault();
        foreach (var entity in document.Entities)
        {
            string? code = entity.Mentions.Select(m => _actors.CodeFor(m.Text, document.Published)).FirstOrDefault(c => c is not null)
                           ?? _actors.CodeFor(entity.Name, document.Published);
            if (code is null && entity.Label == "NORP")
            {
                var country = document.Places.FirstOrDefault(p => p.Start == entity.Mentions[0].Start)?.Country;
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
                var words = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                code = _agents.SectorOf(words[^1].TrimEnd('s'), entity.Name) ?? _agents.SectorOf(words[^1], entity.Name);
            }
            if (code is null) continue;
            // A bare sector belongs to the country its name says ("the Royal Thai Army"), else to the
            // country the document is about.
            if (SectorCodes.IsSector(code[..Math.Min(3, code.Length)]) && (CountryInName(entity) ?? (known ? null : dominant)) is { } owner) code = owner + code;
            entity.Actor = new ActorCode(code, code.Length >= 3 && !SectorCodes.IsSector(code[..3]) ? code[..3] : null, SectorCodes.FirstSectorIn(code));
        }
    }

    /// <summary>The country a word of the entity's name stands for as a demonym ("Thai" in "the Royal Thai Army"), as alpha-3.</summary>
    private string? CountryInName(Entity entity)
    {
        if (gazetteer is null) return null;
        foreach (var word in entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < 4 || !char.IsUpper(word[0])) continue;
            var entries = gazetteer.LookupDemonym(word);
            if (!entries.IsEmpty && gazetteer[entries[0]].Country is { Length: 2 } alpha2) return EventLexicon.Default.Alpha3.GetValueOrDefault(alpha2);
        }
        return null;
    }
}
