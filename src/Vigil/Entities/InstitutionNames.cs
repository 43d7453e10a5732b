namespace Vigil.Entities;

/// <summary>
/// "the Mexican Competitiveness Institute", "the Interior Ministry": a name whose last word says it is
/// an institution (or whose first says it is a station, "Radio Andalus") is an organisation, whatever type the recognizer gave it (it learns organisations from
/// few examples and sometimes reads an unknown capitalised run as a place or a person).
/// </summary>
internal static class InstitutionNames
{
    private static readonly HashSet<string> LastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Institute", "University", "Ministry", "Department", "Council", "Committee", "Commission", "Party",
        "Association", "Agency", "Foundation", "Organization", "Organisation", "Federation", "Corporation",
        "Inc.", "Corp.", "Ltd.", "Movement",
    };

    /// <summary>Words that end a name which may go on with "for" ("the Center for Worker Solidarity").</summary>
    private static readonly HashSet<string> GoesOnWithFor = new(StringComparer.OrdinalIgnoreCase)
        { "Center", "Centre", "Observatory", "Office", "Institute", "Committee", "Commission", "Council", "Foundation", "Agency", "Association", "Organization", "Organisation", "Movement", "Front", "Network" };

    /// <summary>Words that open a body's name before "of" ("the Alliance of Sahel States", "the League of Arab States").</summary>
    private static readonly HashSet<string> OpensWithOf = new(StringComparer.Ordinal)
        { "Alliance", "League", "Organisation", "Organization", "Council", "Association", "Coalition", "Federation", "Assembly", "Congress" };

    /// <summary>
    /// A body's head word: it ends an institution's name ("the Greater New Orleans Fair Housing Action Center") or
    /// comes before "of" in one ("the Housing Authority of New Orleans", "the Law Offices of Armando Villega").
    /// (Not "Office": "the Allentown Post Office" is a place.)
    /// </summary>
    private static readonly HashSet<string> HeadWords = new(LastWords.Concat(
        ["Center", "Centre", "Authority", "Court", "School", "College", "Bureau", "Offices", "Board", "Bank",
         "Company", "Administration", "Police", "Army", "Navy", "Society", "Union", "League", "Coalition", "Alliance", "Network",
         "Mission", "Command", "Observatory", "Directorate"]),
        StringComparer.Ordinal);

    /// <summary>Relabels, in place, BIO spans of another type that end in an institution word.</summary>
    public static void Relabel(ReadOnlySpan<string> tokens, string[] bio)
    {
        WidenToTheInstitution(tokens, bio);
        GoOnThroughFor(tokens, bio);
        StartAtTheBodysWord(tokens, bio);
        JoinCoordinatedInstitution(tokens, bio);
        NameOpeningAnInstitution(tokens, bio);
        GoOnThroughAndAfterOf(tokens, bio);
        BodyNamedForWhatItIsTo(tokens, bio);
        foreach (var (start, length, type) in IobReader.Spans(bio))
        {
            // ("Radio Andalus", "Radio Free Europe": a station is an organisation too.)
            bool station = length > 1 && tokens[start] is "Radio" or "Television";
            if (type == "ORG" || !LastWords.Contains(tokens[start + length - 1]) && !station) continue;
            bio[start] = "B-ORG";
            for (int k = start + 1; k < start + length; k++) bio[k] = "I-ORG";
        }
    }

    /// <summary>
    /// "The Greater New Orleans/LOC Fair Housing Action Center", "the United States/LOC Department of Housing and
    /// Urban Development", "the Housing Authority of New Orleans/LOC": a name the recognizer found inside a longer
    /// capitalised run (joined by "of", "and" or "for") that a body's head word ends, or that has one before "of",
    /// is only a piece of that institution's name.
    /// </summary>
    private static void WidenToTheInstitution(ReadOnlySpan<string> tokens, string[] bio)
    {
        foreach (var (start, length, type) in IobReader.Spans(bio))
        {
            if (bio[start] != "B-" + type) continue;   // (taken into an institution widened before it)
            int first = start, last = start + length - 1;
            while (first > 0 && (InTheRun(tokens, bio, first - 1) || IsJoiner(tokens[first - 1]) && first > 1 && InTheRun(tokens, bio, first - 2))) first--;
            while (last + 1 < tokens.Length && (InTheRun(tokens, bio, last + 1) || IsJoiner(tokens[last + 1]) && last + 2 < tokens.Length && InTheRun(tokens, bio, last + 2))) last++;
            // ("the Gaza Bank of Palestine", read whole as a place: a name with a body's word before "of" in it is one;
            // not one that only ends in such a word, "the West Bank", "the Compaq Center".)
            bool widened = first < start || last > start + length - 1;
            if (!widened && type == "ORG") continue;
            bool named = widened && HeadWords.Contains(tokens[last]);
            for (int k = first; k < last && !named; k++) named = tokens[k + 1] == "of" && HeadWords.Contains(tokens[k]);
            if (!named) continue;
            bio[first] = "B-ORG";
            for (int k = first + 1; k <= last; k++) bio[k] = "I-ORG";
        }
    }

    /// <summary>A capitalised word outside other names, not an article opening the sentence ("The", "A").</summary>
    private static bool InTheRun(ReadOnlySpan<string> tokens, string[] bio, int k) =>
        IsCapitalised(tokens[k]) && bio[k] == "O" && tokens[k] is not ("The" or "A" or "An" or "This" or "That" or "In" or "On" or "At"
            or "E-mail" or "Email" or "Phone" or "Fax" or "Tel");   // (the labels of a signature's lines: "... Engineering E-mail address :")

    private static bool IsJoiner(string word) => word is "of" or "and" or "for" or "&";

    /// <summary>
    /// "the Bangladesh Center/LOC for Worker Solidarity", "the Syrian Observatory for Human Rights": a name
    /// ending in an institution word, followed by "for" and capitalised words the recognizer left out, goes
    /// on through them, an organisation.
    /// </summary>
    private static void GoOnThroughFor(ReadOnlySpan<string> tokens, string[] bio)
    {
        foreach (var (start, length, _) in IobReader.Spans(bio))
        {
            int end = start + length;
            if (!GoesOnWithFor.Contains(tokens[end - 1]) || end + 1 >= tokens.Length || tokens[end] != "for" || !IsCapitalised(tokens[end + 1])) continue;
            int last = end + 1;
            while (last + 1 < tokens.Length && (IsCapitalised(tokens[last + 1]) || tokens[last + 1] is "and" or "of" && last + 2 < tokens.Length && IsCapitalised(tokens[last + 2]))) last++;
            bio[start] = "B-ORG";
            for (int k = start + 1; k <= last; k++) bio[k] = "I-ORG";
        }
    }

    /// <summary>
    /// "The Department of Social Welfare and Development", read as two names: an institution named with its body's word and "of"
    /// goes on through "and" and the capitalised words after it.
    /// </summary>
    private static void GoOnThroughAndAfterOf(ReadOnlySpan<string> tokens, string[] bio)
    {
        foreach (var (start, length, type) in IobReader.Spans(bio))
        {
            int end = start + length;
            if (type != "ORG" || end + 1 >= tokens.Length || tokens[end] != "and" || !IsCapitalised(tokens[end + 1]) || tokens[end + 1] is "The" or "A") continue;
            bool ofName = false;
            for (int k = start; k + 1 < end && !ofName; k++) ofName = HeadWords.Contains(tokens[k]) && tokens[k + 1] == "of";
            if (!ofName) continue;
            int last = end + 1;
            while (last + 1 < tokens.Length && IsCapitalised(tokens[last + 1])) last++;
            for (int k = end; k <= last; k++) bio[k] = "I-ORG";
        }
    }

    /// <summary>
    /// "The Committee to Protect Journalists", "the Campaign to Stop Killer Robots": a body's word, "to" and capitalised words
    /// (a verb and what it is for) are a body's name, an organisation.
    /// </summary>
    private static void BodyNamedForWhatItIsTo(ReadOnlySpan<string> tokens, string[] bio)
    {
        for (int k = 0; k + 3 < tokens.Length; k++)
        {
            if (tokens[k] is not ("Committee" or "Campaign" or "Coalition" or "Movement" or "Fund" or "Alliance") || tokens[k + 1] != "to"
                || !IsCapitalised(tokens[k + 2]) || !IsCapitalised(tokens[k + 3]) || bio[k + 1] != "O") continue;
            int first = k;
            while (first > 0 && bio[first - 1] == "O" && IsCapitalised(tokens[first - 1]) && tokens[first - 1] is not ("The" or "A" or "An")) first--;
            int last = k + 3;
            while (last + 1 < tokens.Length && IsCapitalised(tokens[last + 1])) last++;
            bio[first] = "B-ORG";
            for (int i = first + 1; i <= last; i++) bio[i] = "I-ORG";
        }
    }

    /// <summary>
    /// "the Alliance of Sahel States", with only "Sahel States" recognised, as a place: a body's word and "of"
    /// right before a name the recognizer left out open that name, an organisation.
    /// </summary>
    private static void StartAtTheBodysWord(ReadOnlySpan<string> tokens, string[] bio)
    {
        foreach (var (start, length, _) in IobReader.Spans(bio))
        {
            if (start < 2 || tokens[start - 1] != "of" || bio[start - 1] != "O" || bio[start - 2] != "O" || !OpensWithOf.Contains(tokens[start - 2])) continue;
            bio[start - 2] = "B-ORG";
            for (int k = start - 1; k < start + length; k++) bio[k] = "I-ORG";
        }
    }

    /// <summary>
    /// "the Bangladesh Garment Manufacturers and Exporters Association", read as two names: a name, "and",
    /// and a name ending in an institution word that the first lacks, with no article between, are one.
    /// </summary>
    private static void JoinCoordinatedInstitution(ReadOnlySpan<string> tokens, string[] bio)
    {
        var spans = IobReader.Spans(bio);
        for (int i = 0; i + 1 < spans.Count; i++)
        {
            var (start, length, _) = spans[i];
            var (nextStart, nextLength, _) = spans[i + 1];
            int end = start + length;
            if (nextStart != end + 1 || tokens[end] != "and" || !LastWords.Contains(tokens[nextStart + nextLength - 1]) || LastWords.Contains(tokens[end - 1])) continue;
            bio[start] = "B-ORG";
            for (int k = start + 1; k < nextStart + nextLength; k++) bio[k] = "I-ORG";
        }
    }

    /// <summary>
    /// "The Fray Matías de Córdova/PER Human Rights Center/LOC": a name after "the", right before another that ends
    /// in a body's head word, nothing between, is the first part of that institution's name. (Not without the
    /// article: "Traci Warner Enron Broadband Services, Inc." is a signature's name and company.)
    /// </summary>
    private static void NameOpeningAnInstitution(ReadOnlySpan<string> tokens, string[] bio)
    {
        var spans = IobReader.Spans(bio);
        for (int i = 0; i + 1 < spans.Count; i++)
        {
            var (start, length, _) = spans[i];
            var (nextStart, nextLength, _) = spans[i + 1];
            if (nextStart != start + length || !HeadWords.Contains(tokens[nextStart + nextLength - 1])
                || start == 0 || !tokens[start - 1].Equals("the", StringComparison.OrdinalIgnoreCase)) continue;
            bio[start] = "B-ORG";
            for (int k = start + 1; k < nextStart + nextLength; k++) bio[k] = "I-ORG";
            i++;
        }
    }

    internal static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
