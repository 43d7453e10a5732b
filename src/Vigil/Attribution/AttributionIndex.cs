using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>
/// Answers "which attribution covers this character span?" for a document's quotes (the innermost,
/// i.e. the shortest covering content, first). Events take their "reported" modality and quote link from it.
/// </summary>
public sealed class AttributionIndex(Document document)
{
    private readonly List<Quote> _quotes = document.Quotes.OrderBy(q => q.Content.End - q.Content.Start).ToList();

    public Quote? Covering(int start, int end) =>
        _quotes.FirstOrDefault(q => q.Content.Start <= start && end <= q.Content.End);
}
