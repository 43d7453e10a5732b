using Vigil.Learning;

namespace Vigil.Tests.Learning;

public class SparseLinearModelTests
{
    /// <summary>A model of 37 classes with rows from one weight to all classes, so both layouts are used.</summary>
    private static (SparseLinearModel Model, List<(ulong Key, SparseLinearModel.ClassWeight[] Weights)> Rows) Model()
    {
        var random = new Random(5);
        var labels = Enumerable.Range(0, 37).Select(i => "c" + i).ToArray();
        var rows = new List<(ulong, SparseLinearModel.ClassWeight[])>();
        for (int r = 0; r < 500; r++)
        {
            int count = 1 + r % labels.Length;
            var classes = Enumerable.Range(0, labels.Length).OrderBy(_ => random.Next()).Take(count).Order();
            // Non-zero weights a float16 holds exactly, so a written and read model is the same model.
            rows.Add(((ulong)random.NextInt64(), classes.Select(c => new SparseLinearModel.ClassWeight((ushort)c,
                random.Next(1, 64) * (random.Next(2) == 0 ? -1 : 1) / 8f)).ToArray()));
        }
        return (new SparseLinearModel(labels, rows), rows);
    }

    private static float[] Expected(List<(ulong Key, SparseLinearModel.ClassWeight[] Weights)> rows, IEnumerable<ulong> features, int classes)
    {
        var scores = new float[classes];
        foreach (var feature in features)
            foreach (var w in rows.Where(r => r.Key == feature).SelectMany(r => r.Weights)) scores[w.Class] += w.Weight;
        return scores;
    }

    [Fact]
    public void Dense_and_sparse_rows_add_the_same_scores_as_the_rows_themselves()
    {
        var (model, rows) = Model();
        var features = rows.Where((_, i) => i % 7 == 0).Select(r => r.Key).Append(12345UL).ToArray();
        var scores = new float[model.ClassCount];
        model.Score(features, scores);
        Assert.Equal(Expected(rows, features, model.ClassCount), scores);
    }

    [Fact]
    public void A_written_and_read_model_scores_the_same()
    {
        var (model, rows) = Model();
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) model.Write(writer);
        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        var read = SparseLinearModel.Read(reader);
        var features = rows.Select(r => r.Key).ToArray();
        var (a, b) = (new float[model.ClassCount], new float[read.ClassCount]);
        model.Score(features, a);
        read.Score(features, b);
        Assert.Equal(a, b);
        Assert.Equal(model.WeightCount, read.WeightCount);
    }

    [Fact]
    public void The_average_of_models_scores_the_mean_of_their_scores()
    {
        var labels = new[] { "a", "b", "c" };
        var first = new SparseLinearModel(labels, [(1UL, [new(0, 3f), new(2, -1f)]), (2UL, [new(1, 2f)])]);
        var second = new SparseLinearModel(labels, [(1UL, [new(0, 1f)]), (3UL, [new(2, 4f)])]);
        var mean = SparseLinearModel.Average([first, second]);
        var scores = new float[3];
        mean.Score([1UL, 2UL, 3UL], scores);
        // (1: (3 + 1) / 2 for a, -1 / 2 for c; 2: a row of the first only, halved; 3: of the second only.)
        Assert.Equal([2f, 1f, 1.5f], scores);
        Assert.Throws<InvalidDataException>(() => SparseLinearModel.Average([first, new SparseLinearModel(["a", "b"], [])]));
    }
}

