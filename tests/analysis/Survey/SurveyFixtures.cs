using Satisfaction.Analysis.Input;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Analysis.Tests.Survey;

/// <summary>The shipped scheme and small hand-built responses: answers given for S1…S10 in order, null for N/A.</summary>
internal static class SurveyFixtures
{
    public const string Province = "广东";

    private static readonly Lazy<ScoringScheme> Shipped = new(() => SchemeLoader.Load(Satisfaction.Tests.Shared.SampleFiles.Path("scheme.json")));

    public static ScoringScheme Scheme => Shipped.Value;

    /// <summary>The shipped scheme with every question on a 1–5 scale.</summary>
    public static ScoringScheme OneToFive => Scheme with { Questions = [.. Scheme.Questions.Select(q => q with { Low = 1, High = 5 })] };

    public static Outlet Outlet(string city, string code) => new(Province, city, code, "营业厅" + code, [], null);

    public static ResponseRecord Response(Outlet outlet, params double?[] answers)
    {
        var codes = Scheme.Questions.Select(q => q.Code).ToArray();
        var given = new Dictionary<string, Answer>();
        for (var i = 0; i < answers.Length; i++)
        {
            given[codes[i]] = answers[i] is { } v ? Answer.Of(v) : Answer.NotApplicable;
        }

        return new ResponseRecord("R" + Guid.NewGuid().ToString("N")[..8], outlet, new DateOnly(2026, 8, 1), given);
    }

    /// <summary>All eight touchpoints answered <paramref name="touchpoint"/>, then S9 and S10.</summary>
    public static ResponseRecord Flat(Outlet outlet, double touchpoint, double? overall = null, double? recommend = null) =>
        Response(outlet, touchpoint, touchpoint, touchpoint, touchpoint, touchpoint, touchpoint, touchpoint, touchpoint, overall, recommend);
}
