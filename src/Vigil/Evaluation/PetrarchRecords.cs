using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Vigil.Evaluation;

/// <summary>An expected (source, target, event code) triple of a PETRARCH validation record.</summary>
public sealed record CodedTriple(string Source, string Target, string Code)
{
    public CodedTriple AtRoot() => this with { Code = Code.Length > 2 ? Code[..2] : Code };

    public override string ToString() => $"{Source} {Target} {Code}";
}

/// <summary>One validation record: its text, publication date and the triples it should code (none for a
/// "noevents" record, or one that tests a discard or an input error).</summary>
/// <param name="RequireDyad">PETRARCH's "require_dyad" option where the record stands: when false, an event
/// with only a source (or only a target) is coded too, the missing side as "---".</param>
/// <param name="NewActorLength">PETRARCH's "new_actor_length" option where the record stands: above 0, a
/// source or target no dictionary codes, of at most that many words, is coded by its own words in capitals
/// and quotation marks ("GRYFFINDOR HEAD MINERVA MCGONAGALL").</param>
public sealed record PetrarchRecord(string Id, string Category, DateOnly? Date, string Text, IReadOnlyList<CodedTriple> Expected, bool RequireDyad = true,
    int NewActorLength = 0);

/// <summary>
/// Reads PETRARCH's validation file (PETR.UnitTest.records.xml): the &lt;Environment&gt; names the
/// dictionaries; each &lt;Sentence&gt; has a date (YYYYMMDD), an id, &lt;EventCoding&gt; lines and the
/// &lt;Text&gt;. The records' own constituency parses are ignored: Vigil parses the text itself.
/// </summary>
public static class PetrarchRecords
{
    public sealed record Environment(string? Verbs, string? Actors, string? Agents, string? Discards);

    public static (Environment Dictionaries, List<PetrarchRecord> Records) Read(string path)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(path);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"{path}: not a PETRARCH records file: {e.Message}", e);
        }
        var root = xml.Root ?? throw new InvalidDataException($"{path}: empty file");
        var env = root.Element("Environment");
        var dictionaries = new Environment(Value(env, "Verbfile"), Value(env, "Actorfile"), Value(env, "Agentfile"), Value(env, "Discardfile"));
        var records = new List<PetrarchRecord>();
        // <Config> elements between the records change options for the records after them.
        bool requireDyad = true;
        int newActorLength = 0;
        foreach (var element in root.Descendants())
        {
            var option = element.Name == "Config" ? ((string?)element.Attribute("option"))?.Trim() : null;
            var value = ((string?)element.Attribute("value"))?.Trim();
            if (option == "require_dyad") requireDyad = !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
            if (option == "new_actor_length") newActorLength = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : 0;
            if (element.Name != "Sentence") continue;
            var sentence = element;
            var text = sentence.Element("Text")?.Value ?? "";
            text = string.Join(' ', text.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            var expected = sentence.Elements("EventCoding")
                .Where(e => e.Attribute("eventcode") is not null)
                .Select(e => new CodedTriple(Code(e, "sourcecode"), Code(e, "targetcode"), Code(e, "eventcode")))
                .ToList();
            var date = (string?)sentence.Attribute("date");
            records.Add(new PetrarchRecord(
                (string?)sentence.Attribute("id") ?? "?",
                (string?)sentence.Attribute("category") ?? "",
                date is { Length: 8 } && DateOnly.TryParseExact(date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
                text,
                expected,
                requireDyad,
                newActorLength));
        }
        return (dictionaries, records);
    }

    private static string? Value(XElement? parent, string name) => parent?.Element(name)?.Value.Trim();

    private static string Code(XElement coding, string attribute) => ((string?)coding.Attribute(attribute) ?? "").Trim();
}
