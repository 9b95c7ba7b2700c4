using Satisfaction.Analysis.Input;
using Satisfaction.Analysis.Periods;
using Satisfaction.Analysis.Reporting;
using Satisfaction.Analysis.Tests.Mystery;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Outlets;
using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Analysis.Tests.Input;

// Stored answers are checked against the scheme in force, which may have changed since they were loaded:
// an answer it no longer allows leaves its row out and is listed with the rule it breaks; every other
// change (a removed item or question, a renamed dimension, another veto mode) rescores every row.
public sealed class SchemeChangeTests
{
    private static readonly OutletMaster Master = new([MysteryFixtures.Outlet("O1")]);

    private static readonly Period July = Period.Parse("2026Q3");

    private static ScoringScheme Tiny => MysteryFixtures.Tiny;

    [Fact]
    public void AMaxLoweredBelowAStoredAnswerLeavesThatVisitOutAndListsIdItemValueAndRule()
    {
        using var rows = new StoredRows(FileKind.MysteryShop, ("V-1", "O1", "A1=Y A3=4 B2=6"), ("V-2", "O1", "A1=Y A3=2 B2=1"));
        var lowered = WithItem(Tiny, "A3", i => i with { Max = 3 });

        var data = AnalysisDataLoader.Load(rows.Store, lowered, Master);

        Assert.Equal(["V-2"], data.Visits.Select(v => v.VisitId));
        var listed = Assert.Single(data.Disallowed);
        Assert.Equal(("V-1", "A3", "4", "0–3 分 / 0–3 points", "O1"), (listed.RecordId, listed.Code, listed.Value, listed.Rule, listed.Outlet.Code));
        Assert.Single(new ScoredPeriods(data)[July].Mystery.Visits);
    }

    [Fact]
    public void EveryBrokenAnswerOfAVisitIsListedOnce()
    {
        using var rows = new StoredRows(FileKind.MysteryShop, ("V-1", "O1", "A3=5 B2=6"));
        var lowered = WithItem(WithItem(Tiny, "A3", i => i with { Max = 4 }), "B2", i => i with { Max = 5 });

        var data = AnalysisDataLoader.Load(rows.Store, lowered, Master);

        Assert.Empty(data.Visits);
        Assert.Equal(["A3", "B2"], data.Disallowed.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void APointsItemTurnedYesNoTakesWhatIngestWouldTakeAndNothingElse()
    {
        using var rows = new StoredRows(FileKind.MysteryShop, ("V-1", "O1", "A3=5"), ("V-2", "O1", "A3=0"), ("V-3", "O1", "A3=Y"), ("V-4", "O1", "A3=2"));
        var yesNo = WithItem(Tiny, "A3", i => i with { Type = ItemType.YesNo });

        var data = AnalysisDataLoader.Load(rows.Store, yesNo, Master);

        Assert.Equal(["V-1", "V-2", "V-3"], data.Visits.Select(v => v.VisitId));
        Assert.Equal(("V-4", "是、否、0、1 或 5 / yes, no, 0, 1 or 5"), (Assert.Single(data.Disallowed).RecordId, data.Disallowed[0].Rule));
    }

    [Fact]
    public void ANarrowedScaleLeavesOutTheResponsesAnsweredBeyondIt()
    {
        using var rows = new StoredRows(FileKind.Survey, ("R-1", "O1", "S1=8"), ("R-2", "O1", "S1=3"), ("R-3", "O1", "S1=-"));
        var narrowed = Tiny with { Questions = [.. Tiny.Questions.Select(q => q with { Low = 1, High = 5 })] };

        var data = AnalysisDataLoader.Load(rows.Store, narrowed, Master);

        Assert.Equal(["R-2", "R-3"], data.Responses.Select(r => r.RespondentId));
        Assert.Equal(("R-1", "S1", "8", "1–5 的整数 / a whole number 1–5"), (data.Disallowed[0].RecordId, data.Disallowed[0].Code, data.Disallowed[0].Value, data.Disallowed[0].Rule));
    }

    [Fact]
    public void ARemovedItemOrQuestionNoLongerCountsAndLeavesNoRowOut()
    {
        using var visits = new StoredRows(FileKind.MysteryShop, ("V-1", "O1", "A1=Y B2=9"));
        using var responses = new StoredRows(FileKind.Survey, ("R-1", "O1", "S1=7 S9=11"));
        var removed = Tiny with { Items = [.. Tiny.Items.Where(i => i.Code != "B2")] };

        var fromVisits = AnalysisDataLoader.Load(visits.Store, removed, Master);
        var fromResponses = AnalysisDataLoader.Load(responses.Store, removed, Master);

        Assert.Equal((1, 0), (fromVisits.Visits.Count, fromVisits.Disallowed.Count));
        Assert.Equal((1, 0), (fromResponses.Responses.Count, fromResponses.Disallowed.Count));
        var visit = Assert.Single(new ScoredPeriods(fromVisits)[July].Mystery.Visits);
        Assert.Equal(100, visit.Score, 10);
    }

    [Fact]
    public void ARenamedDimensionAndAnotherVetoModeRescoreEveryStoredVisit()
    {
        using var rows = new StoredRows(FileKind.MysteryShop, ("V-1", "O1", "A1=Y A3=5 B2=6 V1=N"), ("V-2", "O1", "A1=N A3=5 B2=6"));
        var changed = Tiny with
        {
            Dimensions = [.. Tiny.Dimensions.Select(d => d.Key == "a" ? d with { Key = "front", Name = "前台" } : d)],
            Items = [.. Tiny.Items.Select(i => i.DimensionKey == "a" ? i with { DimensionKey = "front" } : i)],
            Veto = new VetoRule(VetoMode.Cap, 60),
        };

        var data = AnalysisDataLoader.Load(rows.Store, changed, Master);
        var scored = new ScoredPeriods(data)[July].Mystery.Visits;

        Assert.Empty(data.Disallowed);
        // V-1 scores 100 and fails V1: capped at 60. V-2: 前台 5/8 = 62.5, b 100 → (2 × 62.5 + 100) / 3 = 75.
        Assert.Equal([60.0, 75.0], scored.Select(v => Math.Round(v.Score, 6)).Order());
    }

    private static ScoringScheme WithItem(ScoringScheme scheme, string code, Func<ChecklistItem, ChecklistItem> change) =>
        scheme with { Items = [.. scheme.Items.Select(i => i.Code == code ? change(i) : i)] };
}
