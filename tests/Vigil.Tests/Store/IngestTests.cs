using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Vigil.Documents;
using Vigil.Input;
using Vigil.Pipeline;
using Vigil.Store.Filters;
using Vigil.Store.Ingest;
using Vigil.Store.Storage;

namespace Vigil.Tests.Store;

/// <summary>Ingest runs: idempotence, interruption and resumption, crash safety of a killed process.</summary>
public class IngestTests
{
    /// <summary>The documents arrive already annotated, so the pipeline has nothing to add.</summary>
    private static VigilPipeline NoStages() => new([]);

    private static List<InputResult> Crafted() =>
    [
        .. new[]
        {
            Reports.Wire("Associated Press"), Reports.Reuters(), Reports.Wire("Houston Chronicle", 1), Reports.Morelia(),
            Reports.AntunezWeekLater(), Reports.Wire("Fox News", 2), Reports.VigilantesSameDay(), Reports.Kharkiv(), Reports.Paris(),
        }.Select(InputResult.Of),
        InputResult.Fail("broken.txt", "invalid UTF-8 at byte 3"),
    ];

    [Theory, MemberData(nameof(EventStoreSuite.Kinds), MemberType = typeof(EventStoreSuite))]
    public void A_second_run_over_the_same_inputs_changes_nothing(string kind)
    {
        using var db = TestStores.Create(kind);
        var ingestor = new Ingestor(db.Store, NoStages, workers: 2);
        var errors = new List<InputError>();
        var first = ingestor.Run(Crafted(), error: errors.Add);
        var totals = db.Store.Totals();
        var second = ingestor.Run(Crafted());

        Assert.Equal((10, 9, 0, 1), (first.Read, first.Stored, first.Unchanged, first.Failed));
        Assert.Equal("broken.txt", Assert.Single(errors).Input);
        Assert.Equal((10, 0, 9, 1), (second.Read, second.Stored, second.Unchanged, second.Failed));
        Assert.Equal(totals, db.Store.Totals());
        Assert.Equal(7, first.NewStories);
        Assert.Equal(6, db.Store.CountEvents(EventFilter.All));
    }

    [Theory, MemberData(nameof(EventStoreSuite.Kinds), MemberType = typeof(EventStoreSuite))]
    public void An_interrupted_run_keeps_what_it_committed_and_a_rerun_finishes_the_rest(string kind)
    {
        using var uninterrupted = TestStores.Create(kind);
        new Ingestor(uninterrupted.Store, NoStages).Run(Crafted());

        using var db = TestStores.Create(kind);
        using var cancel = new CancellationTokenSource();
        var stopped = new Ingestor(db.Store, NoStages, workers: 2).Run(Crafted(), progress: p =>
        {
            if (p.Stored == 4) cancel.Cancel();
        }, cancel: cancel.Token);

        Assert.True(stopped.Interrupted);
        Assert.Equal(4, stopped.Stored);
        Assert.Equal(4, db.Store.Totals().Documents);

        var resumed = new Ingestor(db.Store, NoStages).Run(Crafted());
        Assert.Equal((4, 5), (resumed.Unchanged, resumed.Stored));
        Assert.Equal(uninterrupted.Store.Totals(), db.Store.Totals());
        Assert.Equal(uninterrupted.Store.QueryEvents(EventFilter.All, 0, 100).Select(e => (e.EventDate, e.NumReports, e.FatalitiesHigh)),
            db.Store.QueryEvents(EventFilter.All, 0, 100).Select(e => (e.EventDate, e.NumReports, e.FatalitiesHigh)));
    }

    [Fact]
    public void A_killed_ingest_process_loses_nothing_committed_and_resumes()
    {
        using var folder = new TempFolder();
        const int Documents = 400;
        for (int i = 0; i < Documents; i++)
            folder.File($"articles/{i:D4}.txt",
                $"Report number {i}. " + string.Join(' ', Enumerable.Range(0, 60).Select(w => $"word{(i * 7919 + w * 104729) % 100000}")) + ".");
        var db = Path.Combine(folder.Path, "events.db");
        var cli = Path.Combine(AppContext.BaseDirectory, "Vigil.Cli.dll");

        using (var process = StartCli(cli, "ingest", Path.Combine(folder.Path, "articles"), "--db", db, "--workers", "1"))
        {
            var deadline = Stopwatch.StartNew();
            while (CountDocuments(db) < 20 && deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited) Thread.Sleep(20);
            Assert.False(process.HasExited, "the ingest finished before it could be killed; make the corpus larger");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        long committed = CountDocuments(db);
        Assert.InRange(committed, 20, Documents - 1);
        using (var check = new SqliteConnection($"Data Source={db}"))
        {
            check.Open();
            using var integrity = new SqliteCommand("PRAGMA integrity_check", check);
            Assert.Equal("ok", integrity.ExecuteScalar());
        }

        using (var rerun = StartCli(cli, "ingest", Path.Combine(folder.Path, "articles"), "--db", db))
        {
            var output = rerun.StandardOutput.ReadToEnd();
            rerun.WaitForExit();
            Assert.Equal(0, rerun.ExitCode);
            Assert.Contains($"{Documents - committed} stored, {committed} unchanged, 0 failed", output);
        }
        Assert.Equal(Documents, CountDocuments(db));
        SqliteConnection.ClearAllPools();
    }

    private static Process StartCli(string cli, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    private static long CountDocuments(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var count = new SqliteCommand("SELECT COUNT(*) FROM documents", c);
            return (long)count.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // not created or not migrated yet
        }
    }
}
