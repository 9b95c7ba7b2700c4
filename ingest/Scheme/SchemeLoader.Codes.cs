using System.Text.RegularExpressions;

namespace Satisfaction.Ingest.Scheme;

// Codes are letters then digits (A1, S10), unique in the whole scheme.
public static partial class SchemeLoader
{
    private static bool CheckCode(string? code, string at, HashSet<string> seen, List<SchemeProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            problems.Add(new(at + ".code", SchemeMessages.CodeMissing()));
            return false;
        }

        if (!CodePattern().IsMatch(code.Trim()))
        {
            problems.Add(new(at + ".code", SchemeMessages.CodeMalformed(code)));
            return false;
        }

        if (!seen.Add(code.Trim()))
        {
            problems.Add(new(at + ".code", SchemeMessages.CodeRepeated(code)));
            return false;
        }

        return true;
    }

    [GeneratedRegex("^[A-Za-z]+[0-9]+$")]
    private static partial Regex CodePattern();
}
