using System.Text;

namespace Vigil.StoreBench;

/// <summary>
/// Writes a folder of synthetic news articles of real length (500 to 900 words) for the ingest benchmark:
/// reports of clashes, protests and arrests in real towns, about one in six republished as a wire copy by
/// another outlet with a new headline and a trimmed paragraph, so near-duplicate detection has work to do.
/// </summary>
public static class CorpusCommand
{
    private static readonly string[] Outlets = ["Associated Press", "Reuters", "AFP", "BBC", "Al Jazeera", "El País", "The Hindu", "Daily Nation", "Kyiv Independent", "Dawn"];
    private static readonly string[] Actors = ["Soldiers", "Police officers", "Armed men", "Protesters", "Rebel fighters", "Gunmen", "Security forces", "Militia members", "Riot police", "Government troops"];
    private static readonly string[] Targets = ["civilians", "demonstrators", "villagers", "a police patrol", "an army convoy", "market traders", "students", "journalists"];
    private static readonly string[] Verbs = ["attacked", "fired on", "clashed with", "arrested", "dispersed", "ambushed", "shelled", "detained"];
    private static readonly string[] Speakers = ["a local official", "the regional governor", "a police spokesman", "witnesses", "a hospital director", "a human rights group", "the army"];
    private static readonly string[] Filler =
    [
        "The violence is the latest in a series of incidents that have shaken the region in recent months.",
        "Residents said they had heard gunfire for more than an hour before the security forces arrived.",
        "Local media reported that several shops were closed and that schools would remain shut for the rest of the week.",
        "The government has promised an investigation, but rights groups say previous inquiries led to no prosecutions.",
        "Aid agencies warned that the fighting had forced hundreds of families to leave their homes.",
        "Officials did not respond to requests for comment by the time of publication.",
        "Opposition leaders called for calm and urged supporters not to take to the streets.",
        "The area has seen repeated clashes between armed groups competing for control of trade routes.",
        "Hospital staff said they were struggling to cope with the number of wounded brought in overnight.",
        "Analysts said the incident could complicate efforts to restart talks between the two sides.",
        "A curfew was imposed from dusk to dawn, and checkpoints were set up on the main roads into the town.",
        "Footage shared on social media appeared to show smoke rising over the centre of the town.",
    ];

    public static int Run(string outputFolder, int count, string geonames, int seed)
    {
        var random = new Random(seed);
        var cities = City.Load(geonames, 50_000);
        Directory.CreateDirectory(outputFolder);
        string? previous = null;
        for (int i = 0; i < count; i++)
        {
            string text;
            if (previous is not null && random.Next(6) == 0)
                text = WireCopy(previous, random);
            else
                text = previous = Article(random, cities);
            File.WriteAllText(Path.Combine(outputFolder, $"article-{i:D5}.txt"), text, new UTF8Encoding(false));
        }
        Console.WriteLine($"wrote {count} articles to {outputFolder}");
        return 0;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Article(Random random, List<City> cities)
    {
        var city = Pick(random, cities);
        var date = new DateOnly(2020, 1, 1).AddDays(random.Next(6 * 365));
        var dead = random.Next(0, 12);
        var text = new StringBuilder();
        text.Append($"{city.Name.ToUpperInvariant()} ({Pick(random, Outlets)}) - {Pick(random, Actors)} {Pick(random, Verbs)} {Pick(random, Targets)} in {city.Name} on {date:dddd}, ");
        text.Append(dead > 0 ? $"killing {(dead == 1 ? "one person" : $"{dead} people")} and wounding several others, {Pick(random, Speakers)} said. " : $"{Pick(random, Speakers)} said. ");
        int words = 500 + random.Next(400);
        while (text.Length / 6 < words)
        {
            var speaker = Pick(random, Speakers);
            text.Append(random.Next(4) == 0
                ? $"{speaker[..1].ToUpperInvariant()}{speaker[1..]} said that {Pick(random, Actors).ToLowerInvariant()} had {Pick(random, Verbs)} {Pick(random, Targets)} near {Pick(random, cities).Name} earlier in the week. "
                : Pick(random, Filler) + " ");
            if (random.Next(8) == 0) text.Append("\n\n");
        }
        return text.ToString().Trim();
    }

    private static string WireCopy(string original, Random random)
    {
        var sentences = original.Split(". ").ToList();
        sentences.RemoveAt(1 + random.Next(Math.Max(1, sentences.Count - 2)));
        return $"Headline {random.Next(100000)}\n\nBy staff and wire reports\n\n{string.Join(". ", sentences)}\n\nCopyright {2020 + random.Next(6)} {Pick(random, Outlets)}.";
    }
}
