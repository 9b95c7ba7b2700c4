using System.Globalization;
using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Tests.Mystery;

/// <summary>Schemes, outlets and visits for the mystery-shop tests, written compactly.</summary>
internal static class MysteryFixtures
{
    // Two dimensions, small enough to compute by hand: a (weight 2) = A1 yes/no 3, A2 yes/no 2, A3 points 5;
    // b (weight 1) = B1 yes/no 4, B2 points 6; two veto items.
    public static ScoringScheme Tiny { get; } = SchemeLoader.Parse("""
        {
          "mystery": {
            "dimensions": [ { "key": "a", "name": "甲", "weight": 2 }, { "key": "b", "name": "乙", "weight": 1 } ],
            "items": [
              { "code": "A1", "text": "一", "dimension": "a", "max": 3, "type": "yesno" },
              { "code": "A2", "text": "二", "dimension": "a", "max": 2, "type": "yesno" },
              { "code": "A3", "text": "三", "dimension": "a", "max": 5, "type": "points" },
              { "code": "B1", "text": "四", "dimension": "b", "max": 4, "type": "yesno" },
              { "code": "B2", "text": "五", "dimension": "b", "max": 6, "type": "points" },
              { "code": "V1", "text": "否一", "type": "veto" },
              { "code": "V2", "text": "否二", "type": "veto" }
            ]
          },
          "survey": { "questions": [ { "code": "S1", "text": "环境", "role": "touchpoint", "weight": 1 } ] }
        }
        """);

    private static readonly Lazy<ScoringScheme> SampleScheme = new(() => SchemeLoader.Load(Satisfaction.Tests.Shared.SampleFiles.Path("scheme.json")));

    /// <summary>data-samples/scheme.json, the shipped default scheme.</summary>
    public static ScoringScheme Sample => SampleScheme.Value;

    public static Outlet Outlet(string code, string city = "甲市", string province = "某省") =>
        new(province, city, code, "厅" + code, [], null);

    /// <summary>
    /// A visit from answers written <c>"A1=Y A2=N A3=4 B1=-"</c>: Y yes, N no, - N/A, a number; items not
    /// written are missing (N/A).
    /// </summary>
    public static VisitRecord Visit(string answers, Outlet? outlet = null, string id = "V-1", string date = "2026-07-01") =>
        new(id, outlet ?? Outlet("O1"), DateOnly.Parse(date, CultureInfo.InvariantCulture), null, null, Answers(answers));

    public static Dictionary<string, Answer> Answers(string text) => text
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('='))
        .ToDictionary(p => p[0], p => p[1] switch
        {
            "Y" => Answer.Yes,
            "N" => Answer.No,
            "-" => Answer.NotApplicable,
            var n => Answer.Of(double.Parse(n, CultureInfo.InvariantCulture)),
        }, StringComparer.OrdinalIgnoreCase);
}
