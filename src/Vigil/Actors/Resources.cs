namespace Vigil.Actors;

/// <summary>Reads this folder's data files (embedded resources), without comments and blank lines.</summary>
internal static class Resources
{
    public static List<string> Lines(string name)
    {
        using var stream = typeof(Resources).Assembly.GetManifestResourceStream("Vigil.Actors.Data." + name)
                           ?? throw new InvalidOperationException($"missing embedded resource {name}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.TrimEnd();
            if (line.Length > 0 && !line.StartsWith('#')) lines.Add(line);
        }
        return lines;
    }
}
