using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Places;

/// <summary>Pipeline stage: toponyms recognised and resolved to GeoNames entries (<see cref="Document.Places"/>).</summary>
public sealed class PlacesStage(Gazetteer gazetteer, ToponymResolver? resolver = null) : IPipelineStage
{
    private readonly ToponymRecognizer _recognizer = new(gazetteer);
    private readonly ToponymResolver _resolver = resolver ?? new ToponymResolver(gazetteer);

    public string Name => "places";

    public ToponymResolver Resolver => _resolver;

    public void Process(Document document)
    {
        document.Places.Clear();
        foreach (var (candidate, entry, confidence) in _resolver.Resolve(_recognizer.Recognize(document)))
        {
            document.Places.Add(new Place
            {
                Start = candidate.Start,
                End = candidate.End,
                Text = candidate.Text,
                Name = entry.Name,
                GeonamesId = entry.GeonamesId == 0 ? null : entry.GeonamesId,
                Lat = Math.Round(entry.Lat, 5),
                Lon = Math.Round(entry.Lon, 5),
                Country = entry.Country,
                Admin1 = entry.Kind == PlaceKind.Country ? null : entry.Admin1Name,
                Feature = entry.FeatureCode,
                Score = Math.Round(confidence, 3),
            });
            if (candidate.Cue is PlaceCue.Town or PlaceCue.Region or PlaceCue.Dateline) RelabelAsPlace(document, candidate);
        }
    }

    /// <summary>
    /// A name the recognizer took for a person but that its context makes a place ("the village of
    /// Karma", "the regional capital, Stepanakert", the dateline's "ANTUNEZ") is a location entity.
    /// </summary>
    private static void RelabelAsPlace(Document document, ToponymCandidate candidate)
    {
        foreach (var entity in document.Entities)
        {
            if (entity.Label == "PER" && entity.Mentions.Count > 0 && entity.Mentions.All(m => NameFolding.Fold(m.Text) == NameFolding.Fold(entity.Mentions[0].Text))
                && entity.Mentions.Any(m => m.Start == candidate.Start && m.End == candidate.End))
                entity.Label = "LOC";
        }
    }
}
