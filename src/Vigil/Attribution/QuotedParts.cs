using Vigil.Documents;

namespace Vigil.Attribution;

/// <summary>
/// The quoted pieces of a direct quotation interrupted by its attribution: "“The police just started shooting
/// at us,” said Faith Wanjiru, a student. “We were peaceful.”" is one content (PolNeAR marks one, and events
/// ask which attribution covers them), whose words are the speaker's only inside the marks; `parts` gives those
/// pieces, so that a reader can quote the speaker without the writer's words between them.
/// </summary>
internal static class QuotedParts
{
    public static void Mark(Document document, IReadOnlyList<(int Start, int End)> quotations)
    {
        foreach (var quote in document.Quotes)
        {
            if (!quote.Direct) continue;
            var content = quote.Content;
            var parts = new List<SpanRef>();
            foreach (var (start, end) in quotations)
            {
                if (end <= content.Start || start >= content.End) continue;
                int first = Math.Max(start, content.Start), last = Math.Min(end, content.End);
                // (The comma or space before the closing mark is the writer's joint, not the speaker's word.)
                while (last > first && (char.IsWhiteSpace(document.Text[last - 1]) || document.Text[last - 1] == ',')) last--;
                if (last > first) parts.Add(new SpanRef(first, last));
            }
            quote.Parts = parts.Count >= 2 ? parts : null;
        }
    }
}
