using System.Buffers;
using System.Text;
using System.Text.Json;
using Satisfaction.Ingest.Headers;
using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Rows;

/// <summary>
/// The stored form of a row's answers: JSON objects keyed by code — {"A1":"是"} as given and {"A1":"Y"}
/// as read — so that any store is self-describing and a changed scheme can rescore without reading any
/// file again. One instance per thread (it reuses its buffer).
/// </summary>
public sealed class AnswerJson : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;

    public AnswerJson()
    {
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public string Given(IReadOnlyList<AnswerColumn> columns, string?[] given)
    {
        Start();
        for (var i = 0; i < columns.Count; i++)
        {
            if (given[i] is { } text)
            {
                _writer.WriteString(columns[i].Code, text);
            }
        }

        return Finish();
    }

    public string Read(IReadOnlyList<AnswerColumn> columns, Answer[] read)
    {
        Start();
        for (var i = 0; i < columns.Count; i++)
        {
            switch (read[i].Kind)
            {
                case AnswerKind.Yes:
                    _writer.WriteString(columns[i].Code, "Y");
                    break;
                case AnswerKind.No:
                    _writer.WriteString(columns[i].Code, "N");
                    break;
                case AnswerKind.Number:
                    _writer.WriteNumber(columns[i].Code, read[i].Value);
                    break;
                default:
                    _writer.WriteNull(columns[i].Code);
                    break;
            }
        }

        return Finish();
    }

    public static Dictionary<string, Answer> Parse(string json)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.OrdinalIgnoreCase);
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
                    answers[code!] = reader.GetString() == "Y" ? Answer.Yes : Answer.No;
                    break;
                case JsonTokenType.Number:
                    answers[code!] = Answer.Of(reader.GetDouble());
                    break;
                case JsonTokenType.Null:
                    answers[code!] = Answer.NotApplicable;
                    break;
                default:
                    break;
            }
        }

        return answers;
    }

    public void Dispose() => _writer.Dispose();

    private void Start()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        _writer.WriteStartObject();
    }

    private string Finish()
    {
        _writer.WriteEndObject();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}
