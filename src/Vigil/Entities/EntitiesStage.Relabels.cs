using Vigil.Actors;
using Vigil.Documents;
using Vigil.Places;

namespace Vigil.Entities;

/// <summary>
/// Labels of whole entities corrected once the document's mentions are grouped: what the recognizer took for a
/// person or an organisation that the document, the gazetteer or the actor dictionary shows to be otherwise.
/// </summary>
public sealed partial class EntitiesStage
{
    /// <summary>
    /// "Gunmen from the Gran Grif gang", "Medecins Sans Frontieres said": a name the actor dictionary lists as a
    /// body is an organisation, whatever person the recognizer took it for (a pronoun must not take it for its
    /// antecedent), and so is one it took for a place that the gazetteer does not know ("Human Rights Watch said").
    /// </summary>
    private void RelabelKnownBodies(List<Entity> entities)
    {
        foreach (var entity in entities.Where(e => e.Label is "PER" or "LOC" && ActorDictionary.Default.NamesABody(e.Name)
            && (e.Label == "PER" || gazetteer is null || gazetteer.Lookup(e.Name).IsEmpty))) entity.Label = "ORG";
    }

    /// <summary>
    /// "KUMBO, Cameroon (AP) —": a dateline (<see cref="Datelines"/>) before a comma, a bracket or a dash is a
    /// place, whatever person the recognizer took it for (a "he" must not take it for its antecedent; the
    /// places stage would make it a place only later).
    /// </summary>
    private static void DatelinesReadAsPeople(Document document)
    {
        foreach (var entity in document.Entities.Where(e => e.Label == "PER"))
        {
            var mention = entity.Mentions[0];
            int after = mention.FirstToken + mention.TokenCount;
            if (mention.TokenCount > 0 && after < document.Tokens.Length && document.Tokens[after].Form is "," or "(" or "—" or "–" or "--"
                && Datelines.Opens(document, mention.FirstToken, after - 1))
                entity.Label = "LOC";
        }
    }

    /// <summary>
    /// "MINUSCA urged ...": a "person" only ever written as one word in capitals is an acronym, an
    /// organisation (datelines, the other such words, are places by now).
    /// </summary>
    private static void AcronymsReadAsPeople(Document document)
    {
        foreach (var entity in document.Entities.Where(e => e.Label == "PER"
                     && e.Mentions.All(m => m.TokenCount == 1 && m.Text.Count(char.IsLetter) >= 3 && !m.Text.Any(char.IsLower))))
            entity.Label = "ORG";
    }

    /// <summary>
    /// "the ruling Frelimo party", "Plataforma Decide, a local election monitoring group": a "person" whose name modifies
    /// a noun of bodies, or has one in apposition, is that body (a "he" must not take it for its antecedent).
    /// </summary>
    private static void BodiesReadAsPeople(Document document)
    {
        foreach (var entity in document.Entities.Where(e => e.Label == "PER"))
        {
            foreach (var mention in entity.Mentions)
            {
                int noun = BodyNouns.NounNamedBy(document, mention);
                if (noun < 0 || !BodyNouns.Contains(document.Tokens[noun].Form)) continue;
                // (Not a person named in full elsewhere: "Donald Trump ... Trump company losses".)
                bool modifies = noun == mention.FirstToken + mention.TokenCount;
                if (modifies && entity.Mentions.Any(m => m.TokenCount > 1)) continue;
                entity.Label = "ORG";
                break;
            }
        }
    }

    /// <summary>
    /// "Washington said", "Jordan rejected": a one-word "person" or "organisation" that is a country or a
    /// capital is the country speaking; the recognizer reads the subject of "said" as a person, or as the
    /// body it stands for.
    /// </summary>
    private static void RelabelCountriesAndCapitals(List<Entity> entities, Gazetteer gazetteer)
    {
        foreach (var entity in entities.Where(e => e.Label is "PER" or "ORG" && e.Mentions.All(m => !m.Text.Contains(' '))))
        {
            foreach (var index in gazetteer.Lookup(entity.Name))
            {
                var entry = gazetteer[index];
                if (entry.Kind != PlaceKind.Country && entry.FeatureCode != "PPLC") continue;
                // (An organisation in capitals is an acronym, not a capital: "state news agency SANA".)
                if (entry.Kind != PlaceKind.Country && entity.Label == "ORG" && !entity.Name.Any(char.IsLower)) continue;
                entity.Label = "LOC";
                break;
            }
        }
    }
}
