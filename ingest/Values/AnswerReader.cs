using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Ingest.Values;

/// <summary>
/// Reads answer cells (DATA-CONTRACT.md 2.4). Yes: 是 Y y yes √ ✓ 1 符合. No: 否 N n no × ✗ 0 不符合.
/// N/A: empty, 不适用 N/A NA n/a / - — 无. Numbers may carry 分 and full-width digits.
/// </summary>
/// <remarks>
/// Words are case-insensitive and full-width folded; the symbols accepted beside them are listed on
/// <see cref="AnswerTokens"/>. An Excel TRUE/FALSE cell is yes/no on a checklist item and an error on a
/// survey question. On a points item a number is read as points before it is read as a word, so "1" is one point.
/// </remarks>
public static class AnswerReader
{
    /// <summary>
    /// A checklist answer. points: a number 0…max is the points earned, a yes/no word all or none.
    /// yesno and veto: 0 is no, 1 or the item's max is yes, any other number is an error.
    /// </summary>
    public static ValueResult<Answer> ReadChecklist(object? cell, ChecklistItem item)
    {
        ArgumentNullException.ThrowIfNull(item);

        var (kind, number, shown) = AnswerTokens.Classify(cell);
        return kind switch
        {
            TokenKind.NotApplicable => Ok(Answer.NotApplicable),
            TokenKind.Yes => Ok(Answer.Yes),
            TokenKind.No => Ok(Answer.No),
            TokenKind.Number when item.Type == ItemType.Points => number >= 0 && number <= item.Max
                ? Ok(Answer.Of(number + 0.0))
                : Fail(ValueMessages.PointsOutOfRange(item, shown)),
            TokenKind.Number => number switch
            {
                0 => Ok(Answer.No),
                _ when number == 1 || number == item.Max => Ok(Answer.Yes),
                _ => Fail(ValueMessages.NotYesNoNumber(item, shown)),
            },
            _ => Fail(ValueMessages.AnswerUnrecognized(item, shown)),
        };
    }

    /// <summary>A survey answer: a whole number on the question's scale, or N/A. Yes/no words are errors.</summary>
    public static ValueResult<Answer> ReadSurvey(object? cell, SurveyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);

        var (kind, number, shown) = AnswerTokens.Classify(cell);
        return kind switch
        {
            TokenKind.NotApplicable => Ok(Answer.NotApplicable),
            TokenKind.Yes or TokenKind.No => Fail(ValueMessages.SurveyYesNo(question, shown)),
            TokenKind.Number when number != Math.Floor(number) => Fail(ValueMessages.SurveyNotWhole(question, shown)),
            TokenKind.Number when number < question.Low || number > question.High => Fail(ValueMessages.SurveyOutOfRange(question, shown)),
            TokenKind.Number => Ok(Answer.Of(number + 0.0)),
            _ => Fail(ValueMessages.SurveyUnrecognized(question, shown)),
        };
    }

    private static ValueResult<Answer> Ok(Answer answer) => ValueResult<Answer>.Success(answer);

    private static ValueResult<Answer> Fail(Problem problem) => ValueResult<Answer>.Failure(problem);
}
