using Vigil.Places;

namespace Vigil.Tests.Places;

/// <summary>The gazetteer builder and reader on a tiny synthetic GeoNames dump.</summary>
public class GazetteerBuildTests
{
    private static string Row(long id, string name, string ascii, string alternates, double lat, double lon, string cls, string code,
        string country, string admin1, string admin2, long population) =>
        string.Join('\t', id, name, ascii, alternates, lat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            lon.ToString(System.Globalization.CultureInfo.InvariantCulture), cls, code, country, "", admin1, admin2, "", "", population, "", "", "", "2020-01-01");

    internal static string BuildTiny(TempFolder folder)
    {
        folder.File("geo/cities500.txt", string.Join('\n',
            Row(4018430, "Antúnez", "Antunez", "Antunez Michoacan", 19.01451, -102.20432, "P", "PPL", "MX", "16", "064", 8591),
            Row(3993456, "Paracuaro", "Paracuaro", "", 19.14926, -102.21871, "P", "PPL", "MX", "16", "064", 3932),
            Row(3993455, "Parácuaro", "Paracuaro", "", 20.14381, -100.76352, "P", "PPL", "MX", "11", "", 4058),
            Row(3995465, "Morelia", "Morelia", "Valladolid", 19.70078, -101.18443, "P", "PPLA", "MX", "16", "053", 597511),
            Row(4005539, "Guanajuato", "Guanajuato", "", 21.01858, -101.2591, "P", "PPLA", "MX", "11", "015", 171709),
            Row(5128581, "New York City", "New York City", "New York,NYC", 40.71427, -74.00597, "P", "PPL", "US", "NY", "", 8804190)) + "\n");
        folder.File("geo/admin1CodesASCII.txt", "MX.16\tMichoacán\tMichoacan\t3995955\nMX.11\tGuanajuato\tGuanajuato\t4005267\nUS.NY\tNew York\tNew York\t5128638\n");
        folder.File("geo/countries.json", """
            [{"name":{"common":"Mexico","official":"United Mexican States"},"cca2":"MX","cca3":"MEX","altSpellings":["MX","Mexicanos"],
              "latlng":[23,-102],"demonyms":{"eng":{"f":"Mexican","m":"Mexican"}},"capital":["Mexico City"]},
             {"name":{"common":"United States","official":"United States of America"},"cca2":"US","cca3":"USA","altSpellings":["US","USA"],
              "latlng":[38,-97],"demonyms":{"eng":{"f":"American","m":"American"}},"capital":["Washington D.C."]}]
            """);
        var path = Path.Combine(folder.Path, "gazetteer.bin");
        new GazetteerBuilder().Build(Path.Combine(folder.Path, "geo"), path);
        return path;
    }

    [Fact]
    public void Names_are_found_accent_and_case_folded_with_alternate_names()
    {
        using var folder = new TempFolder();
        using var gazetteer = Gazetteer.Open(BuildTiny(folder));
        var antunez = Assert.Single(gazetteer.Lookup("ANTUNEZ").ToArray());
        var entry = gazetteer[antunez];
        Assert.Equal(("Antúnez", 4018430L, "MX", "Michoacán", "PPL", PlaceKind.Town), (entry.Name, entry.GeonamesId, entry.Country, entry.Admin1Name, entry.FeatureCode, entry.Kind));
        Assert.Equal(19.01451, entry.Lat, 5);
        Assert.Equal(gazetteer.Lookup("Antúnez").ToArray(), gazetteer.Lookup("antunez").ToArray());
        Assert.Equal("Morelia", gazetteer[gazetteer.Lookup("Valladolid")[0]].Name);
        Assert.Equal(2, gazetteer.Lookup("Paracuaro").Length);
        Assert.True(gazetteer.Lookup("Atlantis").IsEmpty);
    }

    [Fact]
    public void Divisions_countries_and_demonyms_are_entries()
    {
        using var folder = new TempFolder();
        using var gazetteer = Gazetteer.Open(BuildTiny(folder));
        var michoacan = gazetteer[gazetteer.Lookup("Michoacan")[0]];
        Assert.Equal((PlaceKind.Admin1, "ADM1", "MX"), (michoacan.Kind, michoacan.FeatureCode, michoacan.Country));
        // No coordinates in admin1CodesASCII: placed among its towns.
        Assert.InRange(michoacan.Lat, 19.0, 19.8);
        var mexico = gazetteer[gazetteer.Lookup("Mexico")[0]];
        Assert.Equal((PlaceKind.Country, "PCLI"), (mexico.Kind, mexico.FeatureCode));
        Assert.Equal("MX", gazetteer[gazetteer.LookupDemonym("Mexican")[0]].Country);
        Assert.Equal("US", gazetteer[gazetteer.Lookup("U.S.")[0]].Country);
        Assert.True(gazetteer.Lookup("Mexican").IsEmpty, "a demonym is not a place name");
    }

    [Fact]
    public void A_division_sits_mid_span_of_its_towns_and_a_country_at_its_published_centre()
    {
        using var folder = new TempFolder();
        using var gazetteer = Gazetteer.Open(BuildTiny(folder));
        // Michoacán's towns span 19.01-19.70 N and 102.22-101.18 W; their mean (19.29 N) would sit nearer Antúnez.
        var michoacan = gazetteer[gazetteer.Lookup("Michoacan")[0]];
        Assert.Equal((19.01451 + 19.70078) / 2, michoacan.Lat, 4);
        Assert.Equal((-102.21871 + -101.18443) / 2, michoacan.Lon, 4);
        // countries.json says 38,-97; Data/country-points.txt places the United States at its geographic centre.
        var us = gazetteer[gazetteer.Lookup("United States")[0]];
        Assert.Equal((39.8283, -98.5795), (us.Lat, us.Lon));
    }

    [Fact]
    public void A_country_row_in_the_full_dump_keeps_its_geonames_id_and_point()
    {
        using var folder = new TempFolder();
        folder.File("geo/allCountries.txt", string.Join('\n',
            Row(3996063, "Mexico", "Mexico", "Estados Unidos Mexicanos", 23.0, -102.0, "A", "PCLI", "MX", "00", "", 128932753),
            Row(4018430, "Antúnez", "Antunez", "", 19.01451, -102.20432, "P", "PPL", "MX", "16", "064", 8591)) + "\n");
        folder.File("geo/countries.json", """
            [{"name":{"common":"Mexico","official":"United Mexican States"},"cca2":"MX","cca3":"MEX","altSpellings":["MX"],
              "latlng":[20,-100],"demonyms":{"eng":{"f":"Mexican","m":"Mexican"}},"capital":["Mexico City"]}]
            """);
        var path = Path.Combine(folder.Path, "gazetteer.bin");
        new GazetteerBuilder().Build(Path.Combine(folder.Path, "geo"), path);
        using var gazetteer = Gazetteer.Open(path);
        var mexico = gazetteer[Assert.Single(gazetteer.Lookup("Mexico").ToArray())];
        Assert.Equal((3996063L, 23.0, -102.0), (mexico.GeonamesId, mexico.Lat, mexico.Lon));
        Assert.Equal(gazetteer.Lookup("Mexico").ToArray(), gazetteer.Lookup("United Mexican States").ToArray());
        Assert.Equal(gazetteer.Lookup("Mexico").ToArray(), gazetteer.LookupDemonym("Mexican").ToArray());
    }

    [Fact]
    public void A_town_carries_the_same_division_code_as_its_division()
    {
        // The resolver matches a town to a division named elsewhere in the story by this code.
        using var folder = new TempFolder();
        using var gazetteer = Gazetteer.Open(BuildTiny(folder));
        var antunez = gazetteer[gazetteer.Lookup("Antunez")[0]];
        var michoacan = gazetteer[gazetteer.Lookup("Michoacan")[0]];
        Assert.Equal(("MX", "16"), (antunez.Country, antunez.Admin1Code));
        Assert.Equal(("MX", "16"), (michoacan.Country, michoacan.Admin1Code));
    }

    [Fact]
    public void A_file_that_is_not_a_gazetteer_is_refused()
    {
        using var folder = new TempFolder();
        var junk = folder.File("junk.bin", new byte[100]);
        Assert.Throws<InvalidDataException>(() => Gazetteer.Open(junk));
        var path = BuildTiny(folder);
        var truncated = folder.File("truncated.bin", File.ReadAllBytes(path)[..^10]);
        var error = Assert.Throws<InvalidDataException>(() => Gazetteer.Open(truncated));
        Assert.Contains("damaged", error.Message);
    }
}

public class NameFoldingTests
{
    [Theory]
    [InlineData("Michoacán", "michoacan")]
    [InlineData("MICHOACAN", "michoacan")]
    [InlineData("Ciudad-Juárez", "ciudad juarez")]
    [InlineData("São  Paulo", "sao paulo")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strasse")]
    [InlineData("St. John’s", "st john s")]
    public void Names_fold_without_case_accents_or_punctuation(string name, string folded)
    {
        Assert.Equal(folded, NameFolding.Fold(name));
    }
}
