using Vigil.Documents;
using Vigil.Places;

namespace Vigil.Entities;

/// <summary>
/// Within-document coreference by name: mentions with the same (folded) name are one entity; a person's
/// surname alone ("Beltran") joins the earlier full name ("Estanislao Beltran"), whatever label the
/// recognizer gave the lone word; an acronym ("AP")
/// joins the organisation whose initials it spells ("Associated Press"). The entity's name is its
/// longest mention (not one all in capitals where another is as long). Pronouns and role nouns are not resolved here.
/// </summary>
public static class NameCoreference
{
    /// <param name="text">The document's text, where a short form in brackets right after a name is read from (optional).</param>
    public static List<Entity> Group(IReadOnlyList<(Mention Mention, string Label)> mentions, string? text = null)
    {
        var entities = new List<Entity>();
        (Mention Mention, Entity Entity)? previous = null;
        foreach (var (mention, label) in mentions)
        {
            var entity = entities.FirstOrDefault(e => e.Label == label && Corefers(e, mention.Text, label))
                         ?? SurnameOfEarlierPerson(entities, mention.Text, label)
                         ?? ShortFormOfAnEarlierEntity(entities, mention.Text)
                         ?? (previous is { } before && before.Entity.Label == label && text is not null && IsShortFormInBrackets(text, before.Mention, mention) ? before.Entity : null);
            if (entity is null)
            {
                entity = new Entity { Id = "E" + (entities.Count + 1), Label = label, Name = mention.Text };
                entities.Add(entity);
            }
            entity.Mentions.Add(mention);
            if (NamesBetter(mention.Text, entity.Name)) entity.Name = mention.Text;
            previous = (mention, entity);
        }
        return entities;
    }

    /// <summary>
    /// "the paramilitary Rapid Support Forces (RSF) ... The RSF denied targeting civilians", with the later "RSF" read as a place: a
    /// short form in capitals that an earlier entity was already called is that entity, whatever label the recognizer gave it here.
    /// </summary>
    private static Entity? ShortFormOfAnEarlierEntity(List<Entity> entities, string text) =>
        text.Length >= 2 && text.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-')
            ? entities.FirstOrDefault(e => e.Label != "NORP" && e.Mentions.Any(m => m.Text == text))
            : null;

    /// <summary>
    /// "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)": capitals in brackets right after a name are its short form, whatever
    /// initials they spell.
    /// </summary>
    private static bool IsShortFormInBrackets(string text, Mention name, Mention shortForm)
    {
        if (shortForm.Text.Length < 2 || !shortForm.Text.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-') || shortForm.End >= text.Length
            || text[shortForm.End] != ')' || shortForm.Start - name.End is < 1 or > 2) return false;
        return text.AsSpan(name.End, shortForm.Start - name.End).Trim() is "(";
    }

    /// <summary>
    /// One document names one thing one way: entities whose names are the same but for case and an article
    /// ("ABECHE" in the dateline and "Abeche"; "Khalis" read as a place in four sentences and as a person in
    /// one, where the recognizer saw each sentence alone) are one entity, with the label most of their
    /// mentions have (the first such entity's on a tie). Nationalities keep their own entities.
    /// </summary>
    public static List<Entity> OneLabelPerName(List<Entity> entities)
    {
        var byName = entities.Where(e => e.Label != "NORP").GroupBy(e => NameFolding.Fold(StripArticle(e.Name)).ToLowerInvariant())
            .Where(g => g.Count() > 1).ToDictionary(g => g.First(), g => g.ToList());
        if (byName.Count == 0) return entities;
        var merged = new List<Entity>();
        var absorbed = new HashSet<Entity>(byName.Values.SelectMany(g => g.Skip(1)));
        foreach (var entity in entities.Where(e => !absorbed.Contains(e)))
        {
            if (!byName.TryGetValue(entity, out var same))
            {
                merged.Add(Renumbered(entity, entity.Label, merged.Count, entity.Mentions, entity.Name));
                continue;
            }
            var label = same.GroupBy(e => e.Label).OrderByDescending(g => g.Sum(e => e.Mentions.Count)).ThenBy(g => same.IndexOf(g.First())).First().Key;
            var mentions = same.SelectMany(e => e.Mentions).OrderBy(m => m.Start).ToList();
            var name = mentions.Select(m => m.Text).Aggregate((best, text) => NamesBetter(text, best) ? text : best);
            merged.Add(Renumbered(entity, label, merged.Count, mentions, name));
        }
        return merged;
    }

    /// <summary>
    /// Whether a mention names its entity better than the name it has: it is longer, or as long and not all in
    /// capitals where the name is ("Abeche", not the dateline's "ABECHE").
    /// </summary>
    private static bool NamesBetter(string mention, string name)
    {
        int longer = Words(mention).Length - Words(name).Length;
        return longer > 0 || longer == 0 && !name.Any(char.IsLower) && mention.Any(char.IsLower);
    }

    /// <summary>The entity under the next number, with the given label, mentions and name.</summary>
    private static Entity Renumbered(Entity entity, string label, int index, List<Mention> mentions, string name) => new()
    {
        Id = "E" + (index + 1),
        Label = label,
        Name = name,
        Mentions = mentions,
        Actor = entity.Actor,
    };

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
