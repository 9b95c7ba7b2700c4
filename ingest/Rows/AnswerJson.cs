using System.Text;
using System.Text.Json;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Rows;

/// <summary>
/// The stored form of a row's answers up to schema version 3: JSON objects keyed by code — {"A1":"是"} as given and
/// {"A1":"Y","A2":4,"A3":null} as read. Read only to upgrade such a store to <see cref="AnswerCells"/>.
/// </summary>
public static class AnswerJson
{
    /// <summary>The answers as read, in the order stored.</summary>
    public static List<(string Code, Answer Answer)> ParseRead(string json)
    {
        var answers = new List<(string, Answer)>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        string? code = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    code = reader.GetString();
                    break;
                case JsonTokenType.String:
                    answers.Add((code!, reader.GetString() == "Y" ? Answer.Yes : Answer.No));
                    break;
                case JsonTokenType.Number:
                    answers.Add((code!, Answer.Of(reader.GetDouble())));
                    break;
                case JsonTokenType.Null:
                    answers.Add((code!, Answer.NotApplicable));
                    break;
                default:
                    break;
            }
        }

        return answers;
    }

    /// <summary>The texts as given, in the order stored.</summary>
    public static List<(string Code, string Text)> ParseGiven(string json)
    {
        var given = new List<(string, string)>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        string? code = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                code = reader.GetString();
            }
            else if (reader.TokenType == JsonTokenType.String)
            {
                given.Add((code!, reader.GetString()!));
            }
        }

        return given;
    }
}
