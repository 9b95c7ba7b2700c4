using System.Text.Json.Serialization;

namespace Satisfaction.Ingest.Scheme;

// The scheme file as written by analysts: every member optional here so that validation,
// not the JSON reader, reports what is missing — all problems at once, each with its location.
internal sealed class SchemeDocument
{
    [JsonPropertyName("period")]
    public string? Period { get; set; }

    [JsonPropertyName("mystery")]
    public MysteryDocument? Mystery { get; set; }

    [JsonPropertyName("survey")]
    public SurveyDocument? Survey { get; set; }
}

internal sealed class MysteryDocument
{
    [JsonPropertyName("dimensions")]
    public List<DimensionDocument?>? Dimensions { get; set; }

    [JsonPropertyName("items")]
    public List<ItemDocument?>? Items { get; set; }

    [JsonPropertyName("veto")]
    public string? Veto { get; set; }

    [JsonPropertyName("aggregation")]
    public string? Aggregation { get; set; }

    [JsonPropertyName("minVisits")]
    public int? MinVisits { get; set; }
}

internal sealed class DimensionDocument
{
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    [JsonPropertyName("name")]
    public string? Name { get; set; }

    [JsonPropertyName("weight")]
    public double? Weight { get; set; }
}

internal sealed class ItemDocument
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("dimension")]
    public string? Dimension { get; set; }

    [JsonPropertyName("max")]
    public double? Max { get; set; }

    [JsonPropertyName("type")]
    public string? Type { get; set; }
}

internal sealed class SurveyDocument
{
    [JsonPropertyName("questions")]
    public List<QuestionDocument?>? Questions { get; set; }

    [JsonPropertyName("minResponses")]
    public int? MinResponses { get; set; }

    [JsonPropertyName("minDriverResponses")]
    public int? MinDriverResponses { get; set; }
}

internal sealed class QuestionDocument
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("role")]
    public string? Role { get; set; }

    [JsonPropertyName("weight")]
    public double? Weight { get; set; }

    [JsonPropertyName("scale")]
    public List<int>? Scale { get; set; }
}
