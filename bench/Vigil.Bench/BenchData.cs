namespace Vigil.Bench;

/// <summary>Finds the shared corpora (../shared beside the repository) from wherever BenchmarkDotNet runs us.</summary>
public static class BenchData
{
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Vigil.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("cannot find the repository root (Vigil.sln) above " + AppContext.BaseDirectory);
        }
    }

    public static string Shared(params string[] parts) =>
        Path.Combine([Environment.GetEnvironmentVariable("VIGIL_SHARED") ?? Path.Combine(RepositoryRoot, "..", "shared"), .. parts]);

    public static string EwtDev => Shared("data", "ud-ewt", "en_ewt-dev.conllu");

    /// <summary>Real news articles: the PolNeAR dev texts (read at run time, never copied into the repository).</summary>
    public static string NewsArticles => Shared("data", "polnear", "dev", "text");
}
