using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Vigil.Documents;
using Vigil.Input;
using Vigil.Pipeline;
using Vigil.Store.Storage;

namespace Vigil.Store.Ingest;

/// <summary>
/// Runs documents through the pipeline and into the store. A document whose text is already stored is
/// skipped before the pipeline runs (so a re-run or a resumed run costs one hash per old document); each
/// new document is committed on its own, so an interruption loses at most the one in flight. Pipelines
/// run on worker threads while one writer stores results in input order, which keeps merging deterministic.
/// </summary>
public sealed class Ingestor(IEventStore store, Func<VigilPipeline> createPipeline, int workers = 1)
{
    public IngestSummary Run(IEnumerable<InputResult> inputs, Action<IngestProgress>? progress = null,
        Action<InputError>? error = null, CancellationToken cancel = default) =>
        RunAsync(inputs, progress, error, cancel).GetAwaiter().GetResult();

    private async Task<IngestSummary> RunAsync(IEnumerable<InputResult> inputs, Action<IngestProgress>? progress,
        Action<InputError>? error, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var pipelines = new ConcurrentBag<VigilPipeline>();
        var slots = new SemaphoreSlim(Math.Max(1, workers));
        var queue = Channel.CreateBounded<Task<Item>>(Math.Max(1, workers) * 4);
        var counts = new IngestProgress();

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var input in inputs)
                {
                    if (cancel.IsCancellationRequested) break;
                    await queue.Writer.WriteAsync(Prepare(input, pipelines, slots, cancel), cancel);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopping: what is queued is still written or dropped below.
            }
            finally
            {
                queue.Writer.Complete();
            }
        }, CancellationToken.None);

        await foreach (var pending in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            var item = await pending;
            if (cancel.IsCancellationRequested) continue; // drain without writing: nothing half-done is left
            Write(item, counts, error);
            counts.Elapsed = clock.Elapsed;
            progress?.Invoke(counts);
        }
        await producer;
        counts.Elapsed = clock.Elapsed;
        return new IngestSummary(counts.Read, counts.Stored, counts.Unchanged, counts.Failed, counts.Reports,
            counts.NewEvents, counts.MergedEvents, counts.NewStories, clock.Elapsed, cancel.IsCancellationRequested);
    }

    private sealed record Item(Document? Document, InputError? Error, bool AlreadyStored);

    private Task<Item> Prepare(InputResult input, ConcurrentBag<VigilPipeline> pipelines, SemaphoreSlim slots, CancellationToken cancel)
    {
        if (input.Error is { } inputError) return Task.FromResult(new Item(null, inputError, false));
        var document = input.Document!;
        if (store.ContainsContent(Document.ContentHash(document.Text))) return Task.FromResult(new Item(document, null, true));
        return Task.Run(async () =>
        {
            await slots.WaitAsync(CancellationToken.None);
            try
            {
                if (cancel.IsCancellationRequested) return new Item(document, null, false);
                var pipeline = pipelines.TryTake(out var free) ? free : createPipeline();
                try
                {
                    pipeline.Process(document);
                }
                finally
                {
                    pipelines.Add(pipeline);
                }
                return new Item(document, null, false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return new Item(null, new InputError(document.Origin ?? document.Id, $"pipeline failed ({e.GetType().Name}: {e.Message})"), false);
            }
            finally
            {
                slots.Release();
            }
        }, CancellationToken.None);
    }

    private void Write(Item item, IngestProgress counts, Action<InputError>? error)
    {
        counts.Read++;
        if (item.Error is { } problem)
        {
            counts.Failed++;
            error?.Invoke(problem);
            return;
        }
        if (item.AlreadyStored)
        {
            counts.Unchanged++;
            return;
        }
        IngestOutcome outcome;
        try
        {
            outcome = store.Ingest(item.Document!);
        }
        catch (StoreException e)
        {
            counts.Failed++;
            error?.Invoke(new InputError(item.Document!.Origin ?? item.Document.Id, e.Message));
            return;
        }
        if (outcome.Status == IngestStatus.Unchanged)
        {
            counts.Unchanged++;
            return;
        }
        counts.Stored++;
        counts.Reports += outcome.Reports;
        counts.NewEvents += outcome.NewEvents;
        counts.MergedEvents += outcome.MergedEvents;
        if (outcome.NewStory) counts.NewStories++;
    }
}

/// <summary>Running totals, updated after every document.</summary>
public sealed class IngestProgress
{
    public long Read { get; set; }
    public long Stored { get; set; }
    public long Unchanged { get; set; }
    public long Failed { get; set; }
    public long Reports { get; set; }
    public long NewEvents { get; set; }
    public long MergedEvents { get; set; }
    public long NewStories { get; set; }
    public TimeSpan Elapsed { get; set; }

    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}

/// <summary>What one ingest run did.</summary>
public sealed record IngestSummary(long Read, long Stored, long Unchanged, long Failed, long Reports, long NewEvents,
    long MergedEvents, long NewStories, TimeSpan Elapsed, bool Interrupted)
{
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}
