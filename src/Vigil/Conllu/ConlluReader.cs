namespace Vigil.Conllu;

/// <summary>Reads CoNLL-U files (Universal Dependencies). Empty nodes ("8.1") are skipped.</summary>
public static class ConlluReader
{
    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader).ToList();
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        string? sentenceId = null, text = null, documentId = null;
        bool newDoc = false, newPar = false;
        ConlluSentence? current = null;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (current is not null && current.Words.Count > 0) yield return current;
                current = null;
                sentenceId = text = null;
                newDoc = newPar = false;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) sentenceId = line[12..];
                else if (line.StartsWith("# text = ", StringComparison.Ordinal)) text = line[9..];
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    newDoc = newPar = true;
                    int equals = line.IndexOf('=');
                    documentId = equals > 0 ? line[(equals + 1)..].Trim() : null;
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal)) newPar = true;
                continue;
            }
            current ??= new ConlluSentence { SentenceId = sentenceId, DocumentId = documentId, Text = text, NewDocument = newDoc, NewParagraph = newPar };
            var f = line.Split('\t');
            if (f.Length != 10) throw new InvalidDataException($"line {lineNumber}: expected 10 tab-separated fields, found {f.Length}");
            bool spaceAfter = !f[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            int dash = f[0].IndexOf('-');
            if (dash > 0)
            {
                current.Multiwords.Add(new ConlluMultiword(int.Parse(f[0][..dash]), int.Parse(f[0][(dash + 1)..]), f[1], spaceAfter));
                continue;
            }
            if (f[0].Contains('.')) continue;
            current.Words.Add(new ConlluWord(int.Parse(f[0]), f[1], f[2], f[3], f[4], f[5],
                f[6] == "_" ? -1 : int.Parse(f[6]), f[7], spaceAfter));
        }
        if (current is not null && current.Words.Count > 0) yield return current;
    }
}
