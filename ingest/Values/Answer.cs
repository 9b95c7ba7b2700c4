using System.Globalization;

namespace Satisfaction.Ingest.Values;

/// <summary>One answer as read: yes, no, a number, or N/A. Stored beside the text as given.</summary>
public readonly record struct Answer(AnswerKind Kind, double Value)
{
    public static Answer NotApplicable { get; } = new(AnswerKind.NotApplicable, 0);

    public static Answer Yes { get; } = new(AnswerKind.Yes, 0);

    public static Answer No { get; } = new(AnswerKind.No, 0);

    public bool IsApplicable => Kind != AnswerKind.NotApplicable;

    public static Answer Of(double value) => new(AnswerKind.Number, value);

    /// <summary>The stored form: <c>Y</c>, <c>N</c>, a number, or null for N/A.</summary>
    public string? ToStored() => Kind switch
    {
        AnswerKind.Yes => "Y",
        AnswerKind.No => "N",
        AnswerKind.Number => Value.ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };

    public static Answer FromStored(string? stored) => stored switch
    {
        null or "" => NotApplicable,
        "Y" => Yes,
        "N" => No,
        _ => Of(double.Parse(stored, NumberStyles.Float, CultureInfo.InvariantCulture)),
    };
}
