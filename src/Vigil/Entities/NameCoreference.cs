using Vigil.Documents;
using Vigil.Places;

namespace Vigil.Entities;

/// <summary>
/// Within-document coreference by name: mentions with the same (folded) name are one entity; a person's
/// surname alone ("Beltran") joins the earlier full name ("Estanislao Beltran"), whatever label the
/// recognizer gave the lone word; an acronym ("AP")
/// joins the organisation whose initials it spells ("Associated Press"). The entity's name is its
/// longest mention. Pronouns and role nouns are not resolved here.
/// </summary>
public static class NameCoreference
{
    public static List<Entity> Group(IReadOnlyList<(Mention Mention, string Label)> mentions)
    {
        var entities = new List<Entity>();
        foreach (var (mention, label) in mentions)
        {
            var entity = entities.FirstOrDefault(e => e.Label == label && Corefers(e, mention.Text, label))
                         ?? SurnameOfEarlierPerson(entities, mention.Text, label);
            if (entity is null)
            {
                entity = new Entity { Id = "E" + (entities.Count + 1), Label = label, Name = mention.Text };
                entities.Add(entity);
            }
            entity.Mentions.Add(mention);
            if (Words(mention.Text).Length > Words(entity.Name).Length) entity.Name = mention.Text;
        }
        return entities;
    }

    private static bool Corefers(Entity entity, string text, string label)
    {
        var folded = NameFolding.Fold(StripArticle(text));
        foreach (var existing in entity.Mentions)
        {
            var other = NameFolding.Fold(StripArticle(existing.Text));
            if (other == folded) return true;
            var words = Words(other);
            // "Beltran" or "Osorio Chong" after "Estanislao Beltran" or "Miguel Angel Osorio Chong" (and the reverse order).
            if (label == "PER" && words.Length > 1 && (other.EndsWith(" " + folded, StringComparison.Ordinal) || words[0] == folded)) return true;
            if (label == "PER" && folded.EndsWith(" " + other, StringComparison.Ordinal)) return true;
            if (label == "ORG" && (Acronym(other) == folded || Acronym(folded) == other)) return true;
        }
        return false;
    }

    /// <summary>
    /// "Coach Mary Washington ... Washington added": one word that is the surname of a person named in
    /// full earlier is that person, even where the recognizer took the lone word for a place or an
    /// organisation (names that are also places are the usual case).
    /// </summary>
    private static Entity? SurnameOfEarlierPerson(List<Entity> entities, string text, string label)
    {
        if (label == "PER" || Words(text).Length != 1) return null;
        var folded = NameFolding.Fold(text);
        return entities.FirstOrDefault(e => e.Label == "PER" && e.Mentions.Any(m =>
        {
            var words = Words(NameFolding.Fold(m.Text));
            return words.Length > 1 && words[^1] == folded;
        }));
    }

    private static string StripArticle(string text) => text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Acronym(string folded)
    {
        var words = Words(folded).Where(w => w is not ("of" or "the" or "and" or "for")).ToArray();
        return words.Length > 1 ? string.Concat(words.Select(w => w[0])) : "";
    }
}
