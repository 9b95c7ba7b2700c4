namespace Satisfaction.Ingest.Scheme;

/// <summary>One thing wrong with a scheme file, with where it is (a JSON path such as <c>mystery.items[3].dimension</c>).</summary>
public sealed record SchemeProblem(string Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
