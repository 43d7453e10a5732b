using System.CommandLine;
using Vigil.Store.Filters;

namespace Vigil.Cli.Commands;

/// <summary>The event filters shared by `vigil query` and `vigil export` (the HTTP API takes the same names).</summary>
public sealed class FilterOptions
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["from"] = "Events on or after this date (YYYY-MM-DD)",
        ["to"] = "Events on or before this date (YYYY-MM-DD)",
        ["country"] = "Country of the event's place (ISO 3166-1 alpha-2, e.g. MX)",
        ["admin1"] = "First-level region of the event's place (e.g. Michoacán)",
        ["bbox"] = "Bounding box minlon,minlat,maxlon,maxlat",
        ["cameo"] = "CAMEO code or root (e.g. 19 for fight, 190, 1823)",
        ["plover"] = "PLOVER event type (e.g. ASSAULT, PROTEST)",
        ["acled"] = "ACLED event type or sub-event type (e.g. Battles, \"Armed clash\")",
        ["actor"] = "Actor code prefix (MEX, MEXMIL) or words of an actor's name",
        ["min-fatalities"] = "At least this many dead according to at least one report",
        ["text"] = "Words that must all appear in the event's evidence, actors, place or source",
    };

    private readonly Dictionary<string, Option<string?>> _options = EventFilterParser.Names.ToDictionary(
        name => name, name => new Option<string?>("--" + name) { Description = Descriptions[name] });

    public void AddTo(Command command)
    {
        foreach (var option in _options.Values) command.Options.Add(option);
    }

    public EventFilter Parse(ParseResult parse)
    {
        try
        {
            return EventFilterParser.Parse(name => parse.GetValue(_options[name]));
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
