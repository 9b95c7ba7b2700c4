using System.Text.Json;
using System.Text.Json.Serialization;

namespace Satisfaction.Ingest.Scheme;

/// <summary>
/// The scheme file's reader, generated at build time: every command loads the scheme before it starts, and a
/// generated reader builds no serializer by reflection at each start.
/// </summary>
[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(SchemeDocument))]
internal sealed partial class SchemeJson : JsonSerializerContext;
