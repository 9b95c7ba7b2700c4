using Satisfaction.Ingest.Scheme;

namespace Satisfaction.Ingest.Values;

/// <summary>
/// Reads answer cells (DATA-CONTRACT.md 2.4). Yes: 是 Y y yes √ ✓ 1 符合. No: 否 N n no × ✗ 0 不符合.
/// N/A: empty, 不适用 N/A NA n/a / - — 无. Numbers may carry 分 and full-width digits.
/// </summary>
public static class AnswerReader
{
    /// <summary>
    /// A checklist answer. points: a number 0…max is the points earned, a yes/no word all or none.
    /// yesno and veto: 0 is no, 1 or the item's max is yes, any other number is an error.
    /// </summary>
    public static ValueResult<Answer> ReadChecklist(object? cell, ChecklistItem item) => throw new NotImplementedException();

    /// <summary>A survey answer: a whole number on the question's scale, or N/A. Yes/no words are errors.</summary>
    public static ValueResult<Answer> ReadSurvey(object? cell, SurveyQuestion question) => throw new NotImplementedException();
}
