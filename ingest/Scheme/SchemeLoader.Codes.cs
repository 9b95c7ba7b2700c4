using System.Text.RegularExpressions;

namespace Satisfaction.Ingest.Scheme;

// Codes are letters then digits (A1, S10), unique in the whole scheme.
public static partial class SchemeLoader
{
    private static bool CheckCode(string? code, string at, HashSet<string> seen, List<SchemeProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            problems.Add(new(at + ".code", "缺少题号 / code is missing"));
            return false;
        }

        if (!CodePattern().IsMatch(code.Trim()))
        {
            problems.Add(new(at + ".code", $"题号须为字母加数字（如 A1）/ a code is letters then digits (like A1), not '{code}'"));
            return false;
        }

        if (!seen.Add(code.Trim()))
        {
            problems.Add(new(at + ".code", $"题号重复 / duplicate code '{code}'"));
            return false;
        }

        return true;
    }

    [GeneratedRegex("^[A-Za-z]+[0-9]+$")]
    private static partial Regex CodePattern();
}
