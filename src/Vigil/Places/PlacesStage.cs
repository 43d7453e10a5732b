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
        }
    }
}
