using System.Text.Json;

namespace Satisfaction.Ingest.Scheme;

/// <summary>
/// Reads a scheme file (JSON, see data-samples/scheme.json) and validates all of it,
/// so that an analyst sees every problem in one go before any run starts.
/// </summary>
public static partial class SchemeLoader
{
    /// <summary>Loads and validates; throws <see cref="SchemeException"/> listing every problem.</summary>
    public static ScoringScheme Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new SchemeException(path, [new SchemeProblem("$", SchemeMessages.FileNotFound(path))]);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses and validates scheme JSON; <paramref name="source"/> names it in messages.</summary>
    public static ScoringScheme Parse(string json, string source = "(scheme)")
    {
        SchemeDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, SchemeJson.Default.SchemeDocument);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}" : "$";
            throw new SchemeException(source, [new SchemeProblem(where, SchemeMessages.InvalidJson(ex.Message))]);
        }

        var problems = new List<SchemeProblem>();
        var scheme = Validate(document ?? new SchemeDocument(), problems);
        if (problems.Count > 0 || scheme is null)
        {
            throw new SchemeException(source, problems);
        }

        return scheme;
    }

    private static ScoringScheme? Validate(SchemeDocument document, List<SchemeProblem> problems)
    {
        var period = ParsePeriod(document.Period, problems);
        var mystery = document.Mystery;
        if (mystery is null)
        {
            problems.Add(new("mystery", SchemeMessages.MysteryMissing()));
        }

        var survey = document.Survey;
        if (survey is null)
        {
            problems.Add(new("survey", SchemeMessages.SurveyMissing()));
        }

        var dimensions = ValidateDimensions(mystery?.Dimensions, problems);
        var declared = (mystery?.Dimensions ?? []).Where(d => !string.IsNullOrWhiteSpace(d?.Key)).Select(d => d!.Key!.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var items = ValidateItems(mystery?.Items, dimensions, declared, problems);
        var veto = ParseVeto(mystery?.Veto, problems);
        var aggregation = ParseAggregation(mystery?.Aggregation, problems);
        var minVisits = Positive(mystery?.MinVisits, 2, "mystery.minVisits", problems);
        var questions = ValidateQuestions(survey?.Questions, items, problems);
        var minResponses = Positive(survey?.MinResponses, 30, "survey.minResponses", problems);
        var minDriverResponses = Positive(survey?.MinDriverResponses, 200, "survey.minDriverResponses", problems);

        return problems.Count > 0 ? null : new ScoringScheme
        {
            Period = period,
            Dimensions = dimensions,
            Items = items,
            Veto = veto,
            Aggregation = aggregation,
            MinVisits = minVisits,
            Questions = questions,
            MinResponses = minResponses,
            MinDriverResponses = minDriverResponses,
        };
    }

    private static int Positive(int? value, int fallback, string at, List<SchemeProblem> problems)
    {
        if (value is null)
        {
            return fallback;
        }

        if (value < 1)
        {
            problems.Add(new(at, SchemeMessages.AtLeastOne(value.Value)));
        }

        return value.Value;
    }
}
