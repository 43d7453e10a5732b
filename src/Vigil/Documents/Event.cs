namespace Vigil.Documents;

/// <summary>PLOVER event type and mode.</summary>
public sealed record PloverCode(string Type, string? Mode);

/// <summary>ACLED event type and sub-event type.</summary>
public sealed record AcledCode(string EventType, string? SubEventType);

/// <summary>An event participant: the text span, the entity it resolves to and its actor code.</summary>
public sealed record EventActor(int Start, int End, string Text, string? Entity, string? Code, string? Country, string? Sector);

/// <summary>Where an event happened, with how precisely the text pins it down.</summary>
public sealed record EventPlace(int Start, int End, string Text, long? GeonamesId, double? Lat, double? Lon, string Precision);

/// <summary>When an event happened: an ISO date (null if unresolvable), its precision and the words that say so.</summary>
public sealed record EventDate(string? Value, string Precision, string Text);

/// <summary>A count of people (killed or injured) with its bounds and whether sources disagree.</summary>
public sealed record CasualtyCount(int? Min, int? Max, string Text, bool Disputed)
{
    /// <summary>Vigil's addition to the contract: where the words of the count are (character offsets), or null.</summary>
    public int? Start { get; init; }

    public int? End { get; init; }

    /// <summary>
    /// Vigil's addition to the contract: where the toll is disputed, every count the article gives for the
    /// same incident, side by side, each with its words and the attribution it is reported under; else null.
    /// </summary>
    public IReadOnlyList<CasualtyReport>? Reports { get; init; }
}

/// <summary>One count of a disputed toll: its bounds, its words and the quote (attribution) that gives it, if any.</summary>
public sealed record CasualtyReport(int? Min, int? Max, string Text, int? Start, int? End, string? Quote);

/// <summary>One coded event: who did what to whom, where, when, how many, according to whom.</summary>
public sealed class Event
{
    public required string Id { get; init; }

    /// <summary>Index of the sentence that holds the trigger.</summary>
    public int Sentence { get; set; }

    public required SpanRef Trigger { get; set; }

    /// <summary>CAMEO code, 2 to 4 digits.</summary>
    public required string Cameo { get; set; }
    public required PloverCode Plover { get; set; }
    public AcledCode? Acled { get; set; }
    public EventActor? Actor1 { get; set; }
    public EventActor? Actor2 { get; set; }
    public EventPlace? Place { get; set; }
    public EventDate? Date { get; set; }
    public CasualtyCount? Fatalities { get; set; }
    public CasualtyCount? Injuries { get; set; }

    /// <summary>asserted, reported, negated, hypothetical, future or demanded.</summary>
    public string Modality { get; set; } = Modalities.Asserted;

    /// <summary>Id of the quote this event is reported under.</summary>
    public string? Quote { get; set; }
    public double Confidence { get; set; }

    /// <summary>
    /// Vigil's addition to the contract: further doers coordinated with <see cref="Actor1"/> by the same
    /// words ("The provincial government and the Red Cross handed out rice"). One act by several actors
    /// together is one event, as ACLED codes it, the others kept here (ACLED's associated actors). Empty
    /// for one doer.
    /// </summary>
    public List<EventActor> Actor1Associated { get; init; } = [];

    /// <summary>
    /// Vigil's addition to the contract: further targets coordinated with <see cref="Actor2"/> by the same
    /// words ("detained the prison director and four guards"), kept as <see cref="Actor1Associated"/> are.
    /// </summary>
    public List<EventActor> Actor2Associated { get; init; } = [];
}

/// <summary>The modality values of the output contract.</summary>
public static class Modalities
{
    public const string Asserted = "asserted";
    public const string Reported = "reported";
    public const string Negated = "negated";
    public const string Hypothetical = "hypothetical";
    public const string Future = "future";
    public const string Demanded = "demanded";

    /// <summary>Only asserted and reported events are facts; the others did not (yet) happen.</summary>
    public static bool IsFactual(string modality) => modality is Asserted or Reported;
}
