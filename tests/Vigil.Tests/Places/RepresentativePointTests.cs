using Vigil.Documents;
using Vigil.Places;

namespace Vigil.Tests.Places;

/// <summary>Learning where a division is placed from gold toponyms, on the tiny synthetic gazetteer.</summary>
public class RepresentativePointTests
{
    // Michoacán in the tiny gazetteer: mid-span of its towns, 19.36 N 101.70 W. Two "conventions" 186 km
    // from it, one either side, 234 km apart: their midpoint (20.6, -101.7) is within 161 km of both.
    private static readonly (double Lat, double Lon) West = (20.6, -102.9), East = (20.6, -100.5);

    private static Place Michoacan(Gazetteer gazetteer)
    {
        var entry = gazetteer[gazetteer.Lookup("Michoacan")[0]];
        return new Place { Start = 0, End = 9, Text = "Michoacan", Name = entry.Name, GeonamesId = entry.GeonamesId, Country = "MX", Feature = "ADM1", Lat = entry.Lat, Lon = entry.Lon };
    }

    [Fact]
    public void Two_conventions_meet_at_a_point_that_serves_both_and_a_point_outside_the_place_teaches_nothing()
    {
        using var folder = new TempFolder();
        using var gazetteer = Gazetteer.Open(GazetteerBuildTests.BuildTiny(folder));
        var learner = new RepresentativePointLearner(gazetteer);
        var place = Michoacan(gazetteer);
        foreach (var (lat, lon) in new[] { West, West, East, East, (40.71, -74.0) }) learner.Add(place, lat, lon);
        var point = Assert.Single(learner.Learn());
        Assert.Equal(("ID:3995955", 20.6, -101.7), (point.Key, point.Lat, point.Lon));
        Assert.Equal((4, 0, 4), (point.Gold, point.WithinBefore, point.WithinAfter));
    }

    [Fact]
    public void A_gain_below_the_minimum_keeps_the_gazetteers_point_and_weights_decide_between_conventions()
    {
        using var folder = new TempFolder();
        using var gazetteer = Gazetteer.Open(GazetteerBuildTests.BuildTiny(folder));
        var place = Michoacan(gazetteer);
        var single = new RepresentativePointLearner(gazetteer);
        single.Add(place, West.Lat, West.Lon);
        Assert.Empty(single.Learn());

        // Far conventions (no midpoint within 161 km of both): the heavier corpus wins, not the larger count.
        var weighted = new RepresentativePointLearner(gazetteer);
        var (north, south) = ((20.6, -103.1), (18.1, -100.3));
        for (int i = 0; i < 3; i++) weighted.Add(place, north.Item1, north.Item2, weight: 1);
        for (int i = 0; i < 2; i++) weighted.Add(place, south.Item1, south.Item2, weight: 2);
        var learned = Assert.Single(weighted.Learn());
        Assert.Equal((18.1, -100.3, 0, 2), (learned.Lat, learned.Lon, learned.WithinBefore, learned.WithinAfter));
    }

    [Fact]
    public void The_points_file_reads_what_it_writes_and_names_a_bad_line()
    {
        var writer = new StringWriter();
        RepresentativePointFile.Write(writer, [new RepresentativePoint("PCLI:CA", "Canada", 60.1087, -113.6426, 85, 44, 41)], "vigil train places ...");
        var points = RepresentativePointFile.Read(writer.ToString().Split('\n'));
        Assert.Equal((60.1087, -113.6426), points["PCLI:CA"]);
        var error = Assert.Throws<InvalidDataException>(() => RepresentativePointFile.Read(["# comment", "PCLI:CA\tsixty\t-113"]));
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void The_shipped_gazetteer_places_learned_countries_at_their_learned_points()
    {
        // Fails when Data/learned-points.txt changed and models/gazetteer.bin was not rebuilt.
        using var stream = typeof(GazetteerBuilder).Assembly.GetManifestResourceStream("Vigil.Places.Data.learned-points.txt")!;
        var shipped = RepresentativePointFile.Read(new StreamReader(stream).ReadToEnd().Split('\n'));
        Assert.NotEmpty(shipped);
        var gazetteer = Vigil.Models.LoadedModels.Gazetteer!;
        foreach (var (key, (lat, lon)) in shipped)
        {
            var entry = Enumerable.Range(0, gazetteer.Count).Select(i => gazetteer[i]).First(e => RepresentativePointLearner.KeyOf(e) == key);
            Assert.Equal((lat, lon), (Math.Round(entry.Lat, 4), Math.Round(entry.Lon, 4)));
        }
    }
}
