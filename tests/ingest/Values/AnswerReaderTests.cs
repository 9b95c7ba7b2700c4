using Satisfaction.Ingest.Scheme;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Tests.Values;

public sealed class AnswerReaderTests
{
    private static readonly ChecklistItem YesNo = new("A1", "站姿、坐姿、走姿规范", "etiquette", 3, ItemType.YesNo);
    private static readonly ChecklistItem Points = new("D1", "业务受理准确", "handling", 8, ItemType.Points);
    private static readonly ChecklistItem Veto = new("V1", "未与客户争吵", null, 0, ItemType.Veto);
    private static readonly SurveyQuestion Scale = new("S1", "营业环境", QuestionRole.Touchpoint, 15, 0, 10);

    [Theory]
    [InlineData("是")]
    [InlineData("Y")]
    [InlineData("y")]
    [InlineData("yes")]
    [InlineData("YES")]
    [InlineData("Yes")]
    [InlineData("√")]
    [InlineData("✓")]
    [InlineData("✔")]
    [InlineData("1")]
    [InlineData("符合")]
    [InlineData("Ｙ")]
    [InlineData("ｙｅｓ")]
    [InlineData("１")]
    [InlineData(" 是 ")]
    public void YesWordsAreYesOnYesNoAndVetoItems(string cell)
    {
        Assert.Equal(Answer.Yes, AnswerReader.ReadChecklist(cell, YesNo).Value);
        Assert.Equal(Answer.Yes, AnswerReader.ReadChecklist(cell, Veto).Value);
    }

    [Theory]
    [InlineData("否")]
    [InlineData("N")]
    [InlineData("n")]
    [InlineData("no")]
    [InlineData("No")]
    [InlineData("×")]
    [InlineData("✗")]
    [InlineData("✘")]
    [InlineData("✕")]
    [InlineData("✖")]
    [InlineData("0")]
    [InlineData("不符合")]
    [InlineData("Ｎ")]
    [InlineData("０")]
    public void NoWordsAreNoOnYesNoAndVetoItems(string cell)
    {
        Assert.Equal(Answer.No, AnswerReader.ReadChecklist(cell, YesNo).Value);
        Assert.Equal(Answer.No, AnswerReader.ReadChecklist(cell, Veto).Value);
    }

    [Theory]
    [InlineData("是", AnswerKind.Yes)]
    [InlineData("√", AnswerKind.Yes)]
    [InlineData("符合", AnswerKind.Yes)]
    [InlineData("否", AnswerKind.No)]
    [InlineData("×", AnswerKind.No)]
    [InlineData("不符合", AnswerKind.No)]
    public void YesAndNoWordsOnAPointsItemMeanAllOrNone(string cell, AnswerKind kind) =>
        Assert.Equal(kind, AnswerReader.ReadChecklist(cell, Points).Value.Kind);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("不适用")]
    [InlineData("N/A")]
    [InlineData("NA")]
    [InlineData("n/a")]
    [InlineData("na")]
    [InlineData("/")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("–")]
    [InlineData("无")]
    [InlineData("Ｎ／Ａ")]
    [InlineData("－")]
    public void NotApplicableTokensAreNotApplicableEverywhere(string? cell)
    {
        Assert.Equal(Answer.NotApplicable, AnswerReader.ReadChecklist(cell, YesNo).Value);
        Assert.Equal(Answer.NotApplicable, AnswerReader.ReadChecklist(cell, Points).Value);
        Assert.Equal(Answer.NotApplicable, AnswerReader.ReadSurvey(cell, Scale).Value);
    }

    [Theory]
    [InlineData("6", 6)]
    [InlineData("6.5", 6.5)]
    [InlineData("6分", 6)]
    [InlineData("６分", 6)]
    [InlineData(" 6 分 ", 6)]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    [InlineData("8", 8)]
    [InlineData(6.0, 6)]
    [InlineData(7.5, 7.5)]
    [InlineData(3, 3)]
    public void NumbersOnAPointsItemAreThePointsEarned(object cell, double points) =>
        Assert.Equal(Answer.Of(points), AnswerReader.ReadChecklist(cell, Points).Value);

    [Theory]
    [InlineData("9")]
    [InlineData(9.0)]
    [InlineData("8.5分")]
    [InlineData("-1")]
    public void PointsAboveTheMaxOrBelowZeroAreOutOfRange(object cell)
    {
        var problem = Failed(AnswerReader.ReadChecklist(cell, Points));
        Assert.Contains("value out of range", problem.English, StringComparison.Ordinal);
        Assert.Contains("D1", problem.Chinese, StringComparison.Ordinal);
        Assert.Contains(CellText.Of(cell)!, problem.Chinese, StringComparison.Ordinal);
        Assert.Contains("0–8", problem.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, AnswerKind.No)]
    [InlineData(1.0, AnswerKind.Yes)]
    [InlineData(3.0, AnswerKind.Yes)]
    [InlineData("3", AnswerKind.Yes)]
    [InlineData("3分", AnswerKind.Yes)]
    [InlineData(true, AnswerKind.Yes)]
    [InlineData(false, AnswerKind.No)]
    public void OnAYesNoItemZeroIsNoAndOneOrTheMaxIsYes(object cell, AnswerKind kind) =>
        Assert.Equal(kind, AnswerReader.ReadChecklist(cell, YesNo).Value.Kind);

    [Theory]
    [InlineData("2")]
    [InlineData(2.0)]
    [InlineData("1.5")]
    [InlineData("4")]
    public void OtherNumbersOnAYesNoItemFail(object cell)
    {
        var problem = Failed(AnswerReader.ReadChecklist(cell, YesNo));
        Assert.Contains("A1", problem.English, StringComparison.Ordinal);
        Assert.Contains("0 (no) and 1 or 3 (yes)", problem.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("3")]
    public void OnAVetoItemOnlyZeroAndOneAreNumbers(string cell) =>
        Assert.Contains("0 (no) and 1 (yes)", Failed(AnswerReader.ReadChecklist(cell, Veto)).English, StringComparison.Ordinal);

    [Theory]
    [InlineData("X")]
    [InlineData("好")]
    [InlineData("yes!")]
    [InlineData("六")]
    public void OtherTextOnAChecklistItemFailsWithTheAcceptedAnswersAsHint(string cell)
    {
        var points = Failed(AnswerReader.ReadChecklist(cell, Points));
        Assert.Contains($"D1: '{cell}' is not an accepted answer", points.English, StringComparison.Ordinal);
        Assert.Contains("points 0–8", points.Hint, StringComparison.Ordinal);

        var yesNo = Failed(AnswerReader.ReadChecklist(cell, YesNo));
        Assert.Contains("是", yesNo.Hint, StringComparison.Ordinal);
        Assert.Contains("不适用", yesNo.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    [InlineData("7", 7)]
    [InlineData("10", 10)]
    [InlineData("10分", 10)]
    [InlineData("１０", 10)]
    [InlineData(8.0, 8)]
    [InlineData(9, 9)]
    public void SurveyScoresOnTheScaleAreNumbers(object cell, double score) =>
        Assert.Equal(Answer.Of(score), AnswerReader.ReadSurvey(cell, Scale).Value);

    [Theory]
    [InlineData("11", "value out of range")]
    [InlineData(11.0, "value out of range")]
    [InlineData("-1", "value out of range")]
    [InlineData("7.5", "not a whole number")]
    [InlineData(7.5, "not a whole number")]
    [InlineData("是", "yes/no word")]
    [InlineData("Y", "yes/no word")]
    [InlineData("否", "yes/no word")]
    [InlineData("√", "yes/no word")]
    [InlineData(true, "yes/no word")]
    [InlineData("很好", "not an accepted score")]
    public void SurveyAnswersOffTheScaleFail(object cell, string reason)
    {
        var problem = Failed(AnswerReader.ReadSurvey(cell, Scale));
        Assert.Contains(reason, problem.English, StringComparison.Ordinal);
        Assert.StartsWith("S1：", problem.Chinese, StringComparison.Ordinal);
        Assert.Contains(CellText.Of(cell)!, problem.Chinese, StringComparison.Ordinal);
        Assert.Contains("0–10", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherScaleIsRespected()
    {
        var fivePoint = Scale with { Low = 1, High = 5 };
        Assert.False(AnswerReader.ReadSurvey("0", fivePoint).Ok);
        Assert.Equal(Answer.Of(5), AnswerReader.ReadSurvey("5", fivePoint).Value);
    }

    private static Problem Failed(ValueResult<Answer> result)
    {
        Assert.False(result.Ok);
        return Assert.IsType<Problem>(result.Problem);
    }
}
