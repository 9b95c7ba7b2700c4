using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Tests.Support;

namespace Satisfaction.Ingest.Tests.Scheme;

public sealed class SchemeLoaderTests
{
    // SCORING.md 1.1, 1.2 and 2.1, copied: the shipped default must equal them.
    private const string Items = "A1 etiquette 3 yesno|A2 etiquette 3 yesno|A3 etiquette 2 yesno|A4 etiquette 3 yesno|A5 etiquette 3 yesno|A6 etiquette 2 yesno|A7 etiquette 4 yesno|"
        + "B1 language 3 yesno|B2 language 2 yesno|B3 language 3 yesno|B4 language 2 yesno|B5 language 3 yesno|B6 language 2 yesno|"
        + "C1 sales 4 yesno|C2 sales 4 points|C3 sales 3 yesno|C4 sales 2 yesno|C5 sales 2 yesno|"
        + "D1 handling 8 points|D2 handling 5 yesno|D3 handling 7 points|D4 handling 7 points|D5 handling 3 yesno|"
        + "E1 site 4 yesno|E2 site 4 yesno|E3 site 4 yesno|E4 site 4 yesno|E5 site 4 yesno|V1 - 0 veto|V2 - 0 veto|V3 - 0 veto|V4 - 0 veto";

    [Fact]
    public void TheShippedDefaultEqualsTheTablesOfScoringMd()
    {
        var scheme = TestData.Scheme;

        Assert.Equal("etiquette 服务亲和 20|language 服务用语 15|sales 主动营销 15|handling 业务处理 30|site 现场管理 20", string.Join('|', scheme.Dimensions.Select(d => $"{d.Key} {d.Name} {d.Weight}")));
        Assert.Equal(Items, string.Join('|', scheme.Items.Select(i => $"{i.Code} {i.DimensionKey ?? "-"} {i.Max} {i.Type.ToString().ToLowerInvariant()}")));
        Assert.Equal("S1 touchpoint 15|S2 touchpoint 15|S3 touchpoint 10|S4 touchpoint 20|S5 touchpoint 15|S6 touchpoint 15|S7 touchpoint 10|S8 touchpoint 10|S9 overall 0|S10 recommend 0",
            string.Join('|', scheme.Questions.Select(q => $"{q.Code} {q.Role.ToString().ToLowerInvariant()} {q.Weight}")));
        Assert.All(scheme.Questions, q => Assert.Equal((0, 10), (q.Low, q.High)));
        Assert.Equal((PeriodKind.Quarter, VetoMode.Zero, Aggregation.Outlet, 2, 30, 200), (scheme.Period, scheme.Veto.Mode, scheme.Aggregation, scheme.MinVisits, scheme.MinResponses, scheme.MinDriverResponses));
    }

    [Fact]
    public void EveryProblemIsListedAtOnceWithItsLocation()
    {
        const string Json = """
            {
              "period": "week",
              "mystery": {
                "dimensions": [ { "key": "a", "name": "A", "weight": 0 }, { "key": "a", "name": "A2", "weight": 5 } ],
                "items": [
                  { "code": "A1", "dimension": "zz", "max": 3, "type": "yesno" },
                  { "code": "A1", "dimension": "a", "max": 3, "type": "yesno" },
                  { "code": "V1", "dimension": "a", "max": 2, "type": "veto" },
                  { "code": "A2", "dimension": "a", "max": -1, "type": "points" }
                ],
                "veto": "cap 120",
                "aggregation": "city",
                "minVisits": 0
              },
              "survey": { "questions": [ { "code": "S1", "role": "touchpoint", "weight": -2, "scale": [10, 0] }, { "code": "S9", "role": "opinion" } ] }
            }
            """;

        var problems = Assert.Throws<SchemeException>(() => SchemeLoader.Parse(Json)).Problems.Select(p => p.Location).ToList();

        Assert.Equal(
            ["period", "mystery.dimensions[0].weight", "mystery.dimensions[1].key", "mystery.items[0].dimension", "mystery.items[1].code",
             "mystery.items[2].dimension", "mystery.items[2].max", "mystery.items[3].max", "mystery.veto", "mystery.aggregation", "mystery.minVisits",
             "survey.questions[0].weight", "survey.questions[0].scale", "survey.questions[1].role"],
            problems);
    }

    [Theory]
    [InlineData("zero", VetoMode.Zero, 0)]
    [InlineData("cap 60", VetoMode.Cap, 60)]
    [InlineData("deduct 30", VetoMode.Deduct, 30)]
    [InlineData("CAP 59.5", VetoMode.Cap, 59.5)]
    public void VetoModesAreReadFromTheirWords(string text, VetoMode mode, double amount)
    {
        var json = File.ReadAllText(TestData.SamplePath("scheme.json")).Replace("\"veto\": \"zero\"", $"\"veto\": \"{text}\"", StringComparison.Ordinal);

        Assert.Equal(new VetoRule(mode, amount), SchemeLoader.Parse(json).Veto);
    }

    [Theory]
    [InlineData(VetoMode.Zero, 0, 87.5, 0)]
    [InlineData(VetoMode.Cap, 60, 87.5, 60)]
    [InlineData(VetoMode.Cap, 60, 40, 40)]
    [InlineData(VetoMode.Deduct, 30, 87.5, 57.5)]
    [InlineData(VetoMode.Deduct, 30, 20, 0)]
    public void VetoRulesApplyAsScoringMdSays(VetoMode mode, double amount, double score, double expected) =>
        Assert.Equal(expected, new VetoRule(mode, amount).Apply(score));

    [Fact]
    public void InvalidJsonSaysWhere() =>
        Assert.Contains("line", Assert.Throws<SchemeException>(() => SchemeLoader.Parse("{\n \"period\": ")).Problems[0].Location, StringComparison.Ordinal);

    [Fact]
    public void AMissingFileIsAProblemNotACrash() =>
        Assert.Contains("not found", Assert.Throws<SchemeException>(() => SchemeLoader.Load("/nonexistent/scheme.json")).Message, StringComparison.Ordinal);
}
