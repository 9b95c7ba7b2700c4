namespace Satisfaction.Ingest.Values;

/// <summary>What an answer cell said, once read.</summary>
public enum AnswerKind : byte
{
    /// <summary>不适用: counts in neither earned nor possible.</summary>
    NotApplicable,
    Yes,
    No,

    /// <summary>A number: points earned (checklist) or a scale point (survey).</summary>
    Number,
}
