using Satisfaction.Ingest.Values;

namespace Satisfaction.Ingest.Scheme;

/// <summary>One thing wrong with a scheme file, with where it is (a JSON path such as <c>mystery.items[3].dimension</c>).</summary>
public sealed record SchemeProblem(string Location, Problem Problem)
{
    /// <summary>Both languages and the hint on one line, as the command line prints it.</summary>
    public string Message => Problem.Hint is { } hint ? $"{Problem.Bilingual} ({hint})" : Problem.Bilingual;

    public override string ToString() => $"{Location}: {Message}";
}
