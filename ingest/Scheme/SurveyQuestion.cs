namespace Satisfaction.Ingest.Scheme;

/// <summary>A survey question on the scale [Low, High]; touchpoints carry a weight.</summary>
public sealed record SurveyQuestion(string Code, string Text, QuestionRole Role, double Weight, int Low, int High);
