namespace Satisfaction.Samples.Model;

/// <summary>What a generated answer means, before it is spelled for a file.</summary>
internal enum AnswerMeaning : byte
{
    NotApplicable,
    Yes,
    No,
    Number,
}

/// <summary>One generated answer: yes, no, N/A, or a number (points earned, or a score on the scale).</summary>
internal readonly record struct AnswerValue(AnswerMeaning Meaning, double Number)
{
    public static AnswerValue NotApplicable { get; } = new(AnswerMeaning.NotApplicable, 0);

    public static AnswerValue Yes { get; } = new(AnswerMeaning.Yes, 0);

    public static AnswerValue No { get; } = new(AnswerMeaning.No, 0);

    public static AnswerValue Of(double number) => new(AnswerMeaning.Number, number);
}
